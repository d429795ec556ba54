# Journey: your child is sent to a children's doctor. Written for parents and carers.
# Structure and sources: src/journeys/child_referral.rs

child-referral =
    .title = Votre enfant est envoyé vers un médecin pour enfants
    .summary = Qui prend le rendez-vous de votre enfant, qui appeler pendant l'attente, et qui vous donne les résultats.
    .intro = Votre GP (médecin de famille) veut qu'un médecin pour enfants de l'hôpital aide à soigner votre enfant. Comme vous êtes le parent ou la personne qui s'occupe de l'enfant, on vous dit ce qui se passe pour votre enfant. Voici ce qui se passe ensuite, et qui fait chaque partie.
    .keywords = enfant, enfants, mon enfant, fils, fille, bébé, petits, pédiatre, pédiatrie, médecin pour enfants, hôpital pour enfants, orientation d'un enfant, orientation, referral, lettre de l'hôpital, rendez-vous, liste d'attente, parent, aidant, enfant plus malade, l'état de l'enfant s'aggrave

child-referral-advice =
    .title = Votre GP peut d'abord demander conseil à un médecin pour enfants
    .body =
        Un médecin pour enfants s'appelle un pédiatre. Votre GP peut d'abord demander conseil à un pédiatre au sujet de votre enfant. Cela peut se faire par téléphone ou en ligne.
        Dans certaines régions, un pédiatre vient dans les cabinets de GP pour y voir des enfants. Certains enfants peuvent être soignés chez eux par une équipe de l'hôpital.
        Grâce au conseil, votre enfant n'aura peut-être pas besoin d'aller à l'hôpital. Votre GP vous dit ce que le pédiatre a dit.
    .if-not = Si vous n'êtes pas sûr de ce que votre GP fait pour votre enfant, contactez le cabinet de votre GP et demandez.
    .ask =
        Est-ce que vous demandez conseil à un pédiatre, ou est-ce que vous envoyez mon enfant à l'hôpital ?
        Comment allez-vous me dire ce que le pédiatre a dit ?

child-referral-sent =
    .title = Votre GP envoie la demande d'orientation
    .body =
        Si votre enfant doit voir un pédiatre, votre GP lui écrit. Cela s'appelle une orientation (referral).
        Votre GP dit aussi dans quel délai votre enfant doit être vu. Une orientation peut être normale ou urgente.
        Parfois, l'hôpital demande d'abord des examens. Dans ce cas, votre GP les organise avant d'envoyer l'orientation.
        On vous dit les mêmes choses qu'on dirait à un patient adulte. On vous les dit à la place de votre enfant.
    .if-not = Demandez à votre GP quand vous devriez avoir des nouvelles de l'orientation. Si vous n'avez toujours rien à ce moment-là, contactez le cabinet de votre GP. Demandez si l'orientation a été envoyée.
    .ask =
        Pourquoi mon enfant doit-il voir un pédiatre ?
        Est-ce que l'orientation est normale ou urgente ?
        Est-ce que mon enfant doit d'abord passer des examens ?

child-referral-booking =
    .title = Vous recevez une lettre, un e-mail ou un SMS pour prendre rendez-vous
    .body =
        Vous pouvez recevoir une lettre avec un numéro de réservation et un mot de passe. Gardez-la bien.
        Ou vous pouvez recevoir un e-mail ou un SMS. Il contient un lien pour prendre rendez-vous dans la NHS App (l'application du NHS) ou sur le NHS website (le site internet du NHS).
        Utilisez-le pour choisir une date et une heure pour votre enfant, ou pour appeler l'équipe des rendez-vous.
        Certains SMS qui semblent venir du NHS sont des arnaques. Le NHS ne vous demandera pas de payer ni de donner vos coordonnées bancaires. Si vous n'êtes pas sûr, n'utilisez pas le lien. Appelez le numéro indiqué sur votre lettre.
    .if-not = Si rien n'est arrivé à la date donnée par votre GP, appelez le numéro indiqué sur votre lettre d'orientation. Si vous n'avez pas de lettre, demandez au cabinet de votre GP.
    .ask =
        Est-ce que je peux choisir l'hôpital où va mon enfant ?
        Est-ce que mon enfant peut être vu près de chez nous ?

child-referral-waiting =
    .title = Votre enfant attend d'être vu
    .body =
        L'équipe de l'hôpital s'occupe de la place de votre enfant sur la liste.
        L'hôpital peut vous envoyer un SMS pour vérifier que votre enfant a toujours besoin d'être vu. Répondez si vous pouvez. Si vous ne répondez pas, appelez l'équipe de l'hôpital. Votre enfant ne sera pas retiré de la liste juste parce que vous n'avez pas répondu.
        Si vous avez une question sur le rendez-vous, demandez à l'équipe de l'hôpital. Elle devrait vous répondre, et pas vous renvoyer vers votre GP.
    .if-not = Si l'hôpital ne vous a pas contacté au moment qu'on vous avait annoncé, appelez l'équipe de l'hôpital.
    .ask =
        Combien de temps faut-il attendre pour voir cette équipe ?
        Qui dois-je appeler si nos projets changent ?

child-referral-worse =
    .title = Si votre enfant semble plus malade
    .body =
        Faites confiance à ce que vous ressentez. C'est vous qui connaissez le mieux votre enfant.
        Appelez le 999 si votre enfant a du mal à respirer, est très difficile à réveiller, ou fait une crise convulsive. Appelez aussi le 999 s'il a une éruption sur la peau qui ne disparaît pas quand vous appuyez un verre dessus.
        Si votre enfant semble plus malade, ou si vous êtes inquiet, contactez le cabinet de votre GP ou appelez le NHS 111 le jour même.
        Prévenez aussi l'équipe de l'hôpital. Un médecin de l'équipe peut voir si votre enfant doit être vu plus tôt. Votre GP peut aussi rendre l'orientation urgente.
    .if-not = Si l'équipe de l'hôpital ne vous a pas rappelé avant la fin du jour ouvrable suivant, appelez à nouveau. N'attendez pas l'équipe si votre enfant semble aller plus mal : appelez le cabinet de votre GP ou le NHS 111 le jour même.
    .ask =
        Quels signes doivent me pousser à vous appeler ?
        Est-ce que mon enfant peut être vu plus tôt si son état s'aggrave ?

child-referral-visit =
    .title = Le premier rendez-vous de votre enfant
    .body =
        Votre enfant voit le pédiatre ou une autre personne de l'équipe pour enfants. Ils peuvent vous parler à tous les deux, examiner votre enfant ou faire des examens.
        Apportez la lettre, une liste des médicaments de votre enfant et les questions que vous avez.
        Pour chaque partie des soins de votre enfant, une seule équipe devrait être responsable. Si vous ne savez pas quelle équipe, demandez.
        Les enfants plus âgés peuvent vouloir parler seuls au médecin pendant une partie du rendez-vous. Les jeunes peuvent souvent choisir ce qui est dit à leurs parents.
    .if-not = Si le rendez-vous est annulé, l'équipe de l'hôpital devrait vous donner une nouvelle date. Appelez-la si vous n'en avez pas eu.
    .ask =
        D'après vous, quel est le problème ?
        Quelle équipe est responsable de chaque partie des soins de mon enfant ?
        Qui dois-je appeler si j'ai une question plus tard ?

child-referral-letter =
    .title = L'hôpital écrit à votre GP
    .body =
        Après le rendez-vous, l'équipe de l'hôpital écrit à votre GP si votre GP doit faire quelque chose. Cela s'appelle un compte rendu de consultation (clinic letter). Vous devriez aussi en recevoir une copie.
    .if-not = Si le cabinet de votre GP n'a pas reçu la lettre dans le délai indiqué, appelez l'équipe de l'hôpital. Demandez-lui de l'envoyer.
    .ask =
        Est-ce que notre GP doit faire quelque chose ?
        Est-ce que je peux avoir une copie de la lettre ?

child-referral-results =
    .title = Examens et résultats
    .body =
        Si l'équipe de l'hôpital demande un examen, elle regarde le résultat et vous le donne.
        Les prises de sang des enfants se font souvent dans une consultation pour enfants à l'hôpital. Demandez à l'équipe où aller.
        Quel que soit l'endroit où l'examen est fait, c'est l'équipe qui l'a demandé qui vous donne le résultat.
    .if-not = Si un résultat est en retard, contactez l'équipe qui a demandé l'examen.
    .ask =
        Où mon enfant doit-il passer l'examen ?
        Quand et comment allez-vous me donner les résultats ?
        Est-ce que mon enfant doit vous revoir ?
