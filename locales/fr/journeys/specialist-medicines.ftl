# Journey: a hospital specialist starts a new medicine.
# Structure and sources: src/journeys/specialist_medicines.rs

specialist-medicines =
    .title = Un médecin de l'hôpital vous donne un nouveau médicament
    .summary = Qui vous donne le médicament, qui vous en redonne, et à qui demander pour les effets secondaires et les contrôles.
    .intro = Un spécialiste de l'hôpital vous a fait commencer un nouveau médicament. Un spécialiste est un médecin qui connaît très bien un type de problème de santé. Voici qui vous le donne et qui vous en redonne. Ce guide dit aussi à qui demander si vous avez un problème avec ce médicament.
    .keywords = ordonnance, comprimés, médicament, traitement, nouveau médicament, le spécialiste a commencé un médicament, médicament de la consultation, ordonnance renouvelable, soins partagés, accord de soins partagés, shared care, effets secondaires, prise de sang, surveillance, manquer de médicament, ordonnance de l'hôpital, médicament de spécialiste, pharmacie

specialist-medicines-start =
    .title = L'hôpital vous donne la première quantité
    .body =
        Un spécialiste de l'hôpital décide que vous avez besoin d'un nouveau médicament.
        Si vous devez le commencer tout de suite, l'hôpital vous donne la première quantité. Vous n'avez pas besoin d'aller chez votre GP (médecin de famille) pour cela.
        Après un séjour à l'hôpital, vous en recevez pour au moins 7 jours, ou tout le traitement s'il est plus court.
        Après un rendez-vous à la consultation, l'hôpital vous en donne assez pour le moment si vous en avez besoin tout de suite. Ou le compte rendu de consultation demande à votre GP de le prescrire.
    .if-not = Si on vous a dit de commencer un médicament tout de suite mais qu'on ne vous l'a pas donné, appelez l'équipe de l'hôpital.
    .ask =
        À quoi sert ce médicament ?
        Quand et comment dois-je le prendre ?
        Est-ce vous qui allez me le donner, ou mon GP ?

specialist-medicines-gp =
    .title = Ensuite, votre GP prescrit la plupart des médicaments
    .body =
        Pour la plupart des médicaments, le compte rendu de consultation demande à votre GP d'en prescrire d'autres. Une ordonnance est le papier qui vous permet d'avoir un médicament.
        Attendez que le cabinet de votre GP ait reçu ce compte rendu. Ensuite, demandez-lui d'ajouter le médicament à vos ordonnances renouvelables.
        Commandez chaque renouvellement à l'avance, pour ne pas en manquer.
    .if-not = Si le cabinet de votre GP n'a pas reçu le compte rendu et que vous allez bientôt manquer de médicament, appelez l'équipe de l'hôpital. Demandez-lui d'envoyer le compte rendu, ou de vous en donner plus.
    .ask =
        Avez-vous envoyé le compte rendu à mon GP ?
        Quelle quantité allez-vous me donner d'ici là ?

specialist-medicines-shared-care =
    .title = Les médicaments qu'un spécialiste doit surveiller
    .body =
        Certains médicaments doivent être surveillés par un spécialiste. Si l'hôpital a commencé l'un de ces médicaments, l'hôpital continue à vous le donner.
        Parfois, l'hôpital demande à votre GP de prendre le relais. Il faut pour cela un accord de soins partagés (shared care agreement). C'est un plan sur lequel l'hôpital, votre GP et vous êtes tous d'accord.
        Votre GP n'est pas obligé de dire oui. Tant que tout le monde n'est pas d'accord, c'est l'hôpital qui vous en redonne.
    .if-not = Si vous allez bientôt manquer de médicament et que personne ne vous en a redonné, appelez l'équipe de l'hôpital. Faites-le avant d'en manquer.
    .ask =
        Est-ce vous qui allez continuer à me donner ce médicament, ou mon GP ?
        Est-ce que mon GP a accepté les soins partagés ?
        Comment est-ce que je demande à en avoir plus ?

specialist-medicines-checks =
    .title = Des prises de sang pour surveiller votre médicament
    .body =
        Certains médicaments demandent des prises de sang pour vérifier qu'ils sont sans danger pour vous. Demandez si c'est le cas du vôtre.
        Demandez qui fait les prises de sang, et tous les combien.
        L'équipe qui demande un examen regarde le résultat. Elle vous dit ce qu'il veut dire.
    .if-not = Si un résultat est en retard, contactez l'équipe qui a demandé l'examen. Demandez-lui ce qu'il a montré.
    .ask =
        Est-ce que ce médicament demande des prises de sang ?
        Qui les fait, et tous les combien ?
        Qui me donne les résultats ?

specialist-medicines-problems =
    .title = Si vous avez un problème avec ce médicament
    .body =
        Si vous pensez que le médicament vous cause un problème, appelez l'équipe de l'hôpital qui l'a commencé.
        Certains médicaments, comme les médicaments contre le cancer, ont une ligne d'assistance ouverte de jour comme de nuit. Si l'équipe vous en a donné une, utilisez-la.
        Si vous vous sentez très mal, appelez le NHS 111 ou le cabinet de votre GP le jour même. En cas d'urgence, appelez le 999.
    .if-not = Si l'équipe de l'hôpital ne vous a pas rappelé avant la fin du jour ouvrable suivant, appelez à nouveau. Si vous vous sentez plus mal, appelez le NHS 111 ou votre GP le jour même.
    .ask =
        Quels effets secondaires doivent me pousser à vous appeler ?
        Est-ce qu'il y a une ligne d'assistance pour ce médicament ?
        Que dois-je faire si j'oublie une prise ?
