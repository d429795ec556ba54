# Journey: care at home after leaving hospital.
# Structure and sources: src/journeys/care_at_home.rs

care-at-home =
    .title = Cure a casa dopo un ricovero in ospedale
    .summary = Chi organizza l'aiuto a casa, chi viene, e chi chiamare se l'aiuto non arriva.
    .intro = Alcune persone hanno bisogno di aiuto a casa dopo un ricovero in ospedale. Altre vengono curate a casa da un team dell'ospedale, invece di restare in un reparto. Ecco chi fa cosa, e chi chiamare.
    .keywords = cure a casa, aiuto a casa, infermiere di zona, infermiere a domicilio, visite dell'infermiere, district nurse, community nurse, reablement, assistenti, carers, assistenza domiciliare, home care, virtual ward, reparto virtuale, hospital at home, ospedale a casa, dopo l'ospedale, tornare a casa, dimissione, discharge, sostegno a casa, apparecchi, attrezzature

care-at-home-plan =
    .title = Il team del reparto organizza l'aiuto insieme a te
    .body =
        Prima che tu lasci l'ospedale, il team del reparto parla con te dell'aiuto che ti serve a casa.
        Il team dovrebbe dirti chi verrà, quando, e come contattare queste persone. Chiedi di avere queste informazioni per iscritto.
        Se qualcuno si prende cura di te a casa, anche questa persona può partecipare al colloquio.
    .if-not = Se nessuno ti ha parlato dell'aiuto a casa e pensi di averne bisogno, chiedi al personale del reparto prima di andare via.
    .ask =
        Avrò bisogno di aiuto a casa?
        Chi verrà, e quando?

care-at-home-nurse =
    .title = Un infermiere o un assistente può venire a casa tua
    .body =
        Un infermiere di zona (district nurse) può venire a casa tua. Può cambiare le medicazioni, fare iniezioni, e controllare come stai.
        Alcune persone ricevono aiuto per un breve periodo, per tornare a fare le cose da sole. A volte si chiama reablement.
        Il team che viene a casa tua ti dà il suo numero di telefono.
    .if-not = Se una visita che ti avevano annunciato non avviene, telefona al numero che ti ha dato il team. Se non hai un numero, telefona al reparto o allo studio del tuo GP (il medico di famiglia).
    .ask =
        Qual è il vostro numero di telefono?
        Cosa faccio se non venite?

care-at-home-virtual-ward =
    .title = Se sei in un virtual ward (reparto virtuale)
    .body =
        Un virtual ward (reparto virtuale) vuol dire che un team dell'ospedale ti cura a casa invece che in un reparto. Si chiama anche hospital at home (ospedale a casa).
        Il team può venire a casa tua, telefonarti, o controllarti con apparecchi che usi a casa.
        Il team dell'ospedale è responsabile delle tue cure mentre sei nel virtual ward. Il team ti dice come contattarlo, di giorno e di notte.
    .if-not = Se non riesci a contattare il team del virtual ward e ti senti peggio, chiama NHS 111. In caso di emergenza, chiama il 999.
    .ask =
        Chi è responsabile delle mie cure adesso?
        Come vi contatto di notte?

care-at-home-worse =
    .title = Se peggiori a casa
    .body =
        Se peggiori, chiama prima il team che si occupa di te a casa, se hai il suo numero.
        Se non riesci a contattarlo, contatta lo studio del tuo GP o chiama NHS 111 lo stesso giorno. In caso di emergenza, chiama il 999.
    .if-not = Se nessuno ti ha richiamato e ti senti peggio, chiama NHS 111. Non aspettare.
    .ask =
        Chi chiamo per primo se mi sento peggio?
