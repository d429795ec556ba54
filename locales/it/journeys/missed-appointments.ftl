# Journey: missing or cancelling a hospital visit.
# Structure and sources: src/journeys/missed_appointments.rs

missed-appointments =
    .title = Se salti o annulli una visita in ospedale
    .summary = Cosa fare se non puoi andare a una visita in ospedale, e chi prenota una nuova visita.
    .intro = A volte non puoi andare a una visita in ospedale. Ecco cosa fare, e chi organizza una nuova data. Nella maggior parte dei casi non dovrebbe essere necessario ricominciare da capo con il tuo GP (il medico di famiglia).
    .keywords = appuntamento saltato, visita saltata, saltato, dimenticato, ho dimenticato l'appuntamento, annullare, disdire, disdetta, annullato, non posso andare, non riesco ad andare, cambiare appuntamento, spostare appuntamento, nuova data, prenotare di nuovo, non mi sono presentato, did not attend, DNA, dimesso, lettera di dimissione, l'ospedale ha annullato, operazione annullata, intervento annullato, l'ospedale ha spostato l'appuntamento, nuova richiesta di visita, di nuovo dal GP, missed appointment, cancel, reschedule

missed-appointments-tell =
    .title = Avvisa l'ospedale il prima possibile
    .body =
        Se non puoi andare a una visita in ospedale, avvisa il team dell'ospedale il prima possibile. Usa il numero sulla tua lettera o nel tuo SMS.
        Così il team può dare il tuo posto a un'altra persona.
        Mentre parli con il team, chiedi una nuova data.
    .if-not = Se non riesci a parlare con nessuno, riprova il giorno lavorativo successivo. Alcuni ospedali ti permettono anche di cambiare la visita online o con un SMS.
    .ask =
        Posso avere subito una nuova data?
        Posso fare invece una telefonata o una videochiamata?

missed-appointments-rebook =
    .title = L'ospedale prenota una nuova data
    .body =
        Il team dell'ospedale prenota la tua nuova data. Non lo fa il tuo GP.
        Se hai saltato la visita e non l'hai detto al team, telefona al team dell'ospedale il prima possibile. Di' che hai ancora bisogno della visita.
        Un ospedale non dovrebbe avere una regola che rimanda dal proprio GP tutte le persone che saltano una visita.
    .if-not = Se l'ospedale ti dice di tornare dal tuo GP, chiedi perché. Chiedi se invece può darti una nuova data.
    .ask =
        Quando è la mia nuova data?
        Cosa succede se salto un'altra visita?

missed-appointments-discharged =
    .title = Se ricevi una lettera che dice che l'ospedale ti ha dimesso
    .body =
        Dopo una visita saltata, un medico dell'ospedale guarda la tua cartella. Può decidere che non hai bisogno della visita. Poi manda una lettera a te e al tuo GP. Questa si chiama lettera di dimissione.
        Se hai ancora il problema, telefona prima al team dell'ospedale. Spiega perché hai saltato la visita. Chiedi se il team può visitarti.
        Se il team non può, contatta lo studio del tuo GP. Il tuo GP può fare di nuovo una richiesta di visita (referral), se ne hai ancora bisogno.
    .if-not = Se non sai se sei ancora nella lista, telefona al team dell'ospedale e chiedi. Non aspettare per scoprirlo.
    .ask =
        Sono ancora nella vostra lista?
        Potete visitarmi, adesso che ho spiegato?

missed-appointments-hospital-cancels =
    .title = Se l'ospedale annulla la visita
    .body =
        A volte l'ospedale deve annullare o spostare la tua visita.
        Se succede, il team dell'ospedale dovrebbe darti una nuova data. È compito del team, non del tuo GP.
        L'ospedale può annullare la tua operazione il giorno stesso, per un motivo che non riguarda la tua salute. In questo caso dovrebbe offrirti una nuova data entro 28 giorni. Se non può, dovrebbe pagare perché tu faccia l'operazione in un altro ospedale.
        Se peggiori mentre aspetti, contatta lo studio del tuo GP o NHS 111 lo stesso giorno, e avvisa il team dell'ospedale. In caso di emergenza, chiama il 999.
    .if-not = Se non hai avuto una nuova data, telefona al team dell'ospedale.
    .ask =
        Perché la mia visita è stata annullata?
        Quando avrò una nuova data?
