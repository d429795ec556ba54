# Journey: Why your GP practice asks what the problem is.
# Structure and sources: src/journeys/care_navigation.rs

care-navigation =
    .title = Pourquoi l'accueil vous demande ce qui ne va pas
    .summary = Pourquoi le cabinet de votre GP pose des questions sur votre problème, qui vous pouvez voir, et comment un conseiller de liaison peut vous aider.
    .intro = Quand vous contactez le cabinet de votre GP (médecin de famille), le personnel peut vous demander quel est le problème. Il pose la question pour vous envoyer vers la bonne personne. Voici comment cela marche.
    .keywords = réceptionniste, secrétaire, accueil, pourquoi ils demandent, ce qui ne va pas, prendre rendez-vous chez le GP, voir un GP, orientation des patients, care navigation, care navigator, infirmier, infirmière, pharmacien, kiné, kinésithérapeute, physio, prescription sociale, social prescribing, conseiller de liaison, link worker, seul, solitude, groupes locaux, associations, bénévoles

care-navigation-ask =
    .title = Le personnel vous demande quel est le problème
    .body =
        Quand vous appelez ou que vous venez au cabinet, la personne de l'accueil peut vous demander quel est le problème. Ce n'est pas par curiosité.
        Elle pose la question pour vous aider à voir la bonne personne. Cela s'appelle l'orientation des patients (care navigation). Les membres du personnel qui font cela s'appellent des « care navigators ».
    .if-not = Si vous ne savez pas qui voir, demandez au personnel de vous aider à choisir.
    .ask =
        Quelle est la meilleure personne à voir pour moi ?
        Dans combien de temps est-ce qu'on peut me voir ?

care-navigation-right-person =
    .title = Vous voyez la bonne personne
    .body =
        La bonne personne n'est pas toujours un GP. Cela peut être un infirmier ou un pharmacien. Un pharmacien est un expert des médicaments.
        Cela peut être un kinésithérapeute. Un kinésithérapeute aide pour les muscles, les articulations et les mouvements.
        Ou le personnel peut vous diriger vers un service en dehors du cabinet.
    .if-not = Si vous pensez avoir quand même besoin d'un GP, dites au personnel pourquoi. Si votre état s'aggrave, contactez à nouveau le cabinet de votre GP le jour même, ou appelez le NHS 111.
    .ask =
        Pourquoi cette personne est-elle la bonne pour mon problème ?
        Que dois-je faire si je ne vais pas mieux ?

care-navigation-ask-link-worker =
    .title = Vous demandez un conseiller de liaison
    .body =
        Certaines choses qui touchent votre santé ne sont pas médicales. Un conseiller de liaison (link worker) peut vous aider pour cela.
        Pour avoir un conseiller de liaison, demandez au cabinet de votre GP. Il peut vous mettre en contact.
        Cela s'appelle la prescription sociale (social prescribing).
    .if-not = Si le cabinet de votre GP ne vous met pas en contact, demandez-lui à nouveau. Demandez qui est le conseiller de liaison de votre secteur.
    .ask =
        Avez-vous un conseiller de liaison ici ?
        Dans combien de temps aurai-je des nouvelles de lui ?

care-navigation-link-worker =
    .title = Un conseiller de liaison vous aide
    .body =
        Un conseiller de liaison vous met en contact avec des groupes et des services près de chez vous.
        Ils peuvent être gérés par des habitants du quartier ou par des associations. Ils ne font pas partie du cabinet de votre GP.
        Le conseiller de liaison vous aide à trouver ceux qui vous conviennent.
    .if-not = Si vous n'avez pas eu de nouvelles d'un conseiller de liaison, contactez le cabinet de votre GP. Demandez-lui de vérifier.
    .ask =
        Quels groupes y a-t-il près de chez moi ?
        Pouvez-vous m'aider à commencer ?
