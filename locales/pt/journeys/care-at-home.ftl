# Journey: care at home after leaving hospital.
# Structure and sources: src/journeys/care_at_home.rs

care-at-home =
    .title = Cuidados em casa depois de um internamento no hospital
    .summary = Quem planeia a ajuda em casa, quem vem, e para quem ligar se a ajuda não vier.
    .intro = Algumas pessoas precisam de ajuda em casa depois de um internamento no hospital. Algumas são tratadas em casa por uma equipa do hospital, em vez de ficarem numa enfermaria. Eis quem faz o quê e para quem ligar.
    .keywords = cuidados em casa, ajuda em casa, apoio em casa, enfermeiro ao domicílio, enfermeira ao domicílio, visitas de enfermagem, reabilitação, cuidadores, apoio domiciliário, enfermaria virtual, hospitalização domiciliária, hospital em casa, depois do hospital, ir para casa, alta, equipamento, care at home, help at home, district nurse, community nurse, reablement, carers, home care, virtual ward, hospital at home, discharge, equipment

care-at-home-plan =
    .title = A equipa da enfermaria planeia a ajuda consigo
    .body =
        Antes de sair do hospital, a equipa da enfermaria fala consigo sobre a ajuda de que precisa em casa.
        Devem dizer-lhe quem vem, quando, e como os contactar. Peça que lhe deem isto por escrito.
        Se alguém cuida de si em casa, essa pessoa também pode participar nesta conversa.
    .if-not = Se ninguém falou consigo sobre ajuda em casa e acha que precisa, pergunte ao pessoal da enfermaria antes de sair.
    .ask =
        Vou precisar de ajuda em casa?
        Quem vem, e quando?

care-at-home-nurse =
    .title = Um enfermeiro ou um cuidador pode ir a sua casa
    .body =
        Um enfermeiro ao domicílio (district nurse) pode ir a sua casa. Pode mudar pensos, dar injeções e ver como está.
        Algumas pessoas têm ajuda durante pouco tempo para voltarem a fazer as coisas sozinhas. Às vezes, isto chama-se reabilitação (reablement).
        A equipa que vai a sua casa dá-lhe o número de telefone dela.
    .if-not = Se uma visita de que lhe falaram não acontecer, ligue para o número que a equipa lhe deu. Se não tiver número, ligue para a enfermaria ou para o consultório do seu GP (médico de família).
    .ask =
        Qual é o vosso número de telefone?
        O que faço se não vierem?

care-at-home-virtual-ward =
    .title = Se estiver numa enfermaria virtual
    .body =
        Uma enfermaria virtual (virtual ward) quer dizer que uma equipa do hospital trata de si em casa, e não numa enfermaria. Também se chama hospital em casa (hospital at home).
        A equipa pode visitá-lo, telefonar-lhe, ou vigiá-lo com aparelhos que usa em casa.
        A equipa do hospital é responsável pelos seus cuidados enquanto está na enfermaria virtual. Dizem-lhe como os contactar, de dia e de noite.
    .if-not = Se não conseguir falar com a equipa da enfermaria virtual e se sentir pior, ligue para o NHS 111. Numa emergência, ligue para o 999.
    .ask =
        Quem é agora responsável pelos meus cuidados?
        Como vos contacto à noite?

care-at-home-worse =
    .title = Se piorar em casa
    .body =
        Se piorar, ligue primeiro para a equipa que trata de si em casa, se tiver o número dela.
        Se não conseguir falar com eles, contacte o consultório do seu GP ou ligue para o NHS 111 no mesmo dia. Numa emergência, ligue para o 999.
    .if-not = Se ninguém lhe devolveu a chamada e se sente pior, ligue para o NHS 111. Não espere.
    .ask =
        Para quem ligo primeiro se me sentir pior?
