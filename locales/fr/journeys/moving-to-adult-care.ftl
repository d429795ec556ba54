# Journey: moving from children's to adult care. Written for young people.
# Structure and sources: src/journeys/moving_to_adult_care.rs

moving-to-adult-care =
    .title = Passer des soins pour enfants aux soins pour adultes
    .summary = Qui prépare votre passage aux soins pour adultes, et qui contacter avant et après.
    .intro = Vous avez un problème de santé qui dure longtemps. Cela s'appelle une maladie de longue durée. En grandissant, vos soins passent de l'équipe pour enfants aux services pour adultes. Voici qui fait quoi.
    .keywords = passer aux soins pour adultes, services pour adultes, transition, transfert, grandir, avoir 16 ans, avoir 18 ans, adolescent, ado, jeune, jeune adulte, hôpital pour enfants, maladie de longue durée, maladie chronique, consultation pour adultes, quitter les services pour enfants

moving-to-adult-care-plan =
    .title = Votre équipe pour enfants prépare le passage
    .body =
        Votre équipe pour enfants à l'hôpital prépare votre passage aux soins pour adultes. Elle devrait commencer à vous en parler au plus tard en Year 9 à l'école, quand vous avez 13 ou 14 ans.
        Vous devriez avoir une personne référente (une personne précise, dont vous connaissez le nom) qui vous aide à préparer le passage. Demandez qui c'est.
        Vous pouvez venir avec un parent ou la personne qui s'occupe de vous, si vous le voulez. Vous pouvez aussi demander à voir le médecin seul pendant une partie de chaque rendez-vous.
    .if-not = Si personne ne vous a parlé du passage, demandez à votre équipe pour enfants. Vous pouvez le demander à votre prochain rendez-vous.
    .ask =
        Quand est-ce que je vais passer aux soins pour adultes ?
        Qui est ma personne référente ?
        Est-ce que je peux vous voir seul pendant une partie du rendez-vous ?

moving-to-adult-care-before =
    .title = Avant le passage
    .body =
        Jusqu'au passage, votre équipe pour enfants reste responsable de vos soins.
        Vous devriez pouvoir rencontrer quelqu'un de l'équipe pour adultes avant le passage.
        Contactez votre équipe pour enfants si vous avez des questions, ou si votre maladie s'aggrave. Si vous n'allez pas bien et que vous ne savez pas quoi faire, appelez le cabinet de votre GP (médecin de famille) ou le NHS 111 le jour même. En cas d'urgence, appelez le 999.
    .if-not = Si l'équipe pour enfants ne vous a pas rappelé avant la fin du jour ouvrable suivant, appelez à nouveau. Si vous vous sentez plus mal, appelez le NHS 111 ou votre GP le jour même.
    .ask =
        Qui dois-je contacter jusqu'au passage ?
        Est-ce que je peux rencontrer l'équipe pour adultes avant le passage ?

moving-to-adult-care-adult-team =
    .title = L'équipe pour adultes prend le relais
    .body =
        Après le passage, une équipe pour adultes à l'hôpital peut s'occuper de votre maladie.
        Votre personne référente devrait rester en contact avec vous pendant environ 6 mois après le passage, pour vérifier que tout s'est bien passé.
        Pour chaque partie de vos soins, une seule équipe devrait être responsable. Vous devriez savoir quelle équipe c'est. Gardez son numéro de téléphone dans un endroit sûr.
    .if-not = Si vous ne savez pas qui est responsable maintenant, demandez à votre personne référente. Ou demandez au cabinet de votre GP.
    .ask =
        Quelle équipe est responsable de mes soins maintenant ?
        Comment puis-je vous contacter ?
        Tous les combien est-ce que je vais vous voir ?

moving-to-adult-care-gp =
    .title = Votre GP peut devenir votre médecin principal
    .body =
        À ce moment-là, votre GP peut devenir votre médecin principal. Cela veut dire que le cabinet de votre GP s'occupe d'une plus grande partie de vos soins.
        Demandez à votre équipe pour enfants si ce sera le cas pour vous.
        C'est aussi au cabinet de votre GP qu'il faut aller pour les nouveaux problèmes de santé.
    .if-not = Si vous ne savez pas si votre GP est maintenant votre médecin principal, demandez au cabinet de votre GP.
    .ask =
        Est-ce que vous êtes maintenant mon médecin principal ?
        Avez-vous mes lettres de l'hôpital ?
        Qui dois-je appeler si ma maladie s'aggrave ?
