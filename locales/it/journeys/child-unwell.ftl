# Journey: your child seems more unwell. Written for parents and carers.
# Structure and sources: src/journeys/child_unwell.rs

child-unwell =
    .title = Se tuo figlio sembra stare peggio
    .summary = Quando chiamare il 999, quando chiedere aiuto lo stesso giorno, e chi avvisare se tuo figlio è seguito da un team dell'ospedale.
    .intro = I bambini possono peggiorare in fretta. Sei tu a conoscere meglio tuo figlio. Ecco quando chiedere aiuto, chi chiamare, e chi avvisare.
    .keywords = bambino malato, bambino sta male, figlio malato, figlia malata, neonato malato, bambino peggiora, febbre, febbre alta, temperatura alta, macchie sulla pelle, eruzione, non mangia, non beve, respiro, respira male, molle, sono preoccupato per mio figlio, quando chiamare il 999, quando chiamare il 111, open access, accesso diretto, reparto per bambini, reparto pediatrico, child unwell, fever, rash

child-unwell-emergency =
    .title = Quando chiamare il 999
    .body =
        Chiama il 999 se tuo figlio fa fatica a respirare, o se è molto difficile svegliarlo.
        Chiama il 999 anche se tuo figlio ha le convulsioni, o se diventa molto pallido, blu o pieno di macchie.
        Chiama il 999 se tuo figlio ha macchie sulla pelle che non spariscono quando ci premi sopra un bicchiere.
    .if-not = Se non riesci a parlare con il 999, continua a provare. Non aspettare per vedere se tuo figlio migliora.
    .ask =
        Per quali segni devo chiamare il 999?

child-unwell-same-day =
    .title = Chiedi aiuto lo stesso giorno
    .body =
        Se tuo figlio sembra stare peggio, o se qualcosa ti preoccupa, contatta lo studio del tuo GP (il medico di famiglia) o chiama NHS 111 lo stesso giorno.
        Spiega se tuo figlio non beve, se ha molto più sonno del solito, o se sta peggiorando.
        NHS 111 è aperto giorno e notte. Puoi anche andare su 111.nhs.uk.
    .if-not = Se non riesci a parlare con lo studio del tuo GP e qualcosa ti preoccupa, chiama NHS 111. Se tuo figlio peggiora, chiama il 999.
    .ask =
        A cosa devo fare attenzione stanotte?
        Quando devo richiamarvi?

child-unwell-hospital-team =
    .title = Se un team dell'ospedale segue già tuo figlio
    .body =
        Alcuni bambini possono tornare direttamente al reparto per bambini se si ammalano. Questo si chiama open access (accesso diretto). Se tuo figlio ce l'ha, il team te l'avrà già detto.
        Se hai un numero del team, chiamalo. Di' al team che tuo figlio sta peggio.
        Se non riesci a contattare il team, contatta lo studio del tuo GP o NHS 111 lo stesso giorno. In caso di emergenza, chiama il 999.
    .if-not = Se il team non ti ha richiamato e tuo figlio non sta meglio, chiama NHS 111 o lo studio del tuo GP. Non aspettare.
    .ask =
        Mio figlio ha l'open access al reparto?
        Chi chiamo di notte?

child-unwell-after =
    .title = Dopo la visita di tuo figlio
    .body =
        La persona che ha visitato tuo figlio dovrebbe dirti a cosa fare attenzione, e quando tornare.
        Se tuo figlio è andato all'A&E (pronto soccorso) o in ospedale, l'ospedale manda una lettera al tuo GP.
        Se tuo figlio non sta meglio entro il tempo che ti hanno detto, o se peggiora, chiedi di nuovo aiuto. Va bene chiedere più di una volta.
    .if-not = Se non sai bene cosa fare adesso, chiama NHS 111 o lo studio del tuo GP.
    .ask =
        Quali segni vogliono dire che devo riportare qui mio figlio?
        Quanto tempo ci vorrà perché guarisca?
