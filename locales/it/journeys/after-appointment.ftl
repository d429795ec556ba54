# Journey: after a hospital clinic visit.
# Structure and sources: src/journeys/after_appointment.rs

after-appointment =
    .title = Dopo la visita con un team dell'ospedale
    .summary = Cosa succede dopo che hai visto un team dell'ospedale, e chi fa ogni cosa.
    .intro = Hai visto un team dell'ospedale in un ambulatorio. Ecco cosa succede adesso. Qui trovi chi fa ogni parte, e a chi chiedere.
    .keywords = dopo la visita, dopo l'ambulatorio, ambulatorio, visita ambulatoriale, lettera dell'ambulatorio, lettera al GP, lettera dell'ospedale, lettera dello specialista, controllo, prossimo appuntamento, tornare, altri esami, la lettera chiede al GP un esame, chi prenota l'esame, risultati, chi contattare, a chi chiedere, domande, reclamo, lamentela, PALS, assistenza ai pazienti, problema con l'ospedale, GP e ospedale, chiedi al tuo GP, mandato a un altro team, outpatient, clinic letter, follow-up, appointment

after-appointment-letter =
    .title = L'ospedale scrive al tuo GP
    .body =
        Dopo la visita, il team dell'ospedale scrive una lettera sulla visita. Si chiama lettera dell'ambulatorio (clinic letter).
        Se il tuo GP (il medico di famiglia) deve fare qualcosa, la lettera dice cosa. Anche tu dovresti riceverne una copia.
        Il team dell'ospedale fa direttamente le altre parti del tuo piano.
    .if-not = Se lo studio del tuo GP non ha ricevuto la lettera entro il tempo indicato, telefona al team dell'ospedale. Chiedi di mandarla.
    .ask =
        Il mio GP deve fare qualcosa?
        Posso avere una copia della lettera?
        Chi farà ogni parte del mio piano?

after-appointment-gp-task =
    .title = Se la lettera chiede al tuo GP di fare qualcosa
    .body =
        A volte la lettera chiede al tuo GP di fare qualcosa, come un esame o una nuova ricetta.
        Aspetta che la lettera arrivi al tuo GP. Poi contatta lo studio del tuo GP per prenotare o per chiedere informazioni.
        Se il team dell'ospedale ha chiesto direttamente un esame, dovrebbe dirti come prenotarlo. Ti dà anche il risultato.
    .if-not = Se lo studio del tuo GP non sa bene cosa chiede la lettera, può chiederlo al team dell'ospedale. Puoi anche telefonare tu al team dell'ospedale.
    .ask =
        Chi prenota questo esame, voi o il mio GP?
        Chi mi dirà il risultato?

after-appointment-tests =
    .title = L'ospedale fa i suoi esami
    .body =
        Se il team dell'ospedale vuole che tu faccia altri esami, li richiede. Controlla i risultati e ti spiega cosa vogliono dire.
        Il posto dove fai l'esame dipende da dove abiti. Chiedi al team dell'ospedale dove andare.
        Ovunque si faccia l'esame, il risultato te lo dà il team dell'ospedale che l'ha chiesto.
    .if-not = Se non hai avuto notizie di un risultato entro il tempo che ti hanno detto, telefona al team dell'ospedale.
    .ask =
        Perché devo fare questo esame?
        Dove devo andare per farlo?
        Come e quando mi direte il risultato?

after-appointment-next =
    .title = Se devi tornare
    .body =
        Se devi vedere di nuovo il team, il team dovrebbe dirti come sarà organizzato. Quando l'ospedale vuole vederti di nuovo, prenota direttamente la visita o l'esame.
        Alcuni team invece ti chiedono di contattarli quando ne hai bisogno. Si chiama patient initiated follow-up (controllo su richiesta del paziente). Chiedi per quanto tempo puoi farlo. La guida sui controlli spiega di più.
        Se devi vedere un altro team dell'ospedale per un problema collegato, il team dell'ospedale ti manda lì. Non devi prima tornare dal tuo GP.
    .if-not = Ti hanno detto che l'ospedale avrebbe prenotato la tua prossima visita? Se non hai avuto notizie entro il tempo che ti hanno detto, telefona al team dell'ospedale.
    .ask =
        Devo tornare, e quando?
        Prenotate voi la mia prossima visita, o devo contattarvi io?
        Devo andare da un altro team?

after-appointment-questions =
    .title = Se hai una domanda
    .body =
        L'ospedale deve dirti come contattarlo. Guarda sulla lettera dell'ambulatorio o sul sito internet dell'ospedale.
        Se hai una domanda sulle tue cure in ospedale, chiedi al team dell'ospedale. Il team dovrebbe risponderti direttamente. Non dovrebbe dirti di chiedere al tuo GP.
    .if-not = Se non riesci ad avere una risposta, chiedi del servizio di assistenza ai pazienti dell'ospedale. Ti aiutano quando qualcosa va storto.
    .ask =
        Qual è il modo migliore per contattarvi?
        A chi chiedo delle mie nuove medicine?

after-appointment-problems =
    .title = Se qualcosa va storto
    .body =
        A volte qualcosa va storto tra il tuo GP e l'ospedale. Per esempio, ognuno dei due può dire che un compito tocca all'altro.
        Se succede, chiedi del servizio di assistenza ai pazienti dell'ospedale. Spesso si chiama PALS. Ti aiutano quando qualcosa va storto.
        Ogni ospedale ha anche un responsabile, con nome e cognome. Il suo lavoro è aiutare l'ospedale e gli studi dei GP a lavorare bene insieme.
    .if-not = Se il servizio di assistenza ai pazienti non può aiutarti, chiedi come fare un reclamo. Puoi anche dirlo allo studio del tuo GP.
    .ask =
        Chi risolverà questo problema?
        Potete parlarne con il responsabile che lavora con gli studi dei GP?
