# Journey: missing or cancelling a hospital visit.
# Structure and sources: src/journeys/missed_appointments.rs

missed-appointments =
    .title = Si vous manquez ou annulez un rendez-vous à l'hôpital
    .summary = Que faire si vous ne pouvez pas aller à un rendez-vous à l'hôpital, et qui en fixe un nouveau.
    .intro = Parfois, vous ne pouvez pas aller à un rendez-vous à l'hôpital. Voici que faire, et qui s'occupe d'une nouvelle date. La plupart du temps, vous ne devriez pas avoir à tout recommencer avec votre GP (médecin de famille).
    .keywords = rendez-vous manqué, manqué, manquer, oublié, j'ai oublié mon rendez-vous, annuler, annulé, je ne peux pas y aller, impossible d'y aller, changer de rendez-vous, déplacer le rendez-vous, reporter, reprogrammer, reprendre rendez-vous, nouvelle date, absent au rendez-vous, DNA, fin de suivi, lettre de fin de suivi, discharge letter, l'hôpital a annulé, opération annulée, chirurgie annulée, l'hôpital a déplacé mon rendez-vous, nouvelle orientation, retour chez le GP

missed-appointments-tell =
    .title = Prévenez l'hôpital dès que possible
    .body =
        Si vous ne pouvez pas aller à un rendez-vous à l'hôpital, prévenez l'équipe de l'hôpital dès que possible. Utilisez le numéro indiqué sur votre lettre ou votre SMS.
        Comme ça, elle peut donner votre place à quelqu'un d'autre.
        Pendant que vous lui parlez, demandez une nouvelle date.
    .if-not = Si vous n'arrivez pas à joindre l'équipe, essayez à nouveau le jour ouvrable suivant. Certains hôpitaux vous permettent aussi de changer votre rendez-vous en ligne ou par SMS.
    .ask =
        Est-ce que je peux avoir une nouvelle date maintenant ?
        Est-ce que je peux avoir plutôt un appel téléphonique ou vidéo ?

missed-appointments-rebook =
    .title = L'hôpital fixe une nouvelle date
    .body =
        C'est l'équipe de l'hôpital qui fixe votre nouvelle date. Ce n'est pas votre GP.
        Si vous avez manqué votre rendez-vous sans prévenir, appelez l'équipe de l'hôpital dès que possible. Dites-lui que vous avez toujours besoin d'être vu.
        Un hôpital ne devrait pas avoir de règle qui renvoie vers leur GP toutes les personnes qui manquent un rendez-vous.
    .if-not = Si l'hôpital vous dit de retourner voir votre GP, demandez pourquoi. Demandez s'il peut plutôt vous donner une nouvelle date.
    .ask =
        Quelle est ma nouvelle date ?
        Que se passe-t-il si je manque un autre rendez-vous ?

missed-appointments-discharged =
    .title = Si vous recevez une lettre qui dit que votre suivi est terminé
    .body =
        Après un rendez-vous manqué, un médecin de l'hôpital regarde votre dossier. Il peut décider que vous n'avez pas besoin d'être vu. Alors il vous envoie une lettre, à vous et à votre GP. Cela s'appelle une lettre de fin de suivi (discharge letter).
        Si vous avez toujours le problème, appelez d'abord l'équipe de l'hôpital. Dites-lui pourquoi vous avez manqué le rendez-vous. Demandez si elle peut vous voir.
        Si elle ne peut pas, contactez le cabinet de votre GP. Votre GP peut vous orienter à nouveau vers l'hôpital si vous en avez toujours besoin.
    .if-not = Si vous ne savez pas si vous êtes toujours sur la liste, appelez l'équipe de l'hôpital et demandez. N'attendez pas pour le savoir.
    .ask =
        Est-ce que je suis toujours sur votre liste ?
        Maintenant que j'ai expliqué, pouvez-vous me voir ?

missed-appointments-hospital-cancels =
    .title = Si l'hôpital annule
    .body =
        Parfois, l'hôpital doit annuler ou déplacer votre rendez-vous.
        Si cela arrive, l'équipe de l'hôpital devrait vous donner une nouvelle date. C'est son travail, pas celui de votre GP.
        L'hôpital peut annuler votre opération le jour même, pour une raison qui ne concerne pas votre santé. Alors il devrait vous proposer une nouvelle date dans les 28 jours. S'il ne peut pas, il devrait payer pour que vous soyez opéré dans un autre hôpital.
        Si votre état s'aggrave pendant l'attente, contactez le cabinet de votre GP ou le NHS 111 le jour même, et prévenez l'équipe de l'hôpital. En cas d'urgence, appelez le 999.
    .if-not = Si vous n'avez pas eu de nouvelle date, appelez l'équipe de l'hôpital.
    .ask =
        Pourquoi mon rendez-vous a-t-il été annulé ?
        Quand vais-je avoir une nouvelle date ?
