# Journey: follow-up after a clinic, patient initiated follow-up, and discharge from clinic.
# Structure and sources: src/journeys/follow_up.rs

follow-up =
    .title = O que acontece depois de uma consulta no hospital
    .summary = Quem marca a sua próxima consulta ou exame, quando deve contactar a equipa por si próprio e o que acontece quando a consulta termina o seu acompanhamento.
    .intro = Depois de ir a uma consulta, a equipa do hospital diz o que acontece a seguir. Podem voltar a vê-lo, pedir-lhe que os contacte quando precisar deles, ou enviá-lo de volta ao seu GP (médico de família). Eis quem faz o quê em cada caso.
    .keywords = seguimento, consulta de seguimento, seguimento iniciado pelo doente, PIFU, consulta em aberto, contacte-nos se precisar, alta da consulta, alta para o GP, voltar ao meu GP, próxima consulta, repetir exame, repetir TAC, controlo, consulta de controlo, revisão anual, médico de família, follow-up, follow up, patient initiated follow-up, open appointment, see on symptoms, discharged from clinic, discharged to GP, back to my GP, next appointment, repeat scan, recall, check-up, annual review

follow-up-choice =
    .title = A equipa do hospital diz o que vem a seguir
    .body =
        No fim de uma consulta, a equipa do hospital diz-lhe o que acontece a seguir.
        Podem marcar outra consulta ou exame. Podem pedir-lhe que os contacte quando precisar deles. Ou podem dar-lhe alta. Isto quer dizer que o seu GP volta a tratar de si.
        Devem dizer-lhe qual destas é. Também está na carta da consulta.
    .if-not = Se não tiver a certeza de qual se aplica a si, ligue para a equipa do hospital e pergunte.
    .ask =
        Vou voltar a ter consulta convosco?
        Vão marcar vocês, ou devo ser eu a contactar-vos?

follow-up-recall =
    .title = O hospital marca as suas próprias consultas e exames
    .body =
        Se a equipa do hospital quiser voltar a vê-lo ou repetir um exame, é ela que o marca. Isto inclui controlos que se repetem todos os anos.
        O seu GP não marca consultas nem exames no hospital por si.
    .if-not = Se uma consulta ou exame de que lhe falaram não estiver marcado até à altura que lhe disseram, ligue para a equipa do hospital.
    .ask =
        Quando é a minha próxima consulta convosco?
        Quem marca o meu próximo exame?

follow-up-patient-initiated =
    .title = Se lhe pedirem que contacte a equipa por si próprio
    .body =
        Algumas equipas não marcam outra consulta. Em vez disso, contacta-as se precisar delas. A isto chama-se seguimento iniciado pelo doente (patient initiated follow-up, ou PIFU).
        A equipa dá-lhe um número de telefone, diz-lhe os sinais que o devem levar a ligar e durante quanto tempo o pode fazer.
        Se não tiver ligado até ao fim desse tempo, a equipa pode dar-lhe alta e passá-lo para o seu GP. Devem avisá-lo antes de o fazer.
    .if-not = Se ligar e não conseguir falar com eles, tente outra vez no dia útil seguinte. Se se sentir pior, contacte o consultório do seu GP ou o NHS 111 no mesmo dia.
    .ask =
        Que sinais devem levar-me a contactar-vos?
        Durante quanto tempo vos posso contactar?
        O que acontece no fim desse tempo?

follow-up-discharged =
    .title = Se a consulta lhe der alta
    .body =
        Ter alta quer dizer que a equipa do hospital terminou. O consultório do seu GP volta a tratar de si.
        A carta da consulta diz ao seu GP o que fazer a seguir, e a que deve estar atento.
        Se o problema voltar ou piorar, contacte o consultório do seu GP. O seu GP pode voltar a encaminhá-lo, se precisar.
    .if-not = Se achar que lhe deram alta por engano, ligue para a equipa do hospital e pergunte.
    .ask =
        Porque me estão a dar alta?
        O que deve levar-me a voltar ao meu GP?

follow-up-worse =
    .title = Se piorar
    .body =
        Se piorar muito, ou se tiver sintomas novos que o preocupem, contacte o consultório do seu GP ou ligue para o NHS 111 no mesmo dia. Numa emergência, ligue para o 999.
        Se tiver um número da equipa do hospital, informe-os também.
    .if-not = Se ninguém lhe devolver a chamada até ao fim do dia útil seguinte, ligue outra vez. Se se sentir pior, ligue para o NHS 111 no mesmo dia.
    .ask =
        Para quem ligo à noite ou ao fim de semana?
