# Journey: Your child has been referred to a children's doctor.
# Structure and sources: src/journeys/child_referral.rs

child-referral =
    .title = O seu filho é encaminhado para um médico de crianças
    .summary = Quem marca a consulta do seu filho, para quem ligar enquanto espera e quem lhe dá os resultados.
    .intro = O seu GP (médico de família) quer que um médico de crianças do hospital veja o seu filho. Como pai, mãe ou cuidador, recebe as informações sobre o que se passa com o seu filho. Eis o que acontece a seguir e quem faz cada parte.
    .keywords = filho, filha, criança, crianças, o meu filho, a minha filha, bebé, bebe, miúdos, pediatra, pediatria, médico de crianças, hospital pediátrico, encaminhamento de criança, encaminhamento, carta do hospital, consulta, lista de espera, pais, mãe, pai, cuidador, child, paediatrician, children's doctor, child referral, referral, appointment, waiting list

child-referral-sent =
    .title = O seu GP envia o encaminhamento
    .body =
        O seu GP escreve a um médico de crianças do hospital. Este médico chama-se pediatra. Enviar o seu filho a este médico chama-se encaminhamento.
        Às vezes, o hospital pede primeiro exames, como análises ao sangue. Nesse caso, o seu GP faz estes exames antes de enviar o encaminhamento.
        Recebe as mesmas informações que um doente adulto receberia. Recebe-as em nome do seu filho.
    .if-not = Se não tiver notícias ao fim de 2 semanas, contacte o consultório do seu GP. Pergunte se o encaminhamento já foi enviado.
    .ask =
        Porque é que o meu filho precisa de ir a um pediatra?
        O meu filho precisa de fazer exames antes?
        O encaminhamento vai ser marcado como urgente?

child-referral-booking =
    .title = Recebe uma carta, e-mail ou SMS para marcar
    .body =
        Pode receber uma carta com um número de marcação e uma palavra-passe. Guarde-a bem.
        Ou pode receber um e-mail ou SMS de "NHS Referrals". Tem um link que abre a NHS App ou o site do NHS.
        Use o link para escolher o dia e a hora para o seu filho, ou para ligar para a equipa de marcações.
    .if-not = Se não receber nada no prazo de 2 semanas, ligue para o número que está na carta de encaminhamento. Se não tiver carta, pergunte ao consultório do seu GP.
    .ask =
        Posso escolher o hospital onde o meu filho vai ser visto?
        O meu filho pode ter consulta perto de onde vivemos?

child-referral-waiting =
    .title = O seu filho espera pela consulta
    .body =
        A equipa do hospital trata do lugar do seu filho na lista. O seu GP não consegue antecipar a consulta.
        O hospital pode enviar-lhe um SMS para confirmar se o seu filho ainda precisa da consulta. Responda, por favor, ou o seu filho pode perder o lugar.
        Se tiver uma pergunta sobre a consulta, pergunte à equipa do hospital. Devem responder-lhe, e não mandá-lo de volta ao seu GP.
    .if-not = Se o hospital não der notícias na altura que lhe disseram, ligue para a equipa do hospital.
    .ask =
        Quanto tempo é a espera para esta equipa?
        Para quem ligo se os nossos planos mudarem?

child-referral-worse =
    .title = Se o seu filho piorar enquanto espera
    .body =
        Se o problema piorar, informe a equipa do hospital. São eles que decidem se o seu filho deve ter consulta mais cedo.
        Se o seu filho não estiver bem e não souber o que fazer, ligue para o consultório do seu GP ou para o NHS 111.
        Numa emergência, ligue para o 999.
        Se o seu filho tiver um problema novo que não está ligado a este, vá ao seu GP como de costume.
    .if-not = Se a equipa do hospital não lhe devolver a chamada, ligue outra vez. Se o seu filho parecer pior, ligue para o NHS 111 ou para o seu GP.
    .ask =
        Que mudanças devem levar-me a ligar-lhe?
        O meu filho pode ter consulta mais cedo se piorar?

child-referral-visit =
    .title = A primeira consulta do seu filho
    .body =
        O seu filho é visto pelo pediatra ou por outra pessoa da equipa de pediatria. Podem falar com os dois, examinar o seu filho ou fazer exames.
        Leve a carta, uma lista dos medicamentos do seu filho e as perguntas que tiver.
        Cada parte dos cuidados do seu filho deve ter uma equipa responsável. Se não souber qual é, pergunte.
    .if-not = Se a consulta for cancelada, a equipa do hospital deve dar-lhe uma nova data. Ligue-lhes se ainda não a recebeu.
    .ask =
        Qual acha que é o problema?
        Que equipa é responsável por cada parte dos cuidados do meu filho?
        Para quem ligo se tiver uma pergunta mais tarde?

child-referral-results =
    .title = Resultados dos exames e o que vem a seguir
    .body =
        Se a equipa do hospital pedir um exame, é ela que vê o resultado e lhe diz qual é. Isto é assim mesmo que a colheita de sangue seja feita no consultório do seu GP.
        A equipa do hospital escreve ao seu GP no prazo de 10 dias se o seu GP tiver de fazer alguma coisa. Também deve receber uma cópia.
    .if-not = Se um resultado estiver atrasado, contacte a equipa que pediu o exame. Se não tiver recebido nenhuma carta ao fim de 2 semanas, ligue para a equipa do hospital.
    .ask =
        Quando e como me vão dar os resultados?
        O meu filho precisa de voltar a ter consulta convosco?
        O nosso GP tem de fazer alguma coisa?
