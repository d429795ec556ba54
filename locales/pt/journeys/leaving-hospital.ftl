# Journey: leaving hospital after a stay.
# Structure and sources: src/journeys/leaving_hospital.rs

leaving-hospital =
    .title = Quando vai para casa depois do hospital
    .summary = O que deve ter antes de ir para casa e para quem ligar depois de sair.
    .intro = Vai para casa depois de um internamento no hospital. Eis o que a equipa do hospital deve fazer antes de sair. Também diz para quem ligar se tiver perguntas.
    .keywords = alta, ter alta, alta hospitalar, sair do hospital, ir para casa, voltar para casa, nota de alta, carta de alta, resumo da alta, medicamentos novos, medicação, comprimidos, receita, efeitos secundários, atestado médico, baixa médica, faltar ao trabalho, enfermaria, telefone da enfermaria, perguntas depois do hospital, consulta de seguimento, cuidados depois da alta, cuidados em casa, enfermeiro ao domicílio, apoio em casa, enfermaria virtual, hospitalização domiciliária, lista de verificação, grupos de apoio, leaving hospital, discharge, discharge summary, medicines, prescription, side effects, fit note, sick note, follow-up, care at home, district nurse, reablement, virtual ward

leaving-hospital-medicines =
    .title = Os seus novos medicamentos
    .body =
        Se precisar de um medicamento novo, o hospital dá-lhe pelo menos 7 dias desse medicamento para levar para casa. Se o tratamento for mais curto, recebe-o todo.
        Não deve ter de pedir esta primeira quantidade ao seu GP (médico de família). Se não lha derem, peça-a antes de sair.
        Os profissionais devem dizer-lhe para que serve cada medicamento. Também lhe devem falar dos efeitos secundários. Um efeito secundário é um problema que um medicamento pode causar.
        O guia sobre os medicamentos depois do hospital diz quem lhe dá mais.
    .if-not = Se estiver quase a sair sem os seus novos medicamentos, pergunte ao pessoal da enfermaria. Se já estiver em casa, ligue para a enfermaria.
    .ask =
        Para que serve cada medicamento?
        Que efeitos secundários devo vigiar?
        Quem me dá mais quando estes acabarem?

leaving-hospital-fit-note =
    .title = Um atestado médico para o trabalho
    .body =
        Um atestado médico (fit note) é um papel para o seu trabalho. Diz se está em condições de trabalhar. Algumas pessoas chamam-lhe baixa médica.
        Nos primeiros 7 dias de baixa, não precisa de atestado médico. Preenche por si próprio um formulário para a sua entidade patronal.
        Se precisar de mais tempo de baixa, o hospital passa-lhe um atestado médico. Deve cobrir todo o tempo que acham que vai estar sem trabalhar.
        Por isso, não deve precisar de pedir um ao seu GP para esse tempo.
    .if-not = Se sair sem um atestado médico de que precisa, ligue para a enfermaria e peça um.
    .ask =
        Quanto tempo vou ter de faltar ao trabalho?
        O meu atestado cobre todo esse tempo?

leaving-hospital-care-at-home =
    .title = Cuidados em casa
    .body =
        Algumas pessoas precisam de ajuda em casa depois de um internamento no hospital. A equipa da enfermaria planeia isto consigo antes de sair.
        Pode ser a visita de um enfermeiro ao domicílio (district nurse). Ou uma equipa pode ajudá-lo, durante pouco tempo, a voltar a fazer as coisas sozinho.
        Algumas pessoas são tratadas em casa por uma equipa do hospital, em vez de ficarem numa enfermaria. Às vezes, isto chama-se enfermaria virtual (virtual ward). A equipa diz-lhe como a contactar, de dia e de noite.
    .if-not = Se a ajuda de que lhe falaram não chegou, ligue para o número que a enfermaria lhe deu para isso. Se não tiver número, ligue para a enfermaria.
    .ask =
        Vou precisar de ajuda em casa?
        Quem vem, e quando?
        Para quem ligo se não vierem?

leaving-hospital-check =
    .title = Verifique antes de sair
    .body =
        Antes de ir para casa, verifique se tem estas coisas.
        Pelo menos 7 dias de todos os medicamentos novos. Para que serve cada um e os seus efeitos secundários. Um folheto sobre os seus cuidados.
        O número de telefone da enfermaria e o da equipa do hospital. Um atestado médico, se precisar. Como vai ser marcada a sua próxima consulta.
        Os nomes de grupos que podem ajudar, como instituições de solidariedade.
    .if-not = Se faltar alguma coisa, pergunte ao pessoal da enfermaria antes de sair. Se já estiver em casa, ligue para a enfermaria.
    .ask =
        Para quem ligo se tiver uma pergunta em casa?
        Como vai ser marcada a minha próxima consulta?
        Há algum grupo que me possa ajudar?

leaving-hospital-letter =
    .title = O hospital escreve ao seu GP
    .body =
        Quando sai, a equipa do hospital escreve uma carta ao seu GP. Chama-se nota de alta. Ter alta quer dizer sair do hospital.
        A carta diz ao seu GP o que aconteceu enquanto esteve no hospital, e que mudanças houve nos seus medicamentos. Também deve receber uma cópia.
    .if-not = Se o consultório do seu GP disser que não recebeu a carta, ligue para a enfermaria. Peça-lhes que a enviem.
    .ask =
        Posso ter uma cópia da minha nota de alta?
        O meu GP tem de fazer alguma coisa?

leaving-hospital-questions =
    .title = Se tiver perguntas em casa
    .body =
        Se tiver uma pergunta sobre o seu internamento ou os seus novos medicamentos, ligue para a enfermaria. Muitas vezes, o número está na carta que recebeu da enfermaria.
        Se a carta não tiver o número da enfermaria, ligue para o número principal do hospital. Peça que passem a chamada para a enfermaria.
        A equipa da enfermaria deve responder-lhe. Não lhe deve dizer para perguntar ao seu GP.
        Se não se sentir bem e não souber o que fazer, ligue para o consultório do seu GP ou para o NHS 111 no mesmo dia. Numa emergência, ligue para o 999.
    .if-not = Se a enfermaria não lhe devolver a chamada até ao fim do dia útil seguinte, ligue outra vez. Se não conseguir falar com eles, peça para falar com a equipa de apoio ao doente do hospital.
    .ask =
        Para quem ligo se tiver um problema com os meus medicamentos?
        Quando devo ligar-vos a vocês, e quando devo ligar ao meu GP?
