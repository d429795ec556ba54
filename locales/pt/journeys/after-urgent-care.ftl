# Journey: after A&E or an urgent treatment centre.
# Structure and sources: src/journeys/after_urgent_care.rs

after-urgent-care =
    .title = Depois das urgências (A&E) ou de um centro de tratamento urgente
    .summary = Quem faz o quê depois de ir às urgências (A&E), quem lhe dá os resultados dos exames e quando ir ao seu GP.
    .intro = Foi às urgências (A&E) ou a um centro de tratamento urgente (urgent treatment centre), e agora está em casa. Eis quem faz o quê a seguir e quem contactar.
    .keywords = urgências, urgência, serviço de urgência, A&E, A and E, acidentes e emergências, centro de tratamento urgente, atendimento sem marcação, pequenos ferimentos, depois das urgências, consulta de fraturas, osso partido, fratura, resultados do raio-x, ir ao GP se, seguimento depois das urgências, médico de família, accident and emergency, emergency department, urgent treatment centre, UTC, walk-in centre, minor injuries, after A&E, fracture clinic, broken bone, x-ray results, see your GP if, follow-up after A&E

after-urgent-care-letter =
    .title = O hospital informa o seu GP sobre a sua ida
    .body =
        As urgências (A&E) ou o centro de tratamento urgente enviam ao consultório do seu GP (médico de família) uma carta sobre a sua ida.
        Não precisa de marcar consulta no GP só para lhe dizer que foi lá.
        Peça a folha de recomendações que tiverem, para saber a que deve estar atento em casa.
    .if-not = Se o consultório do seu GP precisar da carta e não a tiver recebido, ligue para as urgências (A&E) ou para o centro de tratamento urgente. Peça-lhes que a enviem.
    .ask =
        Vão informar o meu GP sobre hoje?
        Posso levar para casa uma folha de recomendações?

after-urgent-care-follow-up =
    .title = O hospital marca a sua próxima consulta
    .body =
        Pode ter de voltar, por exemplo a uma consulta de fraturas se tiver um osso partido. É o hospital que marca esta consulta, não o seu GP.
        Às vezes, a equipa de fraturas liga-lhe em vez de o ver.
    .if-not = Se lhe disseram que ia ter notícias sobre o seguimento e não teve, ligue para o número que está na sua folha de recomendações ou na sua carta. Se não tiver número, ligue para o número principal do hospital.
    .ask =
        Preciso de voltar? Quem vai marcar?
        Como me vão contactar?

after-urgent-care-results =
    .title = A equipa que fez o exame dá-lhe o resultado
    .body =
        Alguns exames, como os raios-x, são vistos outra vez depois de sair. A equipa que pediu o exame é responsável pelo resultado.
        Se for preciso fazer alguma coisa por causa de um resultado, contactam-no a si ou ao seu GP. Pergunte-lhes como o vão fazer.
    .if-not = Se lhe disseram que ia ter notícias sobre um resultado e não teve, ligue para o sítio onde foi.
    .ask =
        Ainda faltam alguns resultados?
        Quem me vai falar deles?

after-urgent-care-see-gp =
    .title = Quando lhe dizem: vá ao seu GP se…
    .body =
        Os profissionais podem dizer-lhe para ir ao seu GP se alguma coisa não melhorar. Isto quer dizer que tem de contactar o consultório do seu GP por si próprio. O consultório não vai saber que o deve contactar.
        Se lhe deram um prazo, contacte o consultório do seu GP se não estiver melhor até lá.
    .if-not = Se não conseguir falar com o consultório do seu GP e estiver preocupado, ligue para o NHS 111.
    .ask =
        A que devo estar atento?
        Quando devo ir ao meu GP se não melhorar?

after-urgent-care-worse =
    .title = Se piorar
    .body =
        Se piorar, ou se tiver sintomas novos que o preocupem, ligue para o NHS 111 ou contacte o consultório do seu GP no mesmo dia.
        Se os profissionais lhe disseram para voltar se acontecer alguma coisa, volte.
        Numa emergência, ligue para o 999.
    .if-not = Se não conseguir ajuda e se sentir muito mal, ligue para o 999.
    .ask =
        Que sinais querem dizer que devo voltar?
