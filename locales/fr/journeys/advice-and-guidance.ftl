# Journey: your GP asked a specialist for advice.
# Structure and sources: src/journeys/advice_and_guidance.rs

advice-and-guidance =
    .title = Votre GP a demandé conseil à un spécialiste
    .summary = Pourquoi votre GP demande d'abord conseil, qui vous donne la réponse, et qui appeler pendant que vous attendez.
    .intro = Votre GP (médecin de famille) a demandé conseil à un spécialiste de l'hôpital à votre sujet. Un spécialiste est un médecin qui connaît très bien un type de problème de santé. Voici ce qui se passe ensuite, et qui fait chaque partie.
    .keywords = conseil et orientation, advice and guidance, A and G, conseil, avis, avis d'un spécialiste, le GP a demandé conseil, deuxième avis, médecin de l'hôpital, spécialiste, consultant, orientation en ligne, e-referral, orientation renvoyée, orientation refusée, attente de la réponse

advice-and-guidance-asked =
    .title = Votre GP demande conseil
    .body =
        Votre GP veut l'avis d'un spécialiste sur votre problème. Alors votre GP lui envoie une question. Cela peut se faire en ligne ou par téléphone.
        Cela s'appelle « conseil et orientation » (advice and guidance). Cela peut remplacer une orientation vers l'hôpital (referral). Ou cela peut venir avant.
        Le spécialiste lit ce que votre GP envoie. Il ne vous voit pas à ce moment-là.
    .if-not = Si vous n'êtes pas sûr que votre GP a envoyé la question, contactez le cabinet de votre GP. Demandez si elle est partie.
    .ask =
        Que demandez-vous au spécialiste ?
        Comment allez-vous me donner la réponse ?
        Est-ce que je pourrai quand même être envoyé à l'hôpital plus tard ?

advice-and-guidance-reply =
    .title = Le spécialiste répond
    .body =
        Le spécialiste répond à votre GP, pas à vous.
        Le temps que cela prend dépend de l'hôpital. Demandez à votre GP quand il pense recevoir la réponse.
    .if-not = Si vous n'avez pas de nouvelles à la date donnée par votre GP, contactez le cabinet de votre GP. Demandez si la réponse est arrivée.
    .ask =
        Quand pensez-vous que la réponse arrivera ?
        Allez-vous m'appeler, ou dois-je vous appeler ?

advice-and-guidance-worse =
    .title = Si votre état s'aggrave pendant l'attente
    .body =
        Pendant que vous attendez la réponse, c'est au cabinet de votre GP qu'il faut poser vos questions.
        Si votre état s'aggrave beaucoup, ou si vous avez de nouveaux symptômes qui vous inquiètent, contactez le cabinet de votre GP ou appelez le NHS 111 le jour même. N'attendez pas seulement la réponse.
        En cas d'urgence, appelez le 999.
        Votre GP peut prévenir le spécialiste, ou faire une orientation urgente vers l'hôpital.
    .if-not = Si le cabinet de votre GP ne vous a pas répondu avant la fin du jour ouvrable suivant, appelez à nouveau. Si vous vous sentez plus mal, appelez le NHS 111 le jour même.
    .ask =
        Quels changements doivent me pousser à vous appeler ?
        Pouvez-vous dire au spécialiste que mon état s'est aggravé ?

advice-and-guidance-next =
    .title = Votre GP vous dit ce qui se passe ensuite
    .body =
        Votre GP vous dit ce que le spécialiste a dit. Ensuite, l'une de ces deux choses se passe.
        Votre GP peut suivre le conseil. Par exemple, il peut changer votre médicament ou faire un examen.
        Ou le spécialiste peut transformer la question en orientation vers l'hôpital. Cela veut dire qu'une équipe de l'hôpital va vous voir. Vous recevez alors une lettre, un e-mail ou un SMS pour prendre votre rendez-vous.
        Parfois, une orientation envoyée par votre GP est renvoyée avec un conseil, au lieu d'un rendez-vous. Votre GP devrait vous dire ce que cela veut dire pour vous.
        Si vous n'êtes pas sûr qu'un SMS ou un e-mail est vrai, n'utilisez pas son lien. Appelez le cabinet de votre GP ou le numéro indiqué sur votre lettre.
    .if-not = Si votre GP ne vous a pas dit ce que le spécialiste a dit, contactez le cabinet de votre GP.
    .ask =
        Qu'a dit le spécialiste ?
        Que se passe-t-il ensuite, et qui va s'en occuper ?
        Est-ce que je dois voir l'équipe de l'hôpital ?
