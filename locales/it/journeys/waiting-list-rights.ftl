# Journey: your rights on a waiting list.
# Structure and sources: src/journeys/waiting_list_rights.rs

waiting-list-rights =
    .title = I tuoi diritti quando aspetti cure in ospedale
    .summary = Scegliere il tuo ospedale, chiedere di cambiare dopo una lunga attesa, e come riconoscere gli SMS falsi.
    .intro = Quando il tuo GP (il medico di famiglia) fa una richiesta di visita (referral), hai dei diritti su dove ti visitano e su quanto presto. Ecco quali sono, e a chi chiedere.
    .keywords = diritti, i miei diritti, scelta, scegliere l'ospedale, scegliere dove, altro ospedale, cambiare ospedale, attesa più breve, lunga attesa, 18 settimane, aspetto da troppo tempo, SMS sulla lista d'attesa, questo SMS è vero, truffa, SMS truffa, SMS falso, SMS dell'NHS, perdere il posto, reclamo, rights, choice, scam

waiting-list-rights-choice =
    .title = Spesso puoi scegliere il tuo ospedale
    .body =
        Quando il tuo GP fa una richiesta di visita, spesso puoi scegliere in quale ospedale o ambulatorio andare. In Inghilterra è un tuo diritto, per la maggior parte delle richieste di visita normali.
        Puoi confrontare le attese medie sul sito My Planned Care. Chiedi al tuo GP tra quali posti puoi scegliere.
    .if-not = Se non ti hanno offerto una scelta e la volevi, chiedi allo studio del tuo GP. Puoi anche chiedere al team delle prenotazioni quando prenoti.
    .ask =
        Tra quali ospedali posso scegliere?
        Quale ha l'attesa più breve?

waiting-list-rights-long-wait =
    .title = Se aspetti da tanto tempo
    .body =
        Per la maggior parte dei problemi non urgenti, hai il diritto di cominciare la cura entro 18 settimane dalla richiesta di visita. Questo è scritto nella NHS Constitution (la carta dei diritti dell'NHS).
        Adesso molte attese sono più lunghe di così. Se la tua lo è, puoi chiedere di passare a un altro ospedale con un'attesa più breve.
        Chiedi al team dell'ospedale. In alcuni casi è il team a contattarti per offrirtelo.
    .if-not = Se il team dell'ospedale non può aiutarti, chiedi allo studio del tuo GP. Puoi anche chiedere al servizio di assistenza ai pazienti dell'ospedale.
    .ask =
        Qualcuno può visitarmi prima da un'altra parte?
        Se cambio ospedale, cambia chi si occupa di me?

waiting-list-rights-texts =
    .title = SMS che controllano se hai ancora bisogno della visita
    .body =
        L'ospedale può mandarti un SMS per controllare se hai ancora bisogno della visita. Rispondi se puoi. Se non ne hai più bisogno, dillo.
        Nessuno ti toglie dalla lista solo perché non hai risposto. Solo tu o un medico potete decidere che non hai più bisogno della visita.
    .if-not = Se hai paura che ti abbiano tolto dalla lista, telefona al team dell'ospedale e chiedi.
    .ask =
        Sono ancora nella vostra lista?
        Come mi contatterete?

waiting-list-rights-scams =
    .title = Come riconoscere un SMS truffa
    .body =
        Alcuni SMS fingono di essere mandati dall'NHS. Possono dire che perderai il tuo posto se non clicchi su un link.
        L'NHS non ti chiederà di pagare, o di dare i dati della tua banca, per tenere il tuo posto o per prenotare.
        Se non sai se un SMS è vero, non usare il suo link. Telefona al numero sulla lettera dell'ospedale, o chiedi allo studio del tuo GP.
    .if-not = Se hai cliccato su un link e hai dato i dati della tua banca, chiama subito la tua banca.
    .ask =
        Questo SMS arriva davvero da voi?

waiting-list-rights-help =
    .title = Se pensi che i tuoi diritti non siano stati rispettati
    .body =
        Prima, parla con il team dell'ospedale. Forse il team può risolvere il problema.
        Se no, chiedi del servizio di assistenza ai pazienti dell'ospedale. Ti aiutano quando qualcosa va storto. Possono anche dirti come fare un reclamo.
    .if-not = Se il servizio di assistenza ai pazienti non può aiutarti, chiedi come fare un reclamo. Puoi anche dirlo allo studio del tuo GP.
    .ask =
        Chi può aiutarmi con questo problema?
        Come faccio un reclamo?
