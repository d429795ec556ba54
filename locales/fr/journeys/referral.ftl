# Journey: Your GP has referred you to a hospital team.
# Structure and sources: src/journeys/referral.rs

referral =
    .title = Votre GP vous a envoyé vers une équipe de l'hôpital
    .summary = Qui prend votre premier rendez-vous, qui appeler pendant l'attente, et que faire si votre état s'aggrave.
    .intro = Votre GP (médecin de famille) pense qu'une équipe de l'hôpital doit vous voir. Cela s'appelle une orientation (referral). Voici ce qui se passe ensuite, et qui fait chaque partie. Si votre GP a dit que c'est urgent, ou que cela pourrait être un cancer, lisez le guide sur les orientations urgentes.
    .keywords = orientation, referral, orienté, envoyé à l'hôpital, spécialiste, lettre de l'hôpital, orientation en ligne, e-referral, prise de rendez-vous, rendez-vous, consultant, consultation, liste d'attente, orientation normale

referral-sent =
    .title = Votre GP envoie la demande d'orientation
    .body =
        Votre GP écrit à l'équipe de l'hôpital. Il dit quel est le problème et pourquoi vous devez être vu.
        Votre GP dit aussi dans quel délai vous devez être vu. Une orientation peut être normale ou urgente.
        Parfois, l'hôpital demande d'abord des examens, comme une prise de sang. Dans ce cas, votre GP les fait avant d'envoyer l'orientation.
        Souvent, vous pouvez choisir dans quel hôpital vous allez. Demandez-le à votre GP quand il vous oriente.
    .if-not = Demandez à votre GP quand vous devriez avoir des nouvelles de l'orientation. Si vous n'avez toujours rien à ce moment-là, contactez le cabinet de votre GP. Demandez si l'orientation a été envoyée.
    .ask =
        Vers quelle équipe de l'hôpital m'envoyez-vous ?
        Est-ce que mon orientation est normale ou urgente ?
        Est-ce que je peux choisir dans quel hôpital je vais ?
        Est-ce que je dois d'abord passer des examens ?

referral-booking =
    .title = Vous recevez une lettre, un e-mail ou un SMS pour prendre rendez-vous
    .body =
        Vous pouvez recevoir une lettre avec un numéro de réservation et un mot de passe. Gardez-la bien.
        Ou vous pouvez recevoir un e-mail ou un SMS. Il contient un lien pour prendre rendez-vous dans la NHS App (l'application du NHS) ou sur le NHS website (le site internet du NHS).
        Utilisez-le pour choisir une date et une heure, ou pour appeler l'équipe des rendez-vous.
        Certains SMS qui semblent venir du NHS sont des arnaques. Le NHS ne vous demandera pas de payer ni de donner vos coordonnées bancaires pour prendre rendez-vous. Si vous n'êtes pas sûr, n'utilisez pas le lien. Appelez le numéro indiqué sur votre lettre, ou demandez au cabinet de votre GP.
    .if-not = Si rien n'est arrivé à la date donnée par votre GP, appelez le numéro indiqué sur votre lettre d'orientation. Si vous n'avez pas de lettre, demandez au cabinet de votre GP.
    .ask =
        Est-ce que je peux avoir plutôt un appel téléphonique ou vidéo ?
        Est-ce que je peux venir avec quelqu'un ?

referral-waiting =
    .title = Vous attendez votre premier rendez-vous
    .body =
        L'équipe de l'hôpital s'occupe de votre place sur la liste.
        L'hôpital peut vous envoyer un SMS pour vérifier que vous avez toujours besoin d'être vu. Répondez si vous pouvez. Si vous ne répondez pas, appelez l'équipe de l'hôpital. Elle ne vous retirera pas de la liste juste parce que vous n'avez pas répondu.
        Vous pouvez voir l'attente moyenne pour chaque hôpital sur le site internet My Planned Care. Ce n'est qu'une moyenne.
        Si vous avez une question sur votre rendez-vous, demandez à l'équipe de l'hôpital. Elle devrait vous répondre, et pas vous renvoyer vers votre GP.
    .if-not = Si l'hôpital ne vous a pas contacté au moment qu'on vous avait annoncé, appelez l'équipe de l'hôpital.
    .ask =
        Combien de temps faut-il attendre pour voir cette équipe ?
        Qui dois-je appeler si mes projets changent ?

referral-worse =
    .title = Si votre état s'aggrave pendant l'attente
    .body =
        Si votre état s'aggrave beaucoup, ou si vous avez de nouveaux symptômes qui vous inquiètent, contactez le cabinet de votre GP ou appelez le NHS 111 le jour même.
        En cas d'urgence, appelez le 999.
        Prévenez aussi l'équipe de l'hôpital. Un médecin de l'équipe peut voir si vous devez être vu plus tôt.
        Votre GP peut aussi demander à l'hôpital de vous voir plus tôt, ou rendre l'orientation urgente.
    .if-not = Si l'équipe de l'hôpital ne vous a pas rappelé avant la fin du jour ouvrable suivant, appelez à nouveau. N'attendez pas l'équipe si vous vous sentez plus mal : appelez le cabinet de votre GP ou le NHS 111 le jour même.
    .ask =
        Quels changements doivent me pousser à vous appeler ?
        Est-ce qu'on peut me voir plus tôt si mon état s'aggrave ?

referral-appointment =
    .title = Votre premier rendez-vous
    .body =
        Vous voyez l'équipe de l'hôpital. Elle peut parler avec vous, vous examiner ou faire des examens.
        Apportez votre lettre, une liste de vos médicaments et les questions que vous avez.
        Si vous ne pouvez pas y aller, prévenez l'équipe de l'hôpital dès que possible, pour qu'elle puisse donner votre place à quelqu'un d'autre.
    .if-not = Si votre rendez-vous est annulé, l'équipe de l'hôpital devrait vous donner une nouvelle date. Appelez-la si vous n'en avez pas eu.
    .ask =
        D'après vous, quel est le problème ?
        Que se passe-t-il ensuite, et qui va s'en occuper ?
        Qui dois-je appeler si j'ai une question plus tard ?

referral-letter =
    .title = L'hôpital écrit à votre GP
    .body =
        Après votre rendez-vous, l'équipe de l'hôpital écrit à votre GP si votre GP doit faire quelque chose. Cela s'appelle un compte rendu de consultation (clinic letter). Vous devriez aussi en recevoir une copie.
    .if-not = Si le cabinet de votre GP n'a pas reçu la lettre dans le délai indiqué, appelez l'équipe de l'hôpital. Demandez-lui de l'envoyer.
    .ask =
        Est-ce que je vais recevoir une copie de la lettre ?
        Est-ce que mon GP doit faire quelque chose ?

referral-after =
    .title = Ce que l'hôpital fait ensuite
    .body =
        Si vous avez besoin d'autres examens, l'équipe de l'hôpital les demande. Elle vous donne les résultats.
        Si vous devez revenir, l'équipe de l'hôpital devrait vous dire comment cela va être organisé. Parfois, c'est à vous de la contacter.
        Si vous devez voir une autre équipe de l'hôpital pour un problème lié, l'hôpital vous envoie vers elle. Vous n'avez pas besoin de repasser d'abord par votre GP.
    .if-not = Si on vous a dit que vous auriez des nouvelles d'un examen ou d'un rendez-vous et que ce n'est pas le cas, appelez l'équipe de l'hôpital.
    .ask =
        Est-ce que je dois vous revoir ?
        Allez-vous prendre le rendez-vous, ou dois-je vous contacter ?
        Qui me donne les résultats de mes examens ?
