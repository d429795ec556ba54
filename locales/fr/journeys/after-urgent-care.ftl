# Journey: after A&E or an urgent treatment centre.
# Structure and sources: src/journeys/after_urgent_care.rs

after-urgent-care =
    .title = Après les urgences (A&E) ou un centre de soins urgents
    .summary = Qui fait quoi après votre passage aux urgences (A&E), qui vous donne les résultats d'examens, et quand voir votre GP.
    .intro = Vous êtes allé aux urgences (A&E) ou dans un centre de soins urgents (urgent treatment centre), et maintenant vous êtes chez vous. Voici qui fait quoi ensuite, et qui contacter.
    .keywords = A&E, A and E, urgences, service des urgences, accident and emergency, emergency department, centre de soins urgents, urgent treatment centre, UTC, centre sans rendez-vous, walk-in centre, petites blessures, après les urgences, consultation des fractures, fracture, os cassé, résultats de radio, voir votre GP si, suivi après les urgences

after-urgent-care-letter =
    .title = L'hôpital informe votre GP de votre passage
    .body =
        Le service des urgences (A&E) ou le centre de soins urgents envoie une lettre sur votre passage au cabinet de votre GP (médecin de famille).
        Vous n'avez pas besoin de prendre rendez-vous avec votre GP juste pour lui dire que vous y êtes allé.
        Demandez une fiche de conseils s'ils en ont une, pour savoir à quoi faire attention chez vous.
    .if-not = Si le cabinet de votre GP a besoin de la lettre et ne l'a pas reçue, appelez le service des urgences (A&E) ou le centre de soins urgents. Demandez-leur de l'envoyer.
    .ask =
        Allez-vous parler de ma visite d'aujourd'hui à mon GP ?
        Est-ce que je peux avoir une fiche de conseils à emporter ?

after-urgent-care-follow-up =
    .title = L'hôpital prend votre prochain rendez-vous
    .body =
        Vous devrez peut-être revenir, par exemple à la consultation des fractures pour un os cassé. C'est l'hôpital qui prend ce rendez-vous, pas votre GP.
        Parfois, l'équipe des fractures vous appelle au lieu de vous voir.
    .if-not = Si on vous a dit que vous auriez des nouvelles pour le suivi et que ce n'est pas le cas, appelez le numéro indiqué sur votre fiche de conseils ou votre lettre. Si vous n'avez pas de numéro, appelez le numéro principal de l'hôpital.
    .ask =
        Est-ce que je dois revenir ? Qui va prendre le rendez-vous ?
        Comment allez-vous me contacter ?

after-urgent-care-results =
    .title = L'équipe qui a fait l'examen vous donne le résultat
    .body =
        Certains examens, comme les radios, sont regardés à nouveau après votre départ. L'équipe qui a demandé l'examen est responsable du résultat.
        Si un résultat demande de faire quelque chose, elle vous contacte, ou elle contacte votre GP. Demandez-lui comment elle va le faire.
    .if-not = Si on vous a dit que vous auriez des nouvelles d'un résultat et que ce n'est pas le cas, appelez l'endroit où vous êtes allé.
    .ask =
        Est-ce qu'il reste des résultats à venir ?
        Qui va me les donner ?

after-urgent-care-see-gp =
    .title = Quand on vous dit : « Allez voir votre GP si… »
    .body =
        Le personnel peut vous dire de voir votre GP si quelque chose ne va pas mieux. Cela veut dire que vous devez contacter vous-même le cabinet de votre GP. Le cabinet ne saura pas qu'il doit vous contacter.
        Si on vous a donné un délai, contactez le cabinet de votre GP si vous n'allez pas mieux à la fin de ce délai.
    .if-not = Si vous n'arrivez pas à joindre le cabinet de votre GP et que vous êtes inquiet, appelez le NHS 111.
    .ask =
        À quoi dois-je faire attention ?
        Quand dois-je voir mon GP si cela ne va pas mieux ?

after-urgent-care-worse =
    .title = Si votre état s'aggrave
    .body =
        Si votre état s'aggrave, ou si vous avez de nouveaux symptômes qui vous inquiètent, appelez le NHS 111 ou contactez le cabinet de votre GP le jour même.
        Si le personnel vous a dit de revenir si quelque chose arrive, retournez-y.
        En cas d'urgence, appelez le 999.
    .if-not = Si vous n'arrivez pas à avoir de l'aide et que vous vous sentez très mal, appelez le 999.
    .ask =
        Quels signes veulent dire que je dois revenir ?
