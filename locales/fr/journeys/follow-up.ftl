# Journey: follow-up after a clinic, patient initiated follow-up, and discharge from clinic.
# Structure and sources: src/journeys/follow_up.rs

follow-up =
    .title = Ce qui se passe après un rendez-vous à la consultation
    .summary = Qui prend votre prochain rendez-vous ou examen, quand prendre contact vous-même, et ce qui se passe quand le suivi à la consultation est terminé.
    .intro = Après votre rendez-vous à la consultation, l'équipe de l'hôpital dit ce qui se passe ensuite. Elle peut vous revoir, vous demander de la contacter quand vous avez besoin d'elle, ou vous renvoyer vers votre GP (médecin de famille). Voici qui fait quoi dans chaque cas.
    .keywords = suivi, follow-up, follow up, suivi à la demande du patient, patient initiated follow-up, PIFU, rendez-vous ouvert, revoir en cas de symptômes, contactez-nous si besoin, fin de suivi, sortie de la consultation, renvoyé vers le GP, retour chez mon GP, prochain rendez-vous, nouveau scanner, rappel, contrôle, bilan annuel

follow-up-choice =
    .title = L'équipe de l'hôpital dit ce qui se passe ensuite
    .body =
        À la fin d'un rendez-vous à la consultation, l'équipe de l'hôpital vous dit ce qui se passe ensuite.
        Elle peut prendre un autre rendez-vous ou un autre examen. Elle peut vous demander de la contacter quand vous avez besoin d'elle. Ou elle peut mettre fin à votre suivi. Cela veut dire que votre GP s'occupe à nouveau de vous.
        Elle devrait vous dire ce qu'il en est. C'est aussi écrit dans votre compte rendu de consultation.
    .if-not = Si vous ne savez pas quel cas s'applique à vous, appelez l'équipe de l'hôpital et demandez.
    .ask =
        Est-ce que je vais vous revoir ?
        Allez-vous prendre le rendez-vous, ou dois-je vous contacter ?

follow-up-recall =
    .title = L'hôpital prend lui-même ses rendez-vous et ses examens
    .body =
        Si l'équipe de l'hôpital veut vous revoir ou refaire un examen, elle prend elle-même le rendez-vous. Cela comprend les contrôles qui reviennent chaque année.
        Votre GP ne prend pas pour vous les rendez-vous ou les examens de l'hôpital.
    .if-not = Si un rendez-vous ou un examen qu'on vous a annoncé n'est pas fixé à la date prévue, appelez l'équipe de l'hôpital.
    .ask =
        Quand est-ce que je vous revois ?
        Qui prend rendez-vous pour mon prochain examen ?

follow-up-patient-initiated =
    .title = Si on vous demande de prendre contact vous-même
    .body =
        Certaines équipes ne prennent pas d'autre rendez-vous. À la place, vous les contactez si vous avez besoin d'elles. Cela s'appelle le suivi à la demande du patient (patient initiated follow-up, ou PIFU).
        L'équipe vous donne un numéro de téléphone, les signes pour lesquels appeler, et pendant combien de temps vous pouvez le faire.
        Si vous n'avez pas appelé à la fin de cette période, l'équipe peut mettre fin à votre suivi et vous renvoyer vers votre GP. Elle devrait vous prévenir avant de le faire.
    .if-not = Si vous appelez et que vous n'arrivez pas à joindre l'équipe, essayez à nouveau le jour ouvrable suivant. Si vous vous sentez plus mal, contactez le cabinet de votre GP ou le NHS 111 le jour même.
    .ask =
        Quels signes doivent me pousser à vous contacter ?
        Pendant combien de temps puis-je vous contacter ?
        Que se passe-t-il à la fin de cette période ?

follow-up-discharged =
    .title = Si la consultation met fin à votre suivi
    .body =
        La fin du suivi veut dire que l'équipe de l'hôpital a terminé. Le cabinet de votre GP s'occupe à nouveau de vous.
        Le compte rendu de consultation dit à votre GP ce qu'il doit faire ensuite, et à quoi faire attention.
        Si le problème revient ou s'aggrave, contactez le cabinet de votre GP. Votre GP peut vous orienter à nouveau vers l'hôpital si vous en avez besoin.
    .if-not = Si vous pensez que votre suivi a été arrêté par erreur, appelez l'équipe de l'hôpital et demandez.
    .ask =
        Pourquoi mettez-vous fin à mon suivi ?
        Qu'est-ce qui doit me pousser à retourner voir mon GP ?

follow-up-worse =
    .title = Si votre état s'aggrave
    .body =
        Si votre état s'aggrave beaucoup, ou si vous avez de nouveaux symptômes qui vous inquiètent, contactez le cabinet de votre GP ou appelez le NHS 111 le jour même. En cas d'urgence, appelez le 999.
        Si vous avez un numéro pour l'équipe de l'hôpital, prévenez-la aussi.
    .if-not = Si personne ne vous a rappelé avant la fin du jour ouvrable suivant, appelez à nouveau. Si vous vous sentez plus mal, appelez le NHS 111 le jour même.
    .ask =
        Qui dois-je appeler la nuit ou le week-end ?
