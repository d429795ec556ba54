# Journey: your test results.
# Structure and sources: src/journeys/test_results.rs

test-results =
    .title = Les résultats de vos examens
    .summary = Qui vous donne le résultat de votre examen, et que faire si vous n'avez pas de nouvelles.
    .intro = Un examen aide à trouver ce qui ne va pas, ou vérifie comment vous allez. L'équipe qui demande l'examen vous donne le résultat. Voici ce qui devrait se passer.
    .keywords = résultats d'examens, résultat d'examen, résultats, prise de sang, analyse de sang, bilan sanguin, scanner, IRM, échographie, radio, radiographie, analyse d'urine, prélèvement, biopsie, attendre les résultats, pas de résultats, pas de nouvelles, relancer pour les résultats, qui me donne mes résultats, résultat dans la NHS App, résultat anormal, examen à l'hôpital, examen au cabinet du GP, que veut dire mon résultat

test-results-asked =
    .title = On vous dit pourquoi vous avez besoin d'un examen
    .body =
        Une équipe de l'hôpital peut vous demander de passer un examen. Cela peut être une prise de sang, une radio ou un scanner.
        Elle devrait vous dire pourquoi vous en avez besoin et ce qu'il pourrait montrer.
        Elle devrait aussi vous dire comment vous aurez le résultat, qui vous le donnera, et avant quelle date.
        Si c'est votre GP (médecin de famille) qui demande un examen, c'est le cabinet de votre GP qui devrait vous dire ces choses.
    .if-not = Si on ne vous a pas dit comment vous aurez le résultat, demandez à l'équipe qui a demandé l'examen.
    .ask =
        Pourquoi ai-je besoin de cet examen ?
        Qu'est-ce qu'il pourrait montrer ?
        Qui va me donner le résultat, et quand ?

test-results-taken =
    .title = Vous passez l'examen
    .body =
        L'endroit où vous passez l'examen dépend de l'endroit où vous vivez. Cela peut être à l'hôpital, dans un centre de prise de sang près de chez vous, ou au cabinet de votre GP.
        Beaucoup de cabinets de GP ne peuvent pas faire de prise de sang pour les examens demandés par l'hôpital. Demandez à l'équipe qui a demandé l'examen où aller.
        Quel que soit l'endroit où il est fait, le résultat va à l'équipe qui l'a demandé.
        Un résultat peut mettre des jours ou des semaines à arriver. Cela dépend de l'examen.
    .if-not = Si vous ne pouvez pas aller à votre examen, prévenez dès que possible l'endroit qui a pris le rendez-vous. Demandez une nouvelle heure.
    .ask =
        Où dois-je aller pour mon examen ?
        Est-ce que je dois faire quelque chose avant, comme ne pas manger ?

test-results-app =
    .title = Vous verrez peut-être d'abord le résultat dans la NHS App
    .body =
        Beaucoup de résultats s'affichent maintenant tout seuls dans la NHS App (l'application du NHS). Vous pouvez voir un résultat avant que quelqu'un vous en ait parlé.
        Un résultat marqué comme pas normal n'est pas toujours grave. Certains résultats sont un peu en dehors des valeurs habituelles, et ce n'est pas un problème.
        Si un résultat vous inquiète, contactez l'équipe qui a demandé l'examen. Elle peut vous dire ce qu'il veut dire pour vous.
    .if-not = Si vous n'arrivez pas à joindre l'équipe et que vous êtes inquiet, appelez le cabinet de votre GP ou le NHS 111. En cas d'urgence, appelez le 999.
    .ask =
        Est-ce que mon résultat va s'afficher dans la NHS App ?
        Est-ce que quelqu'un va me parler avant que je le voie ?

test-results-told =
    .title = L'équipe vous donne le résultat
    .body =
        L'équipe qui a demandé l'examen regarde le résultat. Elle décide de la suite, et elle vous le dit.
        Si c'est une équipe de l'hôpital qui l'a demandé, c'est l'équipe de l'hôpital qui vous le dit. C'est vrai même si votre prise de sang a été faite au cabinet de votre GP.
        Votre GP peut peut-être voir le résultat, mais c'est l'équipe qui l'a demandé qui doit vous l'expliquer.
    .if-not = Si vous n'avez pas de nouvelles à la date qu'on vous a donnée, contactez l'équipe qui a demandé l'examen.
    .ask =
        Que veut dire mon résultat ?
        Que se passe-t-il ensuite ?
        Est-ce que mon GP doit faire quelque chose ?

test-results-chase =
    .title = Si vous n'avez pas de nouvelles
    .body =
        Si la date qu'on vous a donnée est passée, contactez l'équipe qui a demandé l'examen. N'attendez pas sans rien faire.
        Si c'est une équipe de l'hôpital qui l'a demandé, appelez l'équipe de l'hôpital. Si c'est votre GP qui l'a demandé, contactez le cabinet de votre GP.
        Si vous vous sentez plus mal pendant l'attente, appelez le cabinet de votre GP ou le NHS 111 le jour même. En cas d'urgence, appelez le 999.
    .if-not = Si vous n'arrivez toujours pas à avoir de réponse de l'hôpital, demandez son équipe d'aide aux patients. Elle aide quand les choses se passent mal.
    .ask =
        Avant quelle date aurais-je dû avoir des nouvelles ?
        Qui peut me parler de mon résultat ?
