# Journey: after a hospital clinic visit.
# Structure and sources: src/journeys/after_appointment.rs

after-appointment =
    .title = Après un rendez-vous avec une équipe de l'hôpital
    .summary = Ce qui se passe après un rendez-vous avec une équipe de l'hôpital, et qui fait chaque chose.
    .intro = Vous avez vu une équipe de l'hôpital en consultation. Voici ce qui se passe ensuite. Ce guide dit qui fait chaque partie, et à qui demander.
    .keywords = après le rendez-vous, après la consultation, consultation externe, compte rendu de consultation, lettre au GP, lettre de l'hôpital, lettre du spécialiste, suivi, prochain rendez-vous, revenir, autres examens, la lettre demande un examen au GP, qui prend rendez-vous pour l'examen, résultats, qui contacter, à qui demander, questions, plainte, se plaindre, PALS, aide aux patients, problème avec l'hôpital, GP et hôpital, demandez à votre GP, envoyé vers une autre équipe

after-appointment-letter =
    .title = L'hôpital écrit à votre GP
    .body =
        Après votre rendez-vous, l'équipe de l'hôpital écrit une lettre à ce sujet. Cela s'appelle un compte rendu de consultation (clinic letter).
        Si votre GP (médecin de famille) doit faire quelque chose, la lettre dit quoi. Vous devriez aussi en recevoir une copie.
        L'équipe de l'hôpital fait elle-même les autres parties de votre plan.
    .if-not = Si le cabinet de votre GP n'a pas reçu la lettre dans le délai indiqué, appelez l'équipe de l'hôpital. Demandez-lui de l'envoyer.
    .ask =
        Est-ce que mon GP doit faire quelque chose ?
        Est-ce que je peux avoir une copie de la lettre ?
        Qui va faire chaque partie de mon plan ?

after-appointment-gp-task =
    .title = Si la lettre demande à votre GP de faire quelque chose
    .body =
        Parfois, la lettre demande à votre GP de faire une tâche, comme un examen ou une nouvelle ordonnance.
        Attendez que la lettre soit arrivée chez votre GP. Ensuite, contactez le cabinet de votre GP pour prendre rendez-vous ou poser la question.
        Si l'équipe de l'hôpital a demandé un examen elle-même, elle devrait vous dire comment prendre rendez-vous. Elle vous donne aussi le résultat.
    .if-not = Si le cabinet de votre GP n'est pas sûr de ce que la lettre demande, il peut demander à l'équipe de l'hôpital. Vous pouvez aussi appeler vous-même l'équipe de l'hôpital.
    .ask =
        Qui prend rendez-vous pour cet examen, vous ou mon GP ?
        Qui va me donner le résultat ?

after-appointment-tests =
    .title = L'hôpital fait ses propres examens
    .body =
        Si l'équipe de l'hôpital veut que vous passiez d'autres examens, elle les demande. Elle regarde les résultats et vous dit ce qu'ils veulent dire.
        L'endroit où vous passez l'examen dépend de l'endroit où vous vivez. Demandez à l'équipe de l'hôpital où aller.
        Quel que soit l'endroit où l'examen est fait, c'est l'équipe de l'hôpital qui l'a demandé qui vous donne le résultat.
    .if-not = Si vous n'avez pas de nouvelles d'un résultat à la date qu'on vous a donnée, appelez l'équipe de l'hôpital.
    .ask =
        Pourquoi ai-je besoin de cet examen ?
        Où dois-je aller pour le faire ?
        Comment et quand allez-vous me donner le résultat ?

after-appointment-next =
    .title = Si vous devez revenir
    .body =
        Si vous devez revoir l'équipe, elle devrait vous dire comment cela va être organisé. Quand l'hôpital veut vous revoir, il prend lui-même le rendez-vous ou l'examen.
        Certaines équipes vous demandent plutôt de les contacter quand vous avez besoin d'elles. Cela s'appelle le suivi à la demande du patient. Demandez pendant combien de temps vous pouvez le faire. Le guide sur le suivi en dit plus.
        Si vous devez voir une autre équipe de l'hôpital pour un problème lié, l'équipe de l'hôpital vous envoie vers elle. Vous n'avez pas besoin de repasser d'abord par votre GP.
    .if-not = On vous a dit que l'hôpital allait prendre votre prochain rendez-vous ? Si vous n'avez pas de nouvelles à la date prévue, appelez l'équipe de l'hôpital.
    .ask =
        Est-ce que je dois revenir, et quand ?
        Allez-vous prendre mon prochain rendez-vous, ou dois-je vous contacter ?
        Est-ce que je dois voir une autre équipe ?

after-appointment-questions =
    .title = Si vous avez une question
    .body =
        L'hôpital doit vous dire comment le contacter. Regardez sur votre compte rendu de consultation ou sur le site internet de l'hôpital.
        Si vous avez une question sur vos soins à l'hôpital, demandez à l'équipe de l'hôpital. Elle devrait y répondre elle-même. Elle ne devrait pas vous dire de demander à votre GP.
    .if-not = Si vous n'obtenez pas de réponse, demandez l'équipe d'aide aux patients de l'hôpital. Elle aide quand les choses se passent mal.
    .ask =
        Quel est le meilleur moyen de vous joindre ?
        À qui dois-je poser mes questions sur mes nouveaux médicaments ?

after-appointment-problems =
    .title = Si les choses se passent mal
    .body =
        Parfois, les choses se passent mal entre votre GP et l'hôpital. Par exemple, chacun peut dire que c'est à l'autre de faire une tâche.
        Si cela arrive, demandez l'équipe d'aide aux patients de l'hôpital. On l'appelle souvent PALS. Elle aide quand les choses se passent mal.
        Chaque hôpital a aussi un responsable désigné. Son travail est d'aider l'hôpital et les cabinets de GP à bien travailler ensemble.
    .if-not = Si l'équipe d'aide aux patients ne peut pas vous aider, demandez-lui comment faire une plainte. Vous pouvez aussi le dire au cabinet de votre GP.
    .ask =
        Qui va régler ce problème ?
        Pouvez-vous en parler au responsable qui travaille avec les cabinets de GP ?
