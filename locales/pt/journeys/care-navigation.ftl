# Journey: Why your GP practice asks what the problem is.
# Structure and sources: src/journeys/care_navigation.rs

care-navigation =
    .title = Porque é que a receção pergunta o que se passa
    .summary = Porque é que o consultório do seu GP pergunta pelo seu problema, com quem pode ter consulta e como um técnico de ligação pode ajudar.
    .intro = Quando contacta o consultório do seu GP (médico de família), os funcionários podem perguntar qual é o problema. Perguntam para o poderem encaminhar para a pessoa certa. Eis como funciona.
    .keywords = rececionista, receção, recepção, porque perguntam, o que se passa, marcar consulta no GP, marcar consulta no médico de família, consulta com o GP, médico de família, navegação de cuidados, enfermeiro, enfermeira, farmacêutico, fisioterapeuta, fisioterapia, prescrição social, técnico de ligação, solidão, sozinho, grupos locais, grupos da comunidade, associação, instituição de solidariedade, voluntariado, receptionist, GP appointment, care navigation, care navigator, nurse, pharmacist, physio, social prescribing, link worker

care-navigation-ask =
    .title = Os funcionários perguntam qual é o problema
    .body =
        Quando liga ou vai lá, o rececionista pode perguntar qual é o problema. Não é curiosidade.
        Perguntam para o ajudar a ter consulta com a pessoa certa. A isto chama-se navegação de cuidados (care navigation). Os funcionários que fazem isto chamam-se navegadores de cuidados.
    .if-not = Se não tiver a certeza de com quem deve ter consulta, peça aos funcionários que o ajudem a escolher.
    .ask =
        Qual é a melhor pessoa para me atender?
        Para quando pode ser a consulta?

care-navigation-right-person =
    .title = Tem consulta com a pessoa certa
    .body =
        A pessoa certa pode não ser um GP. Pode ser um enfermeiro ou um farmacêutico. Um farmacêutico é um especialista em medicamentos.
        Pode ser um fisioterapeuta. Um fisioterapeuta ajuda com músculos, articulações e movimento.
        Ou os funcionários podem indicar-lhe um serviço fora do consultório.
    .if-not = Se achar que continua a precisar de um GP, diga aos funcionários porquê. Se piorar, contacte outra vez o consultório do seu GP no mesmo dia, ou ligue para o NHS 111.
    .ask =
        Porque é que esta pessoa é a certa para o meu problema?
        O que devo fazer se não melhorar?

care-navigation-ask-link-worker =
    .title = Pede um técnico de ligação
    .body =
        Algumas coisas que afetam a sua saúde não são médicas. Um técnico de ligação (link worker) pode ajudar com elas.
        Para ter um técnico de ligação, fale com o consultório do seu GP. Podem dar-lhe o contacto.
        A isto chama-se prescrição social (social prescribing).
    .if-not = Se o consultório do seu GP não lhe der o contacto, volte a pedir. Pergunte quem é o técnico de ligação da sua zona.
    .ask =
        Têm um técnico de ligação aqui?
        Quanto tempo vai demorar até ter notícias dele?

care-navigation-link-worker =
    .title = Um técnico de ligação dá-lhe apoio
    .body =
        Um técnico de ligação dá-lhe o contacto de grupos e serviços perto de si.
        Podem ser organizados por pessoas da zona ou por instituições de solidariedade. Não fazem parte do consultório do seu GP.
        O técnico de ligação ajuda a encontrar os que são certos para si.
    .if-not = Se não tiver notícias de um técnico de ligação, contacte o consultório do seu GP. Peça-lhes que verifiquem.
    .ask =
        Que grupos há perto de mim?
        Pode ajudar-me a começar?
