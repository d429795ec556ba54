# Journey: getting a fit note.
# Structure and sources: src/journeys/fit_notes.rs

fit-notes =
    .title = Avere un certificato di malattia (fit note)
    .summary = Quando ti serve un certificato di malattia, chi te lo dà, e cosa fare se non l'hai avuto.
    .intro = Un certificato di malattia (in inglese fit note) dice se stai abbastanza bene per lavorare. Alcune persone lo chiamano sick note. Ecco quando ti serve, chi te lo dà, e cosa fare se non l'hai avuto.
    .keywords = certificato di malattia, certificato medico, fit note, sick note, malattia, assenza dal lavoro, a casa dal lavoro, giorni di malattia, certificato per il lavoro, certificato per il capo, datore di lavoro, indennità di malattia, sick pay, autocertificazione, self certify, self-certification, universal credit, sussidi, benefits, ESA, med 3, statement of fitness for work

fit-notes-first-week =
    .title = I primi 7 giorni di assenza
    .body =
        Per i primi 7 giorni di malattia non ti serve un certificato di malattia. Contano anche i giorni in cui non lavori.
        Sei tu ad avvisare il tuo datore di lavoro. Alcuni datori di lavoro hanno un modulo per questo.
        Se sei in malattia per più di 7 giorni, ti serve un certificato di malattia.
    .if-not = Se il tuo datore di lavoro ti chiede un certificato di malattia per i primi 7 giorni, digli che puoi compilare il modulo del datore di lavoro, o il modulo sul sito GOV.UK.
    .ask =
        Mi serve già un certificato di malattia?
        Come dico al mio datore di lavoro che sono in malattia?

fit-notes-hospital =
    .title = Te lo dà l'ospedale
    .body =
        Il team dell'ospedale pensa che dovrai stare a casa dal lavoro per più di 7 giorni? Allora ti dà un certificato di malattia prima che tu esca.
        Il certificato dovrebbe coprire tutto il tempo in cui il team pensa che starai a casa. Quindi non dovrebbe servirti un secondo certificato dal tuo GP (il medico di famiglia) per questo.
        Puoi darlo al tuo datore di lavoro. Puoi anche usarlo per i sussidi (benefits), come Universal Credit.
    .if-not = Se esci senza certificato, telefona al team dell'ospedale. Chiedi di mandarti un certificato di malattia.
    .ask =
        Per quanto tempo pensate che starò a casa dal lavoro?
        Posso avere un certificato di malattia per tutto quel tempo?
        Posso fare un po' di lavoro, o un lavoro più leggero?

fit-notes-who =
    .title = Chi può firmarlo
    .body =
        Un certificato di malattia non deve per forza venire da un medico.
        Un infermiere, un farmacista, un fisioterapista o un terapista occupazionale possono dartene uno, se ti hanno visitato.
        Un fisioterapista aiuta il tuo corpo a muoversi. Un terapista occupazionale ti aiuta a fare le attività di ogni giorno.
        Quindi la persona che ti cura potrebbe essere quella che ti dà il certificato di malattia.
    .if-not = Se la persona che ti cura non può dartelo, chiedile chi nel suo team può farlo.
    .ask =
        Può darmi un certificato di malattia?
        Se no, chi nel vostro team può farlo?

fit-notes-missing =
    .title = Se non l'hai avuto
    .body =
        Se l'ospedale pensava che avresti dovuto stare a casa dal lavoro, ma non ti ha dato un certificato di malattia, telefona al team dell'ospedale che ti ha curato.
        È compito del team dartene uno. Il tuo GP non dovrebbe aver bisogno di farlo al posto del team.
    .if-not = Se il team dell'ospedale non ti aiuta, chiedi del servizio di assistenza ai pazienti dell'ospedale.
    .ask =
        Potete mandarmi il certificato di malattia per posta o per email?
        Copre tutto il tempo in cui devo stare a casa?

fit-notes-gp =
    .title = Quando te lo dà il tuo GP
    .body =
        Lo studio del tuo GP dà certificati di malattia per i problemi che il tuo GP sta curando.
        Per un problema che sta curando l'ospedale, chiedi prima al team dell'ospedale.
        Se non sai chi ti sta curando per un problema, chiedi allo studio del tuo GP.
    .if-not = Se nessuno riesce a darti un certificato di malattia, chiedi allo studio del tuo GP cosa fare.
    .ask =
        Chi mi sta curando per questo problema?
        Potete darmi un certificato di malattia per questo problema?
