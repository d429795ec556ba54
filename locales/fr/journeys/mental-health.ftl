# Journey: getting help for your mental health.
# Structure and sources: src/journeys/mental_health.rs

mental-health =
    .title = Avoir de l'aide pour votre santé mentale
    .summary = Où aller en cas de crise, comment demander une thérapie par la parole, et qui s'occupe de vous.
    .intro = Votre santé mentale compte autant que votre corps. Voici où trouver de l'aide, y compris en cas de crise, et qui fait chaque partie.
    .keywords = santé mentale, crise, idées suicidaires, envie de mourir, suicide, automutilation, se faire du mal, anxiété, angoisse, dépression, stress, moral bas, déprime, panique, thérapie par la parole, psychothérapie, soutien psychologique, thérapie, TCC, CBT, talking therapies, équipe de santé mentale, psychiatre, antidépresseurs, médicament pour la santé mentale

mental-health-crisis =
    .title = En cas de crise, demandez de l'aide maintenant
    .body =
        Si votre vie ou la vie de quelqu'un d'autre est en danger, appelez le 999 ou allez aux urgences (A&E).
        Si vous avez besoin d'aide maintenant, appelez le NHS 111 et choisissez l'option santé mentale. C'est ouvert de jour comme de nuit, à tout âge.
        Si vous avez déjà une équipe de santé mentale, utilisez le numéro de crise indiqué dans votre plan de soins.
    .if-not = Si vous n'arrivez pas à avoir quelqu'un au téléphone, appelez le 999 ou allez aux urgences (A&E).
    .ask =
        Qui dois-je appeler si je me sens encore comme ça ?

mental-health-talking-therapies =
    .title = Vous pouvez demander vous-même une thérapie par la parole
    .body =
        Les NHS Talking Therapies (thérapies par la parole du NHS) aident pour des sentiments comme l'inquiétude, le moral bas et le stress. Vous n'avez pas besoin de voir d'abord votre GP (médecin de famille).
        Vous pouvez vous inscrire vous-même, en ligne ou par téléphone. Cherchez NHS Talking Therapies sur le NHS website (le site internet du NHS) pour trouver le service près de chez vous.
        Ce service est pour les adultes. Les enfants et les jeunes ont leurs propres services. Demandez au cabinet de votre GP ou à l'école.
    .if-not = Si le service ne vous a pas répondu à la date qu'il avait donnée, contactez-le à nouveau. Si vous vous sentez plus mal pendant l'attente, contactez le cabinet de votre GP ou le NHS 111 le jour même.
    .ask =
        Combien de temps faut-il attendre pour une thérapie par la parole ici ?
        Quels types d'aide proposez-vous ?

mental-health-gp =
    .title = Votre GP peut vous aider et vous orienter
    .body =
        Votre GP peut parler avec vous de ce que vous ressentez, et de l'aide qui existe.
        Si vous avez besoin de plus d'aide, votre GP peut vous orienter vers une équipe de santé mentale. Cette équipe est faite de personnes comme des infirmiers, des médecins et des thérapeutes.
    .if-not = Si vous attendez l'équipe de santé mentale et que vous vous sentez plus mal, contactez le cabinet de votre GP ou appelez le NHS 111 le jour même. En cas de crise, appelez le NHS 111 et choisissez l'option santé mentale.
    .ask =
        Quelle aide existe pour moi ?
        Pouvez-vous m'orienter vers une équipe de santé mentale ?

mental-health-team =
    .title = L'équipe de santé mentale prévoit vos soins
    .body =
        Si une équipe de santé mentale s'occupe de vous, elle fait un plan de soins avec vous. Il dit qui est responsable de vos soins et comment joindre cette personne.
        Demandez à l'équipe son numéro de téléphone, et un numéro à appeler en cas de crise.
    .if-not = Si vous ne savez pas qui est responsable de vos soins, demandez à l'équipe. Ou demandez au cabinet de votre GP.
    .ask =
        Qui est responsable de mes soins ?
        Qui dois-je appeler en cas de crise ?

mental-health-medicines =
    .title = Qui vous donne vos médicaments
    .body =
        Souvent, l'équipe de santé mentale propose un médicament et votre GP le prescrit.
        Certains médicaments doivent être surveillés par un spécialiste, avec des prises de sang régulières. Alors l'équipe de santé mentale peut les prescrire, ou partager les soins avec votre GP.
        Demandez qui vous en donne d'autres, et qui fait les contrôles.
    .if-not = Si vous allez bientôt manquer de médicament et que vous ne savez pas à qui demander, contactez le cabinet de votre GP. S'il est fermé, appelez le NHS 111.
    .ask =
        Qui me donnera encore de ce médicament ?
        Est-ce qu'il faut des prises de sang avec ce médicament ?
