# Journey: leaving hospital after a stay.
# Structure and sources: src/journeys/leaving_hospital.rs

leaving-hospital =
    .title = Quand vous rentrez chez vous après l'hôpital
    .summary = Ce que vous devriez avoir avant de rentrer chez vous, et qui appeler après votre départ.
    .intro = Vous rentrez chez vous après un séjour à l'hôpital. Voici ce que l'équipe de l'hôpital devrait faire avant votre départ. Ce guide dit aussi qui appeler si vous avez des questions.
    .keywords = sortie de l'hôpital, rentrer chez soi, retour à la maison, sortie, discharge, lettre de sortie, compte rendu de sortie, discharge summary, nouveaux médicaments, traitement, comprimés, ordonnance, effets secondaires, arrêt de travail, fit note, sick note, absent du travail, congé maladie, service hospitalier, ward, numéro du service, questions après l'hôpital, suivi, follow-up, soins après l'hôpital, soins à domicile, infirmier à domicile, district nurse, réadaptation, service virtuel, virtual ward, liste à vérifier, groupes de soutien

leaving-hospital-medicines =
    .title = Vos nouveaux médicaments
    .body =
        Si vous avez besoin d'un nouveau médicament, l'hôpital vous en donne pour au moins 7 jours à emporter chez vous. Si le traitement est plus court, vous recevez tout le traitement.
        Vous ne devriez pas avoir à demander cette première quantité à votre GP (médecin de famille). Si on ne vous la donne pas, demandez-la avant de partir.
        Le personnel devrait vous dire à quoi sert chaque médicament. Il devrait aussi vous dire ses effets secondaires. Un effet secondaire est un problème qu'un médicament peut causer.
        Le guide sur les médicaments après l'hôpital dit qui vous en donne d'autres ensuite.
    .if-not = Si vous êtes sur le point de partir sans vos nouveaux médicaments, demandez au personnel du service hospitalier (ward). Si vous êtes déjà chez vous, appelez le service hospitalier.
    .ask =
        À quoi sert chaque médicament ?
        À quels effets secondaires dois-je faire attention ?
        Qui m'en donnera d'autres quand ceux-ci seront finis ?

leaving-hospital-fit-note =
    .title = Un arrêt de travail pour votre travail
    .body =
        Un arrêt de travail (fit note) est un papier pour votre travail. Il dit si vous êtes assez bien pour travailler. Certaines personnes l'appellent « sick note ».
        Pendant les 7 premiers jours d'absence pour maladie, vous n'avez pas besoin d'arrêt de travail. Vous remplissez vous-même un formulaire pour votre employeur.
        Si vous avez besoin d'être absent plus longtemps, l'hôpital vous donne un arrêt de travail. Il devrait couvrir toute la durée d'absence prévue par l'hôpital.
        Donc vous ne devriez pas avoir besoin d'en demander un à votre GP pour cette période.
    .if-not = Si vous partez sans l'arrêt de travail dont vous avez besoin, appelez le service hospitalier et demandez-en un.
    .ask =
        Combien de temps devrai-je être absent du travail ?
        Est-ce que mon arrêt de travail couvre toute cette durée ?

leaving-hospital-care-at-home =
    .title = Les soins à domicile
    .body =
        Certaines personnes ont besoin d'aide chez elles après un séjour à l'hôpital. L'équipe du service hospitalier prévoit cette aide avec vous avant votre départ.
        Cela peut être la visite d'un infirmier à domicile. Ou une équipe peut vous aider pendant une courte période à refaire les choses vous-même.
        Certaines personnes sont soignées chez elles par une équipe de l'hôpital au lieu de rester dans un service hospitalier. On appelle parfois cela un service virtuel (virtual ward). L'équipe vous dit comment la joindre, de jour comme de nuit.
    .if-not = Si l'aide qu'on vous a annoncée n'est pas venue, appelez le numéro que le service hospitalier vous a donné pour cela. Si vous n'avez pas de numéro, appelez le service hospitalier.
    .ask =
        Est-ce que j'aurai besoin d'aide à la maison ?
        Qui va venir, et quand ?
        Qui dois-je appeler si personne ne vient ?

leaving-hospital-check =
    .title = Vérifiez avant de partir
    .body =
        Avant de rentrer chez vous, vérifiez que vous avez ces choses.
        Au moins 7 jours de chaque nouveau médicament. À quoi sert chacun, et ses effets secondaires. Une brochure sur vos soins.
        Le numéro de téléphone du service hospitalier, et celui de l'équipe de l'hôpital. Un arrêt de travail, si vous en avez besoin. Comment votre prochain rendez-vous va être organisé.
        Le nom de groupes qui peuvent vous aider, comme des associations.
    .if-not = S'il manque quelque chose, demandez au personnel du service hospitalier avant de partir. Si vous êtes déjà chez vous, appelez le service hospitalier.
    .ask =
        Qui dois-je appeler si j'ai une question une fois chez moi ?
        Comment mon prochain rendez-vous va-t-il être organisé ?
        Est-ce qu'il y a un groupe qui peut m'aider ?

leaving-hospital-letter =
    .title = L'hôpital écrit à votre GP
    .body =
        Quand vous partez, l'équipe de l'hôpital écrit une lettre à votre GP. Cela s'appelle un compte rendu de sortie (discharge summary). La sortie, c'est quand vous quittez l'hôpital.
        Elle dit à votre GP ce qui s'est passé pendant votre séjour à l'hôpital, et s'il y a des changements dans vos médicaments. Vous devriez aussi en recevoir une copie.
    .if-not = Si le cabinet de votre GP dit qu'il n'a pas reçu la lettre, appelez le service hospitalier. Demandez-lui de l'envoyer.
    .ask =
        Est-ce que je peux avoir une copie de mon compte rendu de sortie ?
        Est-ce que mon GP doit faire quelque chose ?

leaving-hospital-questions =
    .title = Si vous avez des questions une fois chez vous
    .body =
        Si vous avez une question sur votre séjour ou sur vos nouveaux médicaments, appelez le service hospitalier. Le numéro est souvent sur la lettre que le service vous a donnée.
        Si la lettre n'a pas de numéro du service, appelez le numéro principal de l'hôpital. Demandez qu'on vous passe le service hospitalier.
        L'équipe du service hospitalier devrait vous répondre elle-même. Elle ne devrait pas vous dire de demander à votre GP.
        Si vous n'allez pas bien et que vous ne savez pas quoi faire, appelez le cabinet de votre GP ou le NHS 111 le jour même. En cas d'urgence, appelez le 999.
    .if-not = Si le service hospitalier ne vous a pas rappelé avant la fin du jour ouvrable suivant, appelez à nouveau. Si vous n'arrivez pas à le joindre, demandez l'équipe d'aide aux patients de l'hôpital.
    .ask =
        Qui dois-je appeler si j'ai un problème avec mes médicaments ?
        Quand dois-je vous appeler, et quand dois-je appeler mon GP ?
