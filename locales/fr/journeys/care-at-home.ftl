# Journey: care at home after leaving hospital.
# Structure and sources: src/journeys/care_at_home.rs

care-at-home =
    .title = Les soins à domicile après un séjour à l'hôpital
    .summary = Qui prévoit l'aide à domicile, qui vient, et qui appeler si l'aide ne vient pas.
    .intro = Certaines personnes ont besoin d'aide chez elles après un séjour à l'hôpital. D'autres sont soignées chez elles par une équipe de l'hôpital au lieu de rester dans un service hospitalier. Voici qui fait quoi, et qui appeler.
    .keywords = soins à domicile, aide à domicile, infirmier à domicile, infirmière à domicile, district nurse, visites d'infirmiers, réadaptation, reablement, aidants, auxiliaire de vie, service virtuel, virtual ward, hospitalisation à domicile, hospital at home, après l'hôpital, rentrer chez soi, sortie de l'hôpital, soutien à domicile, matériel

care-at-home-plan =
    .title = L'équipe du service hospitalier prévoit l'aide avec vous
    .body =
        Avant votre sortie de l'hôpital, l'équipe du service hospitalier (ward) vous parle de l'aide dont vous avez besoin chez vous.
        Elle devrait vous dire qui va venir, quand, et comment joindre ces personnes. Demandez à avoir ces informations par écrit.
        Si quelqu'un s'occupe de vous à la maison, cette personne peut aussi participer à cette discussion.
    .if-not = Si personne ne vous a parlé d'aide à domicile et que vous pensez en avoir besoin, demandez au personnel du service hospitalier avant de partir.
    .ask =
        Est-ce que j'aurai besoin d'aide à la maison ?
        Qui va venir, et quand ?

care-at-home-nurse =
    .title = Un infirmier ou un auxiliaire de vie peut venir chez vous
    .body =
        Un infirmier ou une infirmière à domicile (district nurse) peut venir vous voir chez vous. Il peut changer vos pansements, vous faire des piqûres et voir comment vous allez.
        Certaines personnes reçoivent une aide pendant une courte période pour pouvoir refaire les choses par elles-mêmes. On appelle parfois cela la réadaptation (reablement).
        L'équipe qui vient chez vous vous donne son numéro de téléphone.
    .if-not = Si une visite prévue n'a pas lieu, appelez le numéro que l'équipe vous a donné. Si vous n'avez pas de numéro, appelez le service hospitalier ou le cabinet de votre GP (médecin de famille).
    .ask =
        Quel est votre numéro de téléphone ?
        Que dois-je faire si vous ne venez pas ?

care-at-home-virtual-ward =
    .title = Si vous êtes dans un service virtuel
    .body =
        Un service virtuel (virtual ward) veut dire qu'une équipe de l'hôpital s'occupe de vous chez vous au lieu de vous garder dans un service hospitalier. On appelle aussi cela l'hospitalisation à domicile (hospital at home).
        L'équipe peut venir vous voir, vous téléphoner, ou vous surveiller avec du matériel que vous utilisez chez vous.
        L'équipe de l'hôpital est responsable de vos soins tant que vous êtes dans le service virtuel. Elle vous dit comment la joindre, de jour comme de nuit.
    .if-not = Si vous n'arrivez pas à joindre l'équipe du service virtuel et que vous vous sentez plus mal, appelez le NHS 111. En cas d'urgence, appelez le 999.
    .ask =
        Qui est responsable de mes soins maintenant ?
        Comment puis-je vous joindre la nuit ?

care-at-home-worse =
    .title = Si votre état s'aggrave à la maison
    .body =
        Si votre état s'aggrave, appelez d'abord l'équipe qui s'occupe de vous à la maison, si vous avez son numéro.
        Si vous n'arrivez pas à la joindre, contactez le cabinet de votre GP ou appelez le NHS 111 le jour même. En cas d'urgence, appelez le 999.
    .if-not = Si personne ne vous a rappelé et que vous vous sentez plus mal, appelez le NHS 111. N'attendez pas.
    .ask =
        Qui dois-je appeler en premier si je me sens plus mal ?
