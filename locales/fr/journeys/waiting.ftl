# Journey: waiting for a hospital visit.
# Structure and sources: src/journeys/waiting.rs

waiting =
    .title = Pendant que vous attendez un rendez-vous à l'hôpital
    .summary = Qui s'occupe de vous pendant l'attente, et qui prévenir si votre état s'aggrave.
    .intro = Vous êtes sur une liste pour voir une équipe de l'hôpital. Voici qui fait quoi pendant que vous attendez. Ce guide dit aussi qui appeler si votre état s'aggrave.
    .keywords = liste d'attente, temps d'attente, attendre, combien de temps, longue attente, toujours en attente, état qui s'aggrave, je me sens plus mal, symptômes plus forts, nouveaux symptômes, plus tôt, accélérer, se dépêcher, avancer sur la liste, date du rendez-vous, quand est mon rendez-vous, my planned care, attente moyenne, SMS de l'hôpital, avez-vous toujours besoin de votre rendez-vous, tension, pression artérielle, rester en bonne santé, autres problèmes de santé, relancer l'hôpital

waiting-list =
    .title = L'hôpital garde votre place
    .body =
        L'équipe de l'hôpital s'occupe de la liste et de votre place sur cette liste.
        Vous pouvez voir l'attente moyenne sur le site internet My Planned Care. Il montre chaque hôpital et chaque type de soins. Il est mis à jour chaque semaine.
        Ce n'est qu'une moyenne, donc votre propre attente peut être plus longue ou plus courte. Le site ne montre pas les attentes pour les soins du cancer.
    .if-not = Si l'hôpital ne vous a pas contacté au moment qu'on vous avait annoncé, appelez l'équipe de l'hôpital. Demandez-lui de vérifier que vous êtes sur la liste.
    .ask =
        Combien de temps vais-je attendre, à peu près ?
        Qui dois-je appeler si mes projets changent ?
        Allez-vous me prévenir si l'attente devient plus longue ?

waiting-check =
    .title = L'hôpital vérifie que vous avez toujours besoin de venir
    .body =
        L'hôpital peut vous contacter pour vérifier que vous avez toujours besoin de votre rendez-vous. C'est souvent par SMS.
        Merci de répondre si vous pouvez. Si vous n'avez plus besoin du rendez-vous, dites-le. Comme ça, quelqu'un d'autre peut avoir votre place.
        Si vous ne répondez pas, vous ne perdez pas votre place juste pour cela. L'hôpital essaiera de vous joindre d'une autre façon, ou demandera à votre GP (médecin de famille).
        Certains SMS qui semblent venir du NHS sont des arnaques. Le NHS ne vous demandera pas de payer ni de donner vos coordonnées bancaires. Si vous n'êtes pas sûr qu'un SMS est vrai, n'utilisez pas son lien. Appelez le numéro indiqué sur votre lettre de l'hôpital.
    .if-not = Si vous avez manqué le SMS, ou si vous avez répondu par erreur, appelez l'équipe de l'hôpital et dites-le-lui.
    .ask =
        Comment allez-vous me contacter ?
        Que se passe-t-il si je ne vois pas votre SMS ?

waiting-care =
    .title = Votre GP s'occupe toujours de vous
    .body =
        Le cabinet de votre GP s'occupe toujours de vos autres problèmes de santé. Par exemple, il vous aide à contrôler votre tension.
        C'est important. Cela aide à éviter que votre traitement à l'hôpital soit retardé.
        Vous pouvez aussi aider. Continuez à prendre vos médicaments. Allez à vos rendez-vous de contrôle.
        Si vous avez un nouveau problème qui n'est pas lié à celui pour lequel vous attendez, allez voir votre GP comme d'habitude.
    .if-not = Si vous devez avoir un rendez-vous de contrôle et que vous n'avez pas de nouvelles, contactez le cabinet de votre GP.
    .ask =
        Que puis-je faire pour rester en bonne santé pendant l'attente ?
        Est-ce que mes autres problèmes de santé sont bien contrôlés ?
        Quand est mon prochain rendez-vous de contrôle ?

waiting-worse =
    .title = Si votre état s'aggrave
    .body =
        Si votre état s'aggrave beaucoup, ou si vous avez de nouveaux symptômes qui vous inquiètent, contactez le cabinet de votre GP ou appelez le NHS 111 le jour même.
        En cas d'urgence, appelez le 999.
        Prévenez aussi l'équipe de l'hôpital. Un médecin de l'équipe peut voir si vous devez être vu plus tôt.
        Votre GP peut aussi demander à l'hôpital de vous voir plus tôt, ou rendre l'orientation urgente.
    .if-not = Si l'équipe de l'hôpital ne vous a pas rappelé avant la fin du jour ouvrable suivant, appelez à nouveau. N'attendez pas l'équipe si vous vous sentez plus mal : appelez le cabinet de votre GP ou le NHS 111 le jour même.
    .ask =
        Quels changements doivent me pousser à vous appeler ?
        Qui dois-je appeler la nuit ou le week-end ?

waiting-questions =
    .title = Si vous avez une question
    .body =
        Si vous avez une question sur votre rendez-vous, demandez à l'équipe de l'hôpital. L'hôpital doit vous dire comment le joindre. Regardez sur votre lettre ou votre SMS.
        L'équipe de l'hôpital devrait vous répondre elle-même. Elle ne devrait pas vous dire de demander à votre GP.
        Si vous attendez depuis longtemps, vous pouvez demander à aller dans un autre hôpital. Lisez le guide sur vos droits sur la liste d'attente.
    .if-not = Si vous n'obtenez pas de réponse, demandez l'équipe d'aide aux patients de l'hôpital. Elle aide quand les choses se passent mal.
    .ask =
        Quel est le meilleur moyen de vous joindre ?
        À qui puis-je parler de ma place sur la liste ?
