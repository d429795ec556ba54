# Journey: referring yourself, and Pharmacy First.
# Structure and sources: src/journeys/self_referral.rs

self-referral =
    .title = Avoir de l'aide sans voir d'abord votre GP
    .summary = Les services où vous pouvez aller par vous-même, ce qu'un pharmacien peut soigner, et qui s'occupe de vous ensuite.
    .intro = Pour certains problèmes, vous n'avez pas besoin de voir d'abord votre GP (médecin de famille). Vous pouvez contacter le service vous-même. Cela s'appelle s'orienter soi-même (self-referral). Voici comment cela marche, et qui fait quoi.
    .keywords = m'orienter moi-même, s'orienter soi-même, self referral, self-referral, sans GP, sans médecin, kiné, kinésithérapie, physio, mal de dos, podologie, pieds, problèmes de pieds, audition, audiologie, sage-femme, enceinte, grossesse, maternité, santé sexuelle, thérapies par la parole, talking therapies, pharmacy first, pharmacie, pharmacien, mal de gorge, angine, mal d'oreille, otite, sinusite, infection urinaire, cystite, UTI, zona, impétigo, piqûre d'insecte

self-referral-services =
    .title = Les endroits où vous pouvez aller par vous-même
    .body =
        Vous pouvez contacter vous-même certains services du NHS (le service public de santé), sans voir d'abord votre GP.
        Cela peut être la kinésithérapie pour les muscles et les articulations, les soins des pieds, les tests de l'audition et les thérapies par la parole. Vous pouvez aussi contacter une sage-femme quand vous êtes enceinte, et un centre de santé sexuelle.
        Les services que vous pouvez contacter vous-même dépendent de l'endroit où vous vivez.
    .if-not = Si vous ne trouvez pas le service, demandez au cabinet de votre GP. L'accueil peut vous dire comment le contacter.
    .ask =
        Est-ce que je peux m'inscrire moi-même à ce service ici ?
        Comment est-ce que je le contacte ?

self-referral-pharmacy-first =
    .title = Une pharmacie peut soigner certains problèmes
    .body =
        Un pharmacien peut vous examiner et vous donner un traitement pour certains problèmes courants, sans rendez-vous chez le GP. Cela s'appelle Pharmacy First.
        Ce sont le mal de gorge, le mal d'oreille, la douleur des sinus, le zona et l'impétigo. Les piqûres qui s'infectent, et les infections urinaires chez les femmes, sont aussi sur la liste. Certains de ces soins sont seulement pour certains âges.
        Si vous avez besoin d'un médicament qu'un médecin prescrirait d'habitude, le pharmacien peut vous le donner.
    .if-not = Si le pharmacien dit que vous devez voir un GP, il vous le dira. Alors contactez le cabinet de votre GP.
    .ask =
        Pouvez-vous soigner ce problème ici ?
        Que dois-je faire si je ne vais pas mieux ?

self-referral-in-charge =
    .title = Le service qui vous voit est responsable
    .body =
        Le service que vous avez contacté s'occupe de ce problème. Il vous donne les résultats des examens qu'il demande.
        Si votre GP doit être au courant, le service prévient votre GP.
    .if-not = Si le service ne vous répond pas au moment qu'il avait dit, contactez-le à nouveau.
    .ask =
        Qui dois-je contacter si j'ai une question ?
        Allez-vous prévenir mon GP ?

self-referral-gp =
    .title = Quand aller plutôt chez votre GP
    .body =
        Si vous ne savez pas où aller, demandez au cabinet de votre GP. Le personnel peut vous aider à choisir.
        Si vous n'allez pas mieux, ou si votre état s'aggrave, contactez le cabinet de votre GP ou appelez le NHS 111 le jour même. En cas d'urgence, appelez le 999.
    .if-not = Si vous n'arrivez pas à joindre le cabinet de votre GP et que vous êtes inquiet, appelez le NHS 111.
    .ask =
        Quel est le meilleur endroit où aller pour ce problème ?
