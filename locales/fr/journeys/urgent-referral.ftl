# Journey: an urgent referral, including when cancer is possible.
# Structure and sources: src/journeys/urgent_referral.rs

urgent-referral =
    .title = Votre GP vous a envoyé en urgence à l'hôpital
    .summary = Ce qui se passe quand votre GP vous envoie vite à l'hôpital, et qui appeler si vous n'avez pas de nouvelles.
    .intro = Votre GP (médecin de famille) veut qu'une équipe de l'hôpital vous voie bientôt. Cela s'appelle une orientation urgente (urgent referral). Votre GP vous a peut-être dit que c'est pour vérifier s'il y a un cancer. La plupart des personnes envoyées de cette façon n'ont pas de cancer. Voici ce qui se passe ensuite, et qui fait chaque partie.
    .keywords = orientation urgente, urgent referral, urgent, suspicion de cancer, cancer, est-ce un cancer, dépistage du cancer, attente de deux semaines, two week wait, 2 semaines, 2 week wait, procédure rapide, fast track, diagnostic plus rapide, directement à l'examen, boule, grosseur, scanner bientôt, l'hôpital m'appelle, numéro inconnu, biopsie

urgent-referral-sent =
    .title = Votre GP envoie une orientation urgente
    .body =
        Votre GP écrit à l'équipe de l'hôpital et indique que c'est urgent. Il devrait vous dire pourquoi.
        C'est urgent pour qu'un problème grave soit trouvé vite, ou écarté.
        Parfois, vous passez directement un examen, comme un scanner, avant de voir un spécialiste.
        Vérifiez que le cabinet de votre GP a votre bon numéro de téléphone et votre bonne adresse.
    .if-not = Si vous n'êtes pas sûr que l'orientation a été envoyée, contactez le cabinet de votre GP le jour ouvrable suivant et demandez.
    .ask =
        Pourquoi m'envoyez-vous en urgence ?
        À quel examen ou à quel rendez-vous dois-je m'attendre ?
        Est-ce que je peux avoir une brochure à ce sujet ?

urgent-referral-contact =
    .title = L'hôpital vous contacte bientôt
    .body =
        En général, l'hôpital vous contacte en quelques jours. Cela peut être par téléphone, par SMS ou par lettre.
        Répondez aux appels des numéros que vous ne connaissez pas, et regardez vos messages. Essayez de rester disponible pour y aller même si on vous prévient peu de temps avant.
    .if-not = Si personne ne vous a contacté après une semaine, appelez le cabinet de votre GP. Demandez-lui de vérifier que l'hôpital a reçu l'orientation. Vous pouvez aussi appeler l'équipe des rendez-vous de l'hôpital.
    .ask =
        Quand devrais-je avoir des nouvelles de l'hôpital ?
        Qui dois-je appeler si je ne peux pas venir le jour que vous me donnez ?

urgent-referral-tests =
    .title = L'équipe de l'hôpital fait des examens
    .body =
        L'équipe de l'hôpital peut faire des examens, comme un scanner, une prise de sang ou un examen avec une caméra. Elle vous dit à quoi sert chacun.
        Le NHS a pour objectif de vous dire si vous avez un cancer ou non dans un délai de 28 jours après l'orientation. La plupart des gens le savent plus tôt.
        Si cela prend plus de temps, l'équipe de l'hôpital devrait vous dire pourquoi, et ce qui se passe ensuite.
    .if-not = Si vous n'avez pas de nouvelles d'un résultat au moment que l'équipe avait annoncé, appelez l'équipe de l'hôpital.
    .ask =
        À quoi sert cet examen ?
        Quand vais-je avoir le résultat, et qui va me le donner ?

urgent-referral-result =
    .title = L'équipe de l'hôpital vous donne le résultat
    .body =
        L'équipe de l'hôpital vous donne le résultat. Elle écrit aussi à votre GP.
        Si ce n'est pas un cancer, elle vous dit ce qui se passe ensuite. Vous n'aurez peut-être pas besoin de la revoir. Ou elle peut vous envoyer vers une autre équipe.
        Si c'est un cancer, une équipe spécialisée s'occupe de vous. On vous donne le nom d'une personne à contacter, souvent un infirmier spécialisé.
    .if-not = Si on ne vous a pas donné votre résultat, appelez l'équipe de l'hôpital. N'attendez pas que votre GP vous le dise.
    .ask =
        Qui dois-je contacter si j'ai des questions ?
        Est-ce que je dois revenir ?
        À quoi dois-je faire attention à l'avenir ?

urgent-referral-worse =
    .title = Si votre état s'aggrave pendant l'attente
    .body =
        Si votre état s'aggrave beaucoup, ou si vous avez de nouveaux symptômes qui vous inquiètent, contactez le cabinet de votre GP ou appelez le NHS 111 le jour même.
        En cas d'urgence, appelez le 999.
        Prévenez aussi l'équipe de l'hôpital, pour qu'elle soit au courant.
    .if-not = Si l'équipe de l'hôpital ne vous a pas rappelé avant la fin du jour ouvrable suivant, appelez à nouveau. Si vous vous sentez plus mal, appelez le cabinet de votre GP ou le NHS 111 le jour même.
    .ask =
        Quels changements doivent me pousser à vous appeler ?
        Qui dois-je appeler la nuit ou le week-end ?
