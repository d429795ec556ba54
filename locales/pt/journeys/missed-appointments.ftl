# Journey: missing or cancelling a hospital visit.
# Structure and sources: src/journeys/missed_appointments.rs

missed-appointments =
    .title = Se faltar ou cancelar uma consulta no hospital
    .summary = O que fazer se não puder ir a uma consulta no hospital, e quem marca uma nova.
    .intro = Às vezes não consegue ir a uma consulta no hospital. Eis o que fazer e quem marca uma nova data. Na maior parte das vezes, não deve ter de recomeçar tudo com o seu GP (médico de família).
    .keywords = faltei à consulta, faltar à consulta, falta, esqueci-me, esqueci-me da consulta, cancelar, cancelada, desmarcar, não posso ir, não consigo ir, nao posso ir, mudar a consulta, alterar a consulta, remarcar, reagendar, nova marcação, nova data, não compareci, tive alta, carta de alta, hospital cancelou, operação cancelada, cirurgia cancelada, hospital mudou a consulta, novo encaminhamento, voltar ao GP, missed appointment, missed, cancel, cancelled, can't go, reschedule, rebook, new date, did not attend, DNA, discharged, discharge letter, operation cancelled, surgery cancelled, back to GP

missed-appointments-tell =
    .title = Avise o hospital logo que puder
    .body =
        Se não puder ir a uma consulta no hospital, avise a equipa do hospital logo que puder. Use o número que está na sua carta ou SMS.
        Assim podem dar a sua vaga a outra pessoa.
        Enquanto fala com eles, peça uma nova data.
    .if-not = Se não conseguir falar com eles, tente outra vez no dia útil seguinte. Alguns hospitais também deixam mudar a consulta pela internet ou por SMS.
    .ask =
        Posso ter uma nova data agora?
        Posso ter antes uma consulta por telefone ou por videochamada?

missed-appointments-rebook =
    .title = O hospital marca uma nova data
    .body =
        É a equipa do hospital que marca a sua nova data. Não é o seu GP.
        Se faltou à consulta sem avisar, ligue para a equipa do hospital logo que puder. Diga-lhes que ainda precisa da consulta.
        Um hospital não deve ter uma regra que mande de volta ao GP todas as pessoas que faltam a uma consulta.
    .if-not = Se o hospital lhe disser para voltar ao seu GP, pergunte porquê. Pergunte se lhe podem dar antes uma nova data.
    .ask =
        Quando é a minha nova data?
        O que acontece se faltar a outra consulta?

missed-appointments-discharged =
    .title = Se receber uma carta a dizer que teve alta
    .body =
        Depois de uma consulta a que faltou, um médico do hospital vê o seu processo. Pode decidir que não precisa de ter consulta. Depois, envia uma carta a si e ao seu GP. A isto chama-se carta de alta.
        Se ainda tiver o problema, ligue primeiro para a equipa do hospital. Diga-lhes porque faltou à consulta. Pergunte se o podem ver.
        Se não puderem, contacte o consultório do seu GP. O seu GP pode voltar a encaminhá-lo, se ainda precisar.
    .if-not = Se não tiver a certeza de que ainda está na lista, ligue para a equipa do hospital e pergunte. Não fique à espera para saber.
    .ask =
        Ainda estou na vossa lista?
        Podem ver-me, agora que expliquei?

missed-appointments-hospital-cancels =
    .title = Se o hospital cancelar
    .body =
        Às vezes, o hospital tem de cancelar ou mudar a sua consulta.
        Se isto acontecer, a equipa do hospital deve dar-lhe uma nova data. Isto é trabalho deles, não do seu GP.
        O hospital pode cancelar a sua operação no próprio dia, por um motivo que não tem a ver com a sua saúde. Nesse caso, deve oferecer-lhe uma nova data no prazo de 28 dias. Se não conseguir, deve pagar para que seja operado noutro hospital.
        Se piorar enquanto espera, contacte o consultório do seu GP ou o NHS 111 no mesmo dia, e informe a equipa do hospital. Numa emergência, ligue para o 999.
    .if-not = Se ainda não recebeu uma nova data, ligue para a equipa do hospital.
    .ask =
        Porque é que a minha consulta foi cancelada?
        Quando vou ter uma nova data?
