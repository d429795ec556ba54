# Journey: a hospital specialist starts a new medicine.
# Structure and sources: src/journeys/specialist_medicines.rs

specialist-medicines =
    .title = Un medico dell'ospedale ti fa cominciare una nuova medicina
    .summary = Chi ti dà la medicina, chi te ne dà ancora, e a chi chiedere per effetti collaterali e controlli.
    .intro = Uno specialista dell'ospedale ti ha fatto cominciare una nuova medicina. Uno specialista è un medico che conosce molto bene un tipo di problema di salute. Ecco chi ti dà la medicina e chi te ne dà ancora. Qui trovi anche a chi chiedere se hai un problema con la medicina.
    .keywords = ricetta, pastiglie, compresse, medicina, farmaco, farmaci, nuova medicina, lo specialista ha cominciato una medicina, medicina dell'ambulatorio, ricetta ripetuta, repeat prescription, cure condivise, shared care, shared care agreement, accordo di cure condivise, effetti collaterali, esame del sangue, controlli, monitoraggio, sto finendo la medicina, ricetta dell'ospedale, farmaco specialistico, farmacia, prescription

specialist-medicines-start =
    .title = L'ospedale ti dà la prima fornitura
    .body =
        Uno specialista dell'ospedale decide che ti serve una nuova medicina.
        Se devi cominciarla subito, l'ospedale ti dà la prima fornitura. Per questo non devi andare dal tuo GP (il medico di famiglia).
        Dopo un ricovero in ospedale, ne ricevi almeno 7 giorni, oppure tutta la cura se dura meno.
        Dopo una visita in ambulatorio, l'ospedale te ne dà abbastanza per adesso, se ti serve subito. Oppure la lettera dell'ambulatorio chiede al tuo GP di prescriverla.
    .if-not = Se ti hanno detto di cominciare subito una medicina ma non te l'hanno data, telefona al team dell'ospedale.
    .ask =
        A cosa serve questa medicina?
        Quando e come devo prenderla?
        Me la date voi, o me la dà il mio GP?

specialist-medicines-gp =
    .title = Dopo, il tuo GP prescrive la maggior parte delle medicine
    .body =
        Per la maggior parte delle medicine, la lettera dell'ambulatorio chiede al tuo GP di prescriverne ancora. Una ricetta è il foglio che ti permette di avere una medicina.
        Aspetta che lo studio del tuo GP abbia ricevuto la lettera. Poi chiedi allo studio di aggiungere la medicina alle tue ricette ripetute (repeat prescriptions).
        Ordina ogni ricetta ripetuta in tempo, così non resti senza medicine.
    .if-not = Se lo studio del tuo GP non ha ricevuto la lettera e presto finirai la medicina, telefona al team dell'ospedale. Chiedi di mandare la lettera, o di darti altra medicina.
    .ask =
        Avete mandato la lettera al mio GP?
        Quanta medicina mi date fino ad allora?

specialist-medicines-shared-care =
    .title = Medicine che uno specialista deve controllare
    .body =
        Alcune medicine devono essere tenute sotto controllo da uno specialista. Se l'ospedale ha cominciato una di queste medicine, l'ospedale continua a dartela.
        A volte l'ospedale chiede al tuo GP di prendersene carico. Per questo serve un accordo di cure condivise (shared care agreement). È un piano che l'ospedale, il tuo GP e tu accettate tutti.
        Il tuo GP non è obbligato a dire di sì. Finché non sono tutti d'accordo, l'ospedale ti dà altra medicina.
    .if-not = Se stai per finire la medicina e nessuno te ne ha data altra, telefona al team dell'ospedale. Fallo prima che la medicina finisca.
    .ask =
        Continuerete voi a darmi questa medicina, o me la darà il mio GP?
        Il mio GP ha accettato le cure condivise?
        Come chiedo altra medicina?

specialist-medicines-checks =
    .title = Esami del sangue per controllare la tua medicina
    .body =
        Alcune medicine richiedono esami del sangue per controllare che siano sicure per te. Chiedi se la tua li richiede.
        Chiedi chi fa gli esami e ogni quanto.
        Il team che chiede un esame controlla il risultato. Il team ti dice cosa vuol dire.
    .if-not = Se un risultato è in ritardo, contatta il team che ha chiesto l'esame. Chiedi cosa ha mostrato.
    .ask =
        Questa medicina richiede esami del sangue?
        Chi li fa, e ogni quanto?
        Chi mi dice i risultati?

specialist-medicines-problems =
    .title = Se hai un problema con la medicina
    .body =
        Se pensi che la medicina ti stia causando un problema, telefona al team dell'ospedale che te l'ha fatta cominciare.
        Alcune medicine, come quelle contro il cancro, hanno una linea di assistenza (helpline) aperta giorno e notte. Se il team te ne ha dato una, usala.
        Se ti senti molto male, chiama NHS 111 o lo studio del tuo GP lo stesso giorno. In caso di emergenza, chiama il 999.
    .if-not = Se il team dell'ospedale non ti ha richiamato entro la fine del giorno lavorativo successivo, telefona di nuovo. Se ti senti peggio, chiama NHS 111 o il tuo GP lo stesso giorno.
    .ask =
        Per quali effetti collaterali devo chiamarvi?
        C'è una linea di assistenza per questa medicina?
        Cosa devo fare se salto una dose?
