# Journey: medicines after a hospital stay or a clinic visit.
# Structure and sources: src/journeys/medicines_after_hospital.rs

medicines-after-hospital =
    .title = Le tue medicine quando torni a casa dall'ospedale
    .summary = Chi ti dà le nuove medicine, chi cambia la tua lista delle ricette ripetute, e cosa fare prima che le medicine finiscano.
    .intro = Le tue medicine possono cambiare durante un ricovero in ospedale, o dopo una visita con un team dell'ospedale. Ecco chi ti dà ogni fornitura, chi aggiorna la tua lista, e a chi chiedere.
    .keywords = medicine dopo l'ospedale, nuove medicine, medicine cambiate, medicine sospese, pastiglie, compresse, farmaci, ricetta ripetuta, repeat prescription, lista delle ricette ripetute, repeat list, medicine finite, sto finendo le medicine, prima fornitura, farmacia, farmacista, medicine alla dimissione, anticoagulante, sangue fluido, chemioterapia, linea di assistenza, helpline, quali medicine devo prendere

medicines-after-hospital-first-supply =
    .title = L'ospedale ti dà la prima fornitura
    .body =
        Dopo un ricovero in ospedale, dovresti tornare a casa con almeno 7 giorni di ogni nuova medicina. Se la cura dura meno, te la danno tutta.
        Dopo una visita in ambulatorio, è diverso. Se devi cominciare subito, l'ospedale te ne dà abbastanza fino a quando il tuo GP (il medico di famiglia) riceve la lettera dell'ambulatorio. Altrimenti, la lettera chiede al tuo GP di prescrivere la medicina.
    .if-not = Se stai per uscire senza una nuova medicina che ti serve subito, chiedi al personale del reparto o all'ambulatorio. Se sei già a casa, telefona al reparto o al team dell'ospedale.
    .ask =
        Devo cominciare subito questa medicina?
        Quanta me ne date?
        Me ne darà altra il mio GP, o me la date voi?

medicines-after-hospital-list =
    .title = Ricevi una lista delle tue medicine
    .body =
        Prima che tu esca, il team del reparto dovrebbe dirti quali medicine sono nuove, quali sono cambiate, e quali devi smettere di prendere.
        Questa lista c'è anche nella lettera che l'ospedale manda al tuo GP. Chiedine una copia.
        Non continuare a prendere una medicina che l'ospedale ha sospeso, a meno che un medico non ti dica di farlo.
    .if-not = Se non sai bene quali medicine prendere, telefona al reparto. Oppure chiedi a un farmacista.
    .ask =
        Quali delle mie medicine sono nuove, cambiate o sospese?
        Posso avere una lista scritta?

medicines-after-hospital-pharmacy =
    .title = La tua farmacia può controllare le tue medicine
    .body =
        L'ospedale può mandare i dati delle tue nuove medicine alla farmacia dove vai di solito. Poi il farmacista può parlarne con te.
        Il farmacista confronta la tua nuova lista con le medicine che prendevi prima. Può notare dei problemi.
        Puoi chiedere al reparto di mandare i tuoi dati alla farmacia dove vai.
    .if-not = Se la farmacia non ha ricevuto niente dall'ospedale, porta in farmacia la lettera del reparto. Chiedi di controllarla.
    .ask =
        Potete mandare i dati delle mie medicine alla mia farmacia?
        Il farmacista può controllare con me la mia nuova lista?

medicines-after-hospital-repeat =
    .title = Lo studio del tuo GP aggiorna la tua lista delle ricette ripetute
    .body =
        Lo studio del tuo GP riceve una lettera dall'ospedale. Poi aggiorna le tue ricette ripetute (repeat prescriptions).
        Controlla la lista delle ricette ripetute prima di ordinare. Verifica che ci siano le nuove medicine, e non quelle che hai smesso di prendere.
        Ordina ogni ricetta ripetuta in tempo, così non resti senza medicine.
    .if-not = Se la lista delle ricette ripetute è sbagliata, o la nuova medicina non c'è, contatta lo studio del tuo GP. Se lo studio non ha ancora la lettera, telefona al team dell'ospedale o al reparto.
    .ask =
        Avete ricevuto la mia lettera dall'ospedale?
        La mia lista delle ricette ripetute è aggiornata?

medicines-after-hospital-running-out =
    .title = Se stai per finire le medicine
    .body =
        Se presto finirai una medicina e il tuo GP non ha la lettera, telefona al team dell'ospedale o al reparto. Chiedi di mandare la lettera o di darti altra medicina.
        Se lo studio del tuo GP è chiuso e ti serve una medicina oggi, chiama NHS 111. NHS 111 può aiutarti ad averla da una farmacia.
    .if-not = Se nessuno può aiutarti e ti senti male senza la tua medicina, chiama NHS 111 lo stesso giorno. In caso di emergenza, chiama il 999.
    .ask =
        Cosa devo fare se finisco le medicine nel fine settimana?
        È sicuro saltare una dose di questa medicina?

medicines-after-hospital-high-risk =
    .title = Medicine che richiedono un aiuto rapido
    .body =
        Con alcune medicine serve un aiuto rapido se ti senti male. Le medicine contro il cancro sono un esempio. Altri esempi sono le medicine che rendono il sangue più fluido, o che rendono più difficile combattere i germi.
        Il team dell'ospedale dovrebbe darti il numero di una linea di assistenza (helpline) per queste medicine. Alcune linee sono aperte giorno e notte. Tieni il numero con te.
        Se ti senti molto male, chiama subito la linea di assistenza. In caso di emergenza, chiama il 999.
    .if-not = Se non hai il numero di una linea di assistenza, telefona al team dell'ospedale e chiedilo. Se ti senti male e non riesci a contattare il team, chiama NHS 111 lo stesso giorno.
    .ask =
        C'è una linea di assistenza per questa medicina?
        Quali segni vogliono dire che devo chiamarla subito?
