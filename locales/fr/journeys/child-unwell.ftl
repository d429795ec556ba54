# Journey: your child seems more unwell. Written for parents and carers.
# Structure and sources: src/journeys/child_unwell.rs

child-unwell =
    .title = Si votre enfant semble plus malade
    .summary = Quand appeler le 999, quand avoir de l'aide le jour même, et qui prévenir si une équipe de l'hôpital suit votre enfant.
    .intro = L'état des enfants peut s'aggraver vite. C'est vous qui connaissez le mieux votre enfant. Voici quand demander de l'aide, qui appeler, et qui prévenir.
    .keywords = enfant malade, enfant pas bien, bébé malade, l'état de l'enfant s'aggrave, enfant plus malade, fièvre, forte température, boutons, éruption, ne mange pas, ne boit pas, respiration, mou, sans force, inquiet pour mon enfant, quand appeler le 999, quand appeler le 111, accès direct, open access, service de pédiatrie

child-unwell-emergency =
    .title = Quand appeler le 999
    .body =
        Appelez le 999 si votre enfant a du mal à respirer, ou s'il est très difficile à réveiller.
        Appelez aussi le 999 si votre enfant fait une crise convulsive, ou devient très pâle, bleu ou couvert de taches.
        Appelez le 999 si votre enfant a une éruption sur la peau qui ne disparaît pas quand vous appuyez un verre dessus.
    .if-not = Si vous n'arrivez pas à joindre le 999, continuez d'essayer. N'attendez pas de voir si votre enfant va mieux.
    .ask =
        Quels signes doivent me pousser à appeler le 999 ?

child-unwell-same-day =
    .title = Demandez de l'aide le jour même
    .body =
        Si votre enfant semble plus malade, ou si vous êtes inquiet, contactez le cabinet de votre GP (médecin de famille) ou appelez le NHS 111 le jour même.
        Dites-leur si votre enfant ne boit pas, s'il dort beaucoup plus que d'habitude, ou si son état s'aggrave.
        Le NHS 111 est ouvert de jour comme de nuit. Vous pouvez aussi aller sur 111.nhs.uk.
    .if-not = Si vous n'arrivez pas à joindre le cabinet de votre GP et que vous êtes inquiet, appelez le NHS 111. Si l'état de votre enfant s'aggrave, appelez le 999.
    .ask =
        À quoi dois-je faire attention cette nuit ?
        Quand dois-je vous rappeler ?

child-unwell-hospital-team =
    .title = Si une équipe de l'hôpital suit déjà votre enfant
    .body =
        Certains enfants peuvent retourner directement dans le service de pédiatrie s'ils tombent malades. Cela s'appelle l'accès direct (open access). Si votre enfant y a droit, l'équipe vous l'aura dit.
        Si vous avez un numéro pour l'équipe, appelez-la. Dites-lui que votre enfant est plus malade.
        Si vous n'arrivez pas à la joindre, contactez le cabinet de votre GP ou le NHS 111 le jour même. En cas d'urgence, appelez le 999.
    .if-not = Si l'équipe ne vous a pas rappelé et que votre enfant ne va pas mieux, appelez le NHS 111 ou le cabinet de votre GP. N'attendez pas.
    .ask =
        Est-ce que mon enfant a un accès direct au service ?
        Qui dois-je appeler la nuit ?

child-unwell-after =
    .title = Après que votre enfant a été vu
    .body =
        La personne qui a vu votre enfant devrait vous dire à quoi faire attention, et quand revenir.
        Si votre enfant est allé aux urgences (A&E) ou à l'hôpital, ils envoient une lettre à votre GP.
        Si votre enfant ne va pas mieux au moment qu'ils ont dit, ou si son état s'aggrave, demandez à nouveau de l'aide. Vous avez le droit de demander plus d'une fois.
    .if-not = Si vous ne savez pas quoi faire ensuite, appelez le NHS 111 ou le cabinet de votre GP.
    .ask =
        Quels signes veulent dire que je dois ramener mon enfant ?
        Combien de temps faut-il pour aller mieux ?
