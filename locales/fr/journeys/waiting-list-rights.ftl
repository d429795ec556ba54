# Journey: your rights on a waiting list.
# Structure and sources: src/journeys/waiting_list_rights.rs

waiting-list-rights =
    .title = Vos droits quand vous attendez des soins à l'hôpital
    .summary = Choisir votre hôpital, demander à changer d'hôpital après une longue attente, et comment reconnaître les faux SMS.
    .intro = Quand votre GP (médecin de famille) vous oriente vers l'hôpital, vous avez des droits sur l'endroit où vous êtes vu et sur le délai. Voici ces droits, et à qui demander.
    .keywords = droits, mes droits, choix, choisir l'hôpital, choisir où, autre hôpital, changer d'hôpital, attente plus courte, longue attente, 18 semaines, attendre trop longtemps, SMS sur la liste d'attente, ce SMS est-il vrai, arnaque, SMS d'arnaque, faux SMS, SMS du NHS, perdre ma place, plainte

waiting-list-rights-choice =
    .title = Souvent, vous pouvez choisir votre hôpital
    .body =
        Quand votre GP vous oriente vers l'hôpital, vous pouvez souvent choisir dans quel hôpital ou quelle consultation vous allez. C'est votre droit en Angleterre, pour la plupart des orientations normales.
        Vous pouvez comparer les attentes moyennes sur le site internet My Planned Care. Demandez à votre GP parmi quels endroits vous pouvez choisir.
    .if-not = Si on ne vous a pas proposé de choix et que vous en vouliez un, demandez au cabinet de votre GP. Vous pouvez aussi demander à l'équipe des rendez-vous quand vous prenez rendez-vous.
    .ask =
        Parmi quels hôpitaux puis-je choisir ?
        Lequel a l'attente la plus courte ?

waiting-list-rights-long-wait =
    .title = Si vous attendez depuis longtemps
    .body =
        Pour la plupart des problèmes qui ne sont pas urgents, vous avez le droit de commencer un traitement dans un délai de 18 semaines après une orientation. C'est écrit dans la NHS Constitution (la charte du NHS).
        Aujourd'hui, beaucoup d'attentes sont plus longues. Si c'est votre cas, vous pouvez demander à changer pour un autre hôpital où l'attente est plus courte.
        Demandez à l'équipe de l'hôpital. Dans certains cas, elle vous contactera pour vous le proposer.
    .if-not = Si l'équipe de l'hôpital ne peut pas vous aider, demandez au cabinet de votre GP. Vous pouvez aussi demander à l'équipe d'aide aux patients de l'hôpital.
    .ask =
        Est-ce qu'on peut me voir plus tôt ailleurs ?
        Si je change d'hôpital, est-ce que cela change qui s'occupe de moi ?

waiting-list-rights-texts =
    .title = Les SMS qui vérifient que vous avez toujours besoin d'être vu
    .body =
        L'hôpital peut vous envoyer un SMS pour vérifier que vous avez toujours besoin de votre rendez-vous. Répondez si vous pouvez. Si vous n'en avez plus besoin, dites-le.
        Vous ne serez pas retiré de la liste juste parce que vous n'avez pas répondu. Seuls vous ou un médecin pouvez décider que vous n'avez plus besoin d'être vu.
    .if-not = Si vous avez peur d'avoir été retiré de la liste, appelez l'équipe de l'hôpital et demandez.
    .ask =
        Est-ce que je suis toujours sur votre liste ?
        Comment allez-vous me contacter ?

waiting-list-rights-scams =
    .title = Comment reconnaître un SMS d'arnaque
    .body =
        Certains SMS font semblant de venir du NHS. Ils peuvent dire que vous allez perdre votre place si vous ne cliquez pas sur un lien.
        Le NHS ne vous demandera pas de payer, ni de donner vos coordonnées bancaires, pour garder votre place ou pour prendre rendez-vous.
        Si vous n'êtes pas sûr qu'un SMS est vrai, n'utilisez pas son lien. Appelez le numéro indiqué sur votre lettre de l'hôpital, ou demandez au cabinet de votre GP.
    .if-not = Si vous avez cliqué sur un lien et donné vos coordonnées bancaires, appelez tout de suite votre banque.
    .ask =
        Est-ce que ce SMS vient vraiment de vous ?

waiting-list-rights-help =
    .title = Si vous pensez que vos droits n'ont pas été respectés
    .body =
        D'abord, parlez à l'équipe de l'hôpital. Elle peut peut-être régler le problème.
        Sinon, demandez l'équipe d'aide aux patients de l'hôpital. Elle aide quand les choses se passent mal. Elle peut aussi vous dire comment faire une plainte.
    .if-not = Si l'équipe d'aide aux patients ne peut pas vous aider, demandez-lui comment faire une plainte. Vous pouvez aussi le dire au cabinet de votre GP.
    .ask =
        Qui peut m'aider pour ce problème ?
        Comment est-ce que je fais une plainte ?
