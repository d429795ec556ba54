# Journey: medicines after a hospital stay or a clinic visit.
# Structure and sources: src/journeys/medicines_after_hospital.rs

medicines-after-hospital =
    .title = Vos médicaments quand vous rentrez de l'hôpital
    .summary = Qui vous donne les nouveaux médicaments, qui change votre liste de médicaments renouvelables, et que faire avant d'en manquer.
    .intro = Vos médicaments peuvent changer quand vous restez à l'hôpital ou quand vous voyez une équipe de l'hôpital. Voici qui vous donne chaque quantité de médicaments, qui met votre liste à jour, et à qui demander.
    .keywords = médicaments après l'hôpital, nouveaux médicaments, médicaments changés, médicaments arrêtés, comprimés, traitement, ordonnance renouvelable, repeat prescription, liste de renouvellement, plus de médicaments, manquer de médicaments, première quantité, pharmacie, pharmacien, médicaments de sortie, anticoagulant, fluidifiant du sang, chimiothérapie, ligne d'assistance, quels médicaments dois-je prendre

medicines-after-hospital-first-supply =
    .title = L'hôpital vous donne la première quantité
    .body =
        Après un séjour à l'hôpital, vous devriez rentrer chez vous avec au moins 7 jours de chaque nouveau médicament. Si le traitement est plus court, vous recevez tout le traitement.
        Après un rendez-vous à la consultation, c'est différent. Si vous devez commencer tout de suite, l'hôpital vous en donne assez jusqu'à ce que votre GP (médecin de famille) ait le compte rendu de consultation. Sinon, le compte rendu demande à votre GP de le prescrire.
    .if-not = Si vous êtes sur le point de partir sans un nouveau médicament dont vous avez besoin tout de suite, demandez au personnel du service hospitalier (ward) ou de la consultation. Si vous êtes déjà chez vous, appelez le service hospitalier ou l'équipe de l'hôpital.
    .ask =
        Est-ce que je dois commencer ce médicament tout de suite ?
        Quelle quantité me donnez-vous ?
        Est-ce que c'est mon GP qui m'en donnera d'autres, ou vous ?

medicines-after-hospital-list =
    .title = Vous recevez une liste de vos médicaments
    .body =
        Avant votre départ, l'équipe du service hospitalier devrait vous dire quels médicaments sont nouveaux, lesquels ont changé, et lesquels vous devez arrêter.
        Cette liste est aussi dans la lettre que l'hôpital envoie à votre GP. Demandez-en une copie.
        Ne continuez pas à prendre un médicament que l'hôpital a arrêté, sauf si un médecin vous dit de le faire.
    .if-not = Si vous ne savez pas quels médicaments prendre, appelez le service hospitalier. Ou demandez à un pharmacien.
    .ask =
        Parmi mes médicaments, lesquels sont nouveaux, changés ou arrêtés ?
        Est-ce que je peux avoir une liste écrite ?

medicines-after-hospital-pharmacy =
    .title = Votre pharmacie peut vérifier vos médicaments
    .body =
        L'hôpital peut envoyer les détails de vos nouveaux médicaments à votre pharmacie habituelle. Ensuite, le pharmacien peut en parler avec vous.
        Le pharmacien compare votre nouvelle liste avec ce que vous preniez avant. Il peut repérer des problèmes.
        Vous pouvez demander au service hospitalier d'envoyer vos informations à la pharmacie où vous allez.
    .if-not = Si la pharmacie n'a pas eu de nouvelles de l'hôpital, apportez-lui la lettre que le service hospitalier vous a donnée. Demandez-lui de la vérifier.
    .ask =
        Pouvez-vous envoyer mes médicaments à ma pharmacie ?
        Est-ce que le pharmacien peut vérifier ma nouvelle liste avec moi ?

medicines-after-hospital-repeat =
    .title = Le cabinet de votre GP met à jour votre liste de médicaments renouvelables
    .body =
        Le cabinet de votre GP reçoit une lettre de l'hôpital. Ensuite, il met à jour vos ordonnances renouvelables.
        Vérifiez votre liste de médicaments renouvelables avant de commander. Vérifiez qu'elle montre vos nouveaux médicaments, et pas ceux que vous avez arrêtés.
        Commandez chaque renouvellement à l'avance, pour ne pas en manquer.
    .if-not = Si votre liste de médicaments renouvelables est fausse, ou si le nouveau médicament n'y est pas, contactez le cabinet de votre GP. S'il n'a pas encore la lettre, appelez l'équipe de l'hôpital ou le service hospitalier.
    .ask =
        Avez-vous reçu ma lettre de l'hôpital ?
        Est-ce que ma liste de médicaments renouvelables est à jour ?

medicines-after-hospital-running-out =
    .title = Si vous allez bientôt manquer de médicaments
    .body =
        Si vous allez bientôt manquer d'un médicament et que votre GP n'a pas la lettre, appelez l'équipe de l'hôpital ou le service hospitalier. Demandez-leur d'envoyer la lettre ou de vous en donner plus.
        Si le cabinet de votre GP est fermé et que vous avez besoin d'un médicament aujourd'hui, appelez le NHS 111. Il peut vous aider à l'obtenir dans une pharmacie.
    .if-not = Si personne ne peut vous aider et que vous vous sentez mal sans votre médicament, appelez le NHS 111 le jour même. En cas d'urgence, appelez le 999.
    .ask =
        Que dois-je faire si je n'ai plus de médicament pendant le week-end ?
        Est-ce que je peux sauter une prise de ce médicament sans danger ?

medicines-after-hospital-high-risk =
    .title = Les médicaments qui demandent une aide rapide
    .body =
        Avec certains médicaments, il faut une aide rapide si vous vous sentez malade. Les médicaments contre le cancer en font partie. Les médicaments qui rendent le sang plus fluide, ou qui rendent plus difficile la lutte contre les microbes, aussi.
        L'équipe de l'hôpital devrait vous donner une ligne d'assistance pour ces médicaments. Certaines sont ouvertes de jour comme de nuit. Gardez le numéro sur vous.
        Si vous vous sentez très mal, appelez tout de suite la ligne d'assistance. En cas d'urgence, appelez le 999.
    .if-not = Si vous n'avez pas de numéro de ligne d'assistance, appelez l'équipe de l'hôpital et demandez-en un. Si vous vous sentez mal et que vous n'arrivez pas à la joindre, appelez le NHS 111 le jour même.
    .ask =
        Est-ce qu'il y a une ligne d'assistance pour ce médicament ?
        Quels signes veulent dire que je dois l'appeler tout de suite ?
