# Journey: moving from private care to the NHS.
# Structure and sources: src/journeys/private_care.rs

private-care =
    .title = Passer des soins privés au NHS
    .summary = Qui vous donne les médicaments et fait les contrôles après un médecin privé, et comment entrer sur une liste du NHS.
    .intro = Vous avez vu un médecin privé, et maintenant vous voulez une partie de vos soins dans le NHS (le service public de santé). Certaines choses passent au NHS et d'autres non. Voici qui fait quoi.
    .keywords = privé, médecin privé, clinique privée, hôpital privé, spécialiste privé, ordonnance privée, payant, payé, assurance, mutuelle, passer au NHS, liste d'attente du NHS après le privé, le GP refuse de prescrire, examens privés

private-care-clinic =
    .title = La clinique privée s'occupe de ce qu'elle commence
    .body =
        La clinique privée vous donne la première ordonnance pour tout ce qu'elle commence. C'est vous qui payez.
        Si le médecin privé demande des examens ou des contrôles, la clinique privée les fait et vous donne les résultats.
        La clinique privée devrait écrire à votre GP (médecin de famille) au sujet de vos soins.
    .if-not = Si vous avez une question sur vos soins privés, contactez la clinique privée. Ses coordonnées sont sur votre lettre.
    .ask =
        Allez-vous écrire à mon GP ?
        Qui fait mes examens et mes contrôles ?

private-care-gp-prescribing =
    .title = Votre GP peut reprendre certains médicaments
    .body =
        Vous pouvez demander à votre GP de prescrire un médicament que le médecin privé a commencé. Votre GP décide si c'est bon pour vous.
        Votre GP peut dire non. C'est peut-être parce que le médicament doit être surveillé par un spécialiste. Ou parce qu'il n'est pas donné d'habitude par le NHS.
        Si votre GP dit non, la clinique privée continue à vous le donner.
    .if-not = Si vous allez bientôt manquer de médicament, contactez la clinique privée avant d'en manquer.
    .ask =
        Pouvez-vous me prescrire ce médicament par le NHS ?
        Sinon, que dois-je faire ?

private-care-nhs-list =
    .title = Entrer sur une liste d'attente du NHS
    .body =
        Pour être vu par une équipe d'un hôpital du NHS, il faut en général une orientation (referral) du NHS. Parlez-en à votre GP.
        Votre GP décide si vous avez besoin d'une orientation. Demandez à votre GP comment cela va se passer pour vous.
    .if-not = Si vous ne savez pas comment les règles marchent dans votre région, demandez au cabinet de votre GP.
    .ask =
        Pouvez-vous m'orienter vers le NHS pour ce problème ?
        Est-ce que je vais devoir attendre depuis le début ?

private-care-worse =
    .title = Si votre état s'aggrave
    .body =
        Si votre état s'aggrave beaucoup, ou si vous avez de nouveaux symptômes qui vous inquiètent, contactez le cabinet de votre GP ou appelez le NHS 111 le jour même. En cas d'urgence, appelez le 999.
        Prévenez aussi le médecin privé qui vous soigne.
    .if-not = Si personne ne vous a rappelé avant la fin du jour ouvrable suivant, appelez à nouveau. Si vous vous sentez plus mal, appelez le NHS 111 le jour même.
    .ask =
        Qui dois-je appeler si mon état s'aggrave la nuit ?
