# Journey: If you miss or cancel a hospital appointment.
# Structure and sources: src/journeys/missed_appointments.rs

missed-appointments =
    .title = Se faltar ou cancelar uma consulta no hospital
    .summary = O que fazer se não puder ir a uma consulta no hospital, e quem marca uma nova.
    .intro = Às vezes não consegue ir a uma consulta no hospital. Eis o que fazer e quem marca uma nova data. Não deve ter de recomeçar tudo com o seu GP (médico de família).
    .keywords = faltei à consulta, faltar à consulta, falta, esqueci-me, esqueci-me da consulta, cancelar, cancelada, desmarcar, não posso ir, não consigo ir, nao posso ir, mudar a consulta, alterar a consulta, remarcar, reagendar, nova marcação, nova data, não compareci, hospital cancelou, hospital mudou a consulta, novo encaminhamento, voltar ao GP, missed appointment, missed, cancel, cancelled, can't go, reschedule, rebook, new date, did not attend, DNA, back to GP

missed-appointments-tell =
    .title = Avise o hospital logo que puder
    .body =
        Se não puder ir a uma consulta no hospital, avise a equipa do hospital logo que puder. Use o número que está na sua carta ou SMS.
        Assim podem dar a sua vaga a outra pessoa.
        Enquanto fala com eles, peça uma nova data.
    .if-not = Se não conseguir falar com eles, continue a tentar. Alguns hospitais também deixam mudar a consulta pela internet ou por SMS.
    .ask =
        Posso ter uma nova data agora?
        Posso ter antes uma consulta por telefone ou por videochamada?

missed-appointments-rebook =
    .title = O hospital marca uma nova data
    .body =
        É a equipa do hospital que marca a sua nova data. Não é o seu GP.
        Se faltou à consulta sem avisar, ligue para a equipa do hospital logo que puder. Diga-lhes que ainda precisa da consulta.
        O hospital não deve simplesmente mandá-lo de volta ao seu GP para fazer um novo encaminhamento.
    .if-not = Se o hospital lhe disser para voltar ao seu GP, pergunte porquê. Pergunte se lhe podem dar antes uma nova data.
    .ask =
        Quando é a minha nova data?
        O que acontece se faltar a outra consulta?

missed-appointments-hospital-cancels =
    .title = Se o hospital cancelar
    .body =
        Às vezes, o hospital tem de cancelar ou mudar a sua consulta.
        Se isto acontecer, a equipa do hospital deve dar-lhe uma nova data. Isto é trabalho deles, não do seu GP.
        Se piorar enquanto espera, informe a equipa do hospital. Se não se sentir bem, ligue para o consultório do seu GP ou para o NHS 111. Numa emergência, ligue para o 999.
    .if-not = Se ainda não recebeu uma nova data, ligue para a equipa do hospital.
    .ask =
        Porque é que a minha consulta foi cancelada?
        Quando vou ter uma nova data?
