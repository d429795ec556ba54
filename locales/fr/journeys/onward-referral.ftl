# Journey: the hospital sends you on to another team.
# Structure and sources: src/journeys/onward_referral.rs

onward-referral =
    .title = L'hôpital vous envoie vers une autre équipe
    .summary = Quand une équipe de l'hôpital vous envoie directement vers une autre équipe, sans repasser par votre GP.
    .intro = Parfois, une équipe de l'hôpital voit que vous devez voir une autre équipe. Souvent, elle peut vous y envoyer elle-même. Voici comment cela marche, et à qui demander.
    .keywords = nouvelle orientation, orientation vers une autre équipe, envoyé ailleurs, autre équipe, autre spécialiste, spécialiste différent, deuxième spécialiste, autre service, autre consultation, nouveau problème, problème lié, examens urgents, traitement urgent, orientation par l'hôpital, dois-je voir mon GP, retour chez le GP, transfert

onward-referral-direct =
    .title = L'hôpital vous envoie directement vers l'autre équipe
    .body =
        L'équipe de l'hôpital peut voir que vous devez consulter une autre équipe. Elle vous y envoie elle-même quand le nouveau problème est lié à la raison pour laquelle vous avez été envoyé à l'hôpital au départ.
        Elle le fait aussi quand vous avez besoin d'examens ou d'un traitement urgents. Par exemple, si elle pense que vous avez peut-être un cancer.
        Vous n'avez pas besoin de retourner voir votre GP (médecin de famille) pour cela.
    .if-not = L'équipe de l'hôpital vous dit de retourner voir votre GP ? Si le problème est lié ou urgent, demandez-lui de vous envoyer elle-même vers l'autre équipe.
    .ask =
        Vers quelle équipe m'envoyez-vous, et pourquoi ?
        Est-ce que c'est urgent ?
        Allez-vous prévenir mon GP ?

onward-referral-hear =
    .title = La nouvelle équipe vous contacte
    .body =
        La nouvelle équipe vous contacte pour prendre votre rendez-vous. C'est souvent par lettre, par SMS ou par téléphone.
        Gardez vos coordonnées à jour auprès de l'hôpital, pour que la nouvelle équipe puisse vous joindre.
        Si vous n'êtes pas sûr qu'un SMS ou un appel vient vraiment de l'hôpital, appelez le numéro indiqué sur votre lettre de l'hôpital.
    .if-not = Si vous n'avez pas eu de nouvelles au moment qu'on vous avait annoncé, appelez l'équipe qui vous a envoyé. Demandez-lui de vérifier que l'orientation a bien été envoyée.
    .ask =
        Quand devrais-je avoir des nouvelles de la nouvelle équipe ?
        Comment va-t-elle me contacter ?

onward-referral-questions =
    .title = Qui appeler pour vos questions
    .body =
        Si vous avez une question sur la raison pour laquelle on vous a envoyé vers une autre équipe, appelez l'équipe qui vous a envoyé.
        Si vous avez une question sur votre nouveau rendez-vous, appelez la nouvelle équipe. Son numéro est sur votre lettre ou votre SMS.
        Les deux équipes devraient répondre elles-mêmes à vos questions. Elles ne devraient pas vous dire de demander à votre GP.
        Si votre état s'aggrave beaucoup pendant l'attente, contactez le cabinet de votre GP ou le NHS 111 le jour même, et prévenez l'équipe de l'hôpital. En cas d'urgence, appelez le 999.
    .if-not = Si vous n'obtenez pas de réponse, demandez l'équipe d'aide aux patients de l'hôpital. Elle aide quand les choses se passent mal.
    .ask =
        Qui est responsable de mes soins maintenant ?
        Qui dois-je appeler si mon état s'aggrave ?

onward-referral-not-linked =
    .title = Si le nouveau problème n'est pas lié
    .body =
        Si le nouveau problème n'est pas lié et n'est pas urgent, l'équipe de l'hôpital ne vous enverra peut-être pas vers une autre équipe. Elle écrira peut-être plutôt à votre GP à ce sujet.
        Demandez à l'équipe de l'hôpital ce que vous devez faire ensuite.
        Pour tout nouveau problème qui vous inquiète, vous pouvez voir votre GP comme d'habitude.
    .if-not = Si vous ne savez pas qui s'occupe du nouveau problème, demandez à l'équipe de l'hôpital. Vous pouvez aussi demander au cabinet de votre GP.
    .ask =
        Qui va s'occuper de ce nouveau problème ?
        Allez-vous écrire à mon GP à ce sujet ?
