# Journey: referring yourself, and Pharmacy First.
# Structure and sources: src/journeys/self_referral.rs

self-referral =
    .title = Obter ajuda sem ir primeiro ao seu GP
    .summary = Serviços a que pode ir por si próprio, o que uma farmácia pode tratar e quem trata de si nesse caso.
    .intro = Para alguns problemas, não precisa de ir primeiro ao seu GP (médico de família). Pode contactar o serviço por si próprio. A isto chama-se encaminhar-se a si próprio (self-referral). Eis como funciona e quem faz o quê.
    .keywords = encaminhar-me a mim próprio, autoencaminhamento, sem o GP, sem médico de família, fisioterapia, fisioterapeuta, dor nas costas, podologia, pés, problemas nos pés, audição, ouvidos, parteira, grávida, gravidez, saúde sexual, terapia psicológica, farmácia, farmacêutico, dor de garganta, dor de ouvidos, sinusite, infeção urinária, zona, impetigo, picada de inseto, refer myself, self referral, self-referral, without GP, physio, physiotherapy, back pain, podiatry, feet, hearing, audiology, midwife, pregnant, maternity, sexual health, talking therapies, pharmacy first, pharmacist, sore throat, earache, urine infection, UTI, shingles, insect bite

self-referral-services =
    .title = Sítios a que pode ir por si próprio
    .body =
        Pode contactar alguns serviços do NHS por si próprio, sem ir primeiro ao seu GP.
        Podem incluir fisioterapia para músculos e articulações, cuidados aos pés, testes de audição e terapias psicológicas. Também pode contactar uma parteira (midwife) quando está grávida, e uma clínica de saúde sexual.
        Os serviços que pode contactar por si próprio dependem de onde vive.
    .if-not = Se não conseguir encontrar o serviço, pergunte ao consultório do seu GP. A receção pode dizer-lhe como o contactar.
    .ask =
        Aqui, posso encaminhar-me a mim próprio para este serviço?
        Como o contacto?

self-referral-pharmacy-first =
    .title = Uma farmácia pode tratar alguns problemas
    .body =
        Um farmacêutico pode observá-lo e dar-lhe tratamento para alguns problemas comuns, sem consulta no GP. A isto chama-se Pharmacy First.
        São eles: dor de garganta, dor de ouvidos, dor nos seios nasais (sinusite), zona e impetigo. As picadas que ficam infetadas e as infeções urinárias nas mulheres também estão na lista. Alguns são só para certas idades.
        Se precisar de um medicamento que normalmente seria receitado por um médico, o farmacêutico pode dar-lho.
    .if-not = Se o farmacêutico achar que precisa de ir a um GP, vai dizer-lhe. Nesse caso, contacte o consultório do seu GP.
    .ask =
        Pode tratar isto aqui?
        O que devo fazer se não melhorar?

self-referral-in-charge =
    .title = O serviço que o vê é o responsável
    .body =
        O serviço que contactou trata desse problema. Dá-lhe os resultados dos exames que pedir.
        Se o seu GP precisar de saber, o serviço informa o seu GP.
    .if-not = Se o serviço não lhe der notícias na altura que disse, contacte-o outra vez.
    .ask =
        Quem contacto se tiver uma pergunta?
        Vão informar o meu GP?

self-referral-gp =
    .title = Quando deve ir antes ao seu GP
    .body =
        Se não tiver a certeza de onde ir, pergunte ao consultório do seu GP. Os funcionários podem ajudá-lo a escolher.
        Se não melhorar, ou se piorar, contacte o consultório do seu GP ou ligue para o NHS 111 no mesmo dia. Numa emergência, ligue para o 999.
    .if-not = Se não conseguir falar com o consultório do seu GP e estiver preocupado, ligue para o NHS 111.
    .ask =
        Qual é o melhor sítio para ir com este problema?
