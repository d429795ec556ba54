# Journey: getting a fit note.
# Structure and sources: src/journeys/fit_notes.rs

fit-notes =
    .title = Avoir un arrêt de travail
    .summary = Quand vous avez besoin d'un arrêt de travail, qui vous le donne, et que faire si vous ne l'avez pas eu.
    .intro = Un arrêt de travail (fit note) dit si vous êtes assez bien pour travailler. Certaines personnes l'appellent « sick note ». Voici quand vous en avez besoin, qui vous le donne, et que faire si vous ne l'avez pas eu.
    .keywords = arrêt de travail, arrêt maladie, certificat médical, sick note, fit note, absent du travail, congé maladie, mot du médecin, certificat d'aptitude au travail, med 3, certificat pour le travail, certificat pour mon patron, employeur, indemnités maladie, sick pay, auto-déclaration, self certify, self-certification, universal credit, allocations, aides sociales, ESA

fit-notes-first-week =
    .title = Les 7 premiers jours d'absence
    .body =
        Pendant les 7 premiers jours où vous êtes malade, vous n'avez pas besoin d'arrêt de travail. Les jours où vous ne travaillez pas comptent aussi.
        Vous prévenez vous-même votre employeur. Certains employeurs ont un formulaire pour cela.
        Si vous êtes absent plus de 7 jours, vous avez besoin d'un arrêt de travail.
    .if-not = Si votre employeur demande un arrêt de travail pour les 7 premiers jours, dites-lui que vous pouvez remplir son formulaire, ou le formulaire du site GOV.UK.
    .ask =
        Est-ce que j'ai déjà besoin d'un arrêt de travail ?
        Comment dire à mon employeur que je suis malade ?

fit-notes-hospital =
    .title = L'hôpital vous en donne un
    .body =
        L'équipe de l'hôpital pense que vous serez absent du travail plus longtemps que cela ? Alors elle vous donne un arrêt de travail avant votre départ.
        Il devrait couvrir toute la durée d'absence prévue par l'équipe. Donc vous ne devriez pas avoir besoin d'un deuxième arrêt de votre GP (médecin de famille) pour cela.
        Vous pouvez le donner à votre employeur. Vous pouvez aussi l'utiliser pour des aides, comme le Universal Credit (une aide de l'État).
    .if-not = Si vous partez sans arrêt de travail, appelez l'équipe de l'hôpital. Demandez-lui de vous envoyer un arrêt de travail.
    .ask =
        Combien de temps pensez-vous que je serai absent du travail ?
        Est-ce que je peux avoir un arrêt de travail pour toute cette durée ?
        Est-ce que je peux faire un peu de travail, ou un travail plus léger ?

fit-notes-who =
    .title = Qui peut le signer
    .body =
        Un arrêt de travail ne doit pas forcément venir d'un médecin.
        Un infirmier, un pharmacien, un kinésithérapeute ou un ergothérapeute peut vous en donner un, s'il vous a examiné.
        Un kinésithérapeute aide votre corps à bouger. Un ergothérapeute vous aide à faire les tâches de tous les jours.
        Donc la personne qui vous soigne peut être celle qui vous donne votre arrêt de travail.
    .if-not = Si la personne qui vous soigne ne peut pas vous en donner un, demandez-lui qui, dans son équipe, peut le faire.
    .ask =
        Pouvez-vous me donner un arrêt de travail ?
        Sinon, qui dans votre équipe peut le faire ?

fit-notes-missing =
    .title = Si vous n'en avez pas eu
    .body =
        Si l'hôpital pensait que vous seriez absent du travail mais ne vous a pas donné d'arrêt de travail, appelez l'équipe de l'hôpital qui vous a soigné.
        C'est à elle de vous le donner. Votre GP ne devrait pas avoir à le faire à sa place.
    .if-not = Si l'équipe de l'hôpital ne vous aide pas, demandez l'équipe d'aide aux patients de l'hôpital.
    .ask =
        Pouvez-vous m'envoyer mon arrêt de travail par la poste ou par e-mail ?
        Est-ce qu'il couvre toute la durée de mon absence ?

fit-notes-gp =
    .title = Quand c'est votre GP qui le donne
    .body =
        Le cabinet de votre GP donne des arrêts de travail pour les problèmes que votre GP soigne.
        Pour un problème que l'hôpital soigne, demandez d'abord à l'équipe de l'hôpital.
        Si vous ne savez pas qui vous soigne pour un problème, demandez au cabinet de votre GP.
    .if-not = Si personne ne peut vous donner d'arrêt de travail, demandez au cabinet de votre GP ce qu'il faut faire.
    .ask =
        Qui me soigne pour ce problème ?
        Pouvez-vous me donner un arrêt de travail pour ce problème ?
