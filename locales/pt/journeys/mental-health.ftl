# Journey: getting help for your mental health.
# Structure and sources: src/journeys/mental_health.rs

mental-health =
    .title = Obter ajuda para a sua saúde mental
    .summary = Onde ir numa crise, como pedir terapia psicológica e quem trata de si.
    .intro = A sua saúde mental é tão importante como o seu corpo. Eis onde pedir ajuda, incluindo numa crise, e quem faz cada parte.
    .keywords = saúde mental, crise, pensamentos suicidas, suicídio, vontade de morrer, automutilação, magoar-me, ansiedade, depressão, stress, tristeza, desânimo, pânico, ataque de pânico, terapia, terapia psicológica, psicoterapia, aconselhamento, psicólogo, equipa de saúde mental, psiquiatra, antidepressivos, medicamentos para a saúde mental, mental health, crisis, suicidal, self harm, anxiety, depression, low mood, panic, talking therapy, counselling, therapy, CBT, talking therapies, community mental health team, psychiatrist, antidepressants

mental-health-crisis =
    .title = Numa crise, peça ajuda já
    .body =
        Se a sua vida ou a vida de outra pessoa estiver em risco, ligue para o 999 ou vá às urgências (A&E).
        Se precisar de ajuda agora, ligue para o NHS 111 e escolha a opção de saúde mental. Funciona de dia e de noite, para qualquer idade.
        Se já tiver uma equipa de saúde mental, use o número para crises que está no seu plano de cuidados.
    .if-not = Se não conseguir ser atendido, ligue para o 999 ou vá às urgências (A&E).
    .ask =
        Para quem ligo se me voltar a sentir assim?

mental-health-talking-therapies =
    .title = Pode pedir terapia psicológica por si próprio
    .body =
        O NHS Talking Therapies (terapias psicológicas do NHS) ajuda com sentimentos como preocupação, desânimo e stress. Não precisa de ir primeiro ao seu GP (médico de família).
        Pode inscrever-se por si próprio, pela internet ou por telefone. Procure NHS Talking Therapies no site do NHS para encontrar o serviço da sua zona.
        Este serviço é para adultos. As crianças e os jovens têm os seus próprios serviços. Pergunte ao consultório do seu GP ou à escola.
    .if-not = Se o serviço não lhe tiver respondido até à altura que lhe disseram, contacte-o outra vez. Se se sentir pior enquanto espera, contacte o consultório do seu GP ou o NHS 111 no mesmo dia.
    .ask =
        Quanto tempo é a espera para a terapia psicológica aqui?
        Que tipos de ajuda oferecem?

mental-health-gp =
    .title = O seu GP pode ajudar e encaminhá-lo
    .body =
        O seu GP pode falar consigo sobre como se sente e sobre a ajuda que existe.
        Se precisar de mais ajuda, o seu GP pode encaminhá-lo para uma equipa de saúde mental. Esta equipa tem profissionais como enfermeiros, médicos e terapeutas.
    .if-not = Se estiver à espera da equipa de saúde mental e se sentir pior, contacte o consultório do seu GP ou ligue para o NHS 111 no mesmo dia. Numa crise, ligue para o NHS 111 e escolha a opção de saúde mental.
    .ask =
        Que ajuda existe para mim?
        Pode encaminhar-me para uma equipa de saúde mental?

mental-health-team =
    .title = A equipa de saúde mental planeia os seus cuidados
    .body =
        Se uma equipa de saúde mental tratar de si, faz consigo um plano de cuidados. O plano diz quem é responsável pelos seus cuidados e como o contactar.
        Peça à equipa o número de telefone dela, e um número para ligar numa crise.
    .if-not = Se não souber quem é responsável pelos seus cuidados, pergunte à equipa. Ou pergunte ao consultório do seu GP.
    .ask =
        Quem é responsável pelos meus cuidados?
        Para quem ligo numa crise?

mental-health-medicines =
    .title = Quem lhe dá os seus medicamentos
    .body =
        Muitas vezes, a equipa de saúde mental sugere um medicamento e o seu GP receita-o.
        Alguns medicamentos precisam de ser vigiados por um especialista, com análises ao sangue regulares. Nesse caso, a equipa de saúde mental pode receitá-los, ou partilhar os cuidados com o seu GP.
        Pergunte quem lhe dá mais, e quem faz os controlos que forem precisos.
    .if-not = Se o medicamento estiver quase a acabar e não souber a quem pedir, contacte o consultório do seu GP. Se estiver fechado, ligue para o NHS 111.
    .ask =
        Quem me dá mais deste medicamento?
        Precisa de análises ao sangue?
