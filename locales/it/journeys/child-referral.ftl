# Journey: your child is sent to a children's doctor. Written for parents and carers.
# Structure and sources: src/journeys/child_referral.rs

child-referral =
    .title = Tuo figlio viene mandato da un medico per bambini
    .summary = Chi prenota la visita di tuo figlio, chi chiamare mentre aspetti, e chi ti dice i risultati.
    .intro = Il tuo GP (il medico di famiglia) vuole che un medico per bambini dell'ospedale aiuti con le cure di tuo figlio. Come genitore o persona che si prende cura del bambino, ricevi informazioni su cosa succede a tuo figlio. Ecco cosa succede adesso, e chi fa ogni parte.
    .keywords = bambino, bambini, mio figlio, mia figlia, figlio, figlia, neonato, bimbo, ragazzi, pediatra, pediatria, medico per bambini, ospedale pediatrico, richiesta di visita per un bambino, richiesta di visita, lettera dell'ospedale, appuntamento, lista d'attesa, genitore, chi si prende cura, bambino più malato, bambino peggiora, paediatrician, paediatrics, referral, child

child-referral-advice =
    .title = Il tuo GP può prima chiedere un consiglio a un medico per bambini
    .body =
        Un medico per bambini si chiama pediatra (paediatrician). Il tuo GP può prima chiedere a un pediatra un consiglio su tuo figlio. Può essere per telefono o online.
        In alcune zone, un pediatra va negli studi dei GP per vedere lì i bambini. Alcuni bambini possono essere curati a casa da un team dell'ospedale.
        Grazie al consiglio, tuo figlio potrebbe non avere bisogno di andare in ospedale. Il tuo GP ti dice cosa ha detto il pediatra.
    .if-not = Se non sai bene cosa sta facendo il tuo GP per tuo figlio, contatta lo studio del tuo GP e chiedi.
    .ask =
        Chiedete un consiglio a un pediatra, o mandate mio figlio in ospedale?
        Come mi direte cosa ha detto il pediatra?

child-referral-sent =
    .title = Il tuo GP manda la richiesta di visita
    .body =
        Se tuo figlio deve vedere un pediatra, il tuo GP gli scrive. Questo si chiama richiesta di visita (referral).
        Il tuo GP dice anche entro quanto tempo tuo figlio deve essere visitato. Una richiesta di visita può essere normale o urgente.
        A volte l'ospedale chiede prima degli esami. In questo caso, il tuo GP li organizza prima di mandare la richiesta di visita.
        Ti dicono le stesse cose che direbbero a un paziente adulto. Te le dicono per conto di tuo figlio.
    .if-not = Chiedi al tuo GP quando dovresti avere notizie sulla richiesta di visita. Se fino ad allora non hai avuto notizie, contatta lo studio del tuo GP. Chiedi se la richiesta di visita è stata mandata.
    .ask =
        Perché mio figlio deve vedere un pediatra?
        La richiesta di visita è normale o urgente?
        Mio figlio deve fare degli esami prima?

child-referral-booking =
    .title = Ricevi una lettera, un'email o un SMS per prenotare
    .body =
        Potresti ricevere una lettera con un numero di prenotazione e una password. Conservala bene.
        Oppure potresti ricevere un'email o un SMS. Contiene un link per prenotare sull'NHS App o sull'NHS website.
        Usalo per scegliere un giorno e un'ora per tuo figlio, o per telefonare al team delle prenotazioni.
        Alcuni SMS che sembrano mandati dall'NHS sono truffe. L'NHS non ti chiederà di pagare o di dare i dati della tua banca. Se hai dubbi, non usare il link. Telefona al numero sulla tua lettera.
    .if-not = Se entro il tempo detto dal tuo GP non è arrivato niente, telefona al numero sulla lettera della richiesta di visita. Se non hai una lettera, chiedi allo studio del tuo GP.
    .ask =
        Posso scegliere in quale ospedale va mio figlio?
        Mio figlio può essere visitato vicino a dove abitiamo?

child-referral-waiting =
    .title = Tuo figlio aspetta la visita
    .body =
        Il team dell'ospedale gestisce il posto di tuo figlio nella lista d'attesa.
        L'ospedale potrebbe mandarti un SMS per controllare se tuo figlio ha ancora bisogno della visita. Rispondi se puoi. Se non rispondi, telefona al team dell'ospedale. Tuo figlio non verrà tolto dalla lista solo perché non hai risposto.
        Se hai una domanda sulla visita, chiedi al team dell'ospedale. Il team dovrebbe risponderti, non rimandarti dal tuo GP.
    .if-not = Se non hai avuto notizie dall'ospedale entro il tempo che ti hanno detto, telefona al team dell'ospedale.
    .ask =
        Quanto dura l'attesa per questo team?
        Chi chiamo se i nostri piani cambiano?

child-referral-worse =
    .title = Se tuo figlio sembra stare peggio
    .body =
        Fidati di quello che senti. Sei tu a conoscere meglio tuo figlio.
        Chiama il 999 se tuo figlio fa fatica a respirare, se è molto difficile svegliarlo, o se ha le convulsioni. Chiama il 999 anche se ha macchie sulla pelle che non spariscono quando ci premi sopra un bicchiere.
        Se tuo figlio sembra stare peggio, o se qualcosa ti preoccupa, contatta lo studio del tuo GP o chiama NHS 111 lo stesso giorno.
        Avvisa anche il team dell'ospedale. Un medico del team può controllare se tuo figlio deve essere visitato prima. Anche il tuo GP può rendere urgente la richiesta di visita.
    .if-not = Se il team dell'ospedale non ti ha richiamato entro la fine del giorno lavorativo successivo, telefona di nuovo. Non aspettare il team se tuo figlio sembra stare peggio: chiama lo studio del tuo GP o NHS 111 lo stesso giorno.
    .ask =
        Per quali segni devo chiamarvi?
        Mio figlio può essere visitato prima se peggiora?

child-referral-visit =
    .title = La prima visita di tuo figlio
    .body =
        Tuo figlio vede il pediatra o un'altra persona del team per bambini. Possono parlare con tutti e due, visitare tuo figlio o fare degli esami.
        Porta la lettera, una lista delle medicine di tuo figlio e le domande che hai.
        Ogni parte delle cure di tuo figlio dovrebbe avere un team responsabile. Se non sai quale team è, chiedi.
        I bambini più grandi potrebbero voler parlare da soli con il medico per una parte della visita. Spesso i ragazzi possono scegliere quali informazioni condividere con i genitori.
    .if-not = Se la visita viene annullata, il team dell'ospedale dovrebbe darti una nuova data. Telefona al team se non l'hai avuta.
    .ask =
        Secondo voi qual è il problema?
        Quale team è responsabile di ogni parte delle cure di mio figlio?
        Chi chiamo se più tardi ho una domanda?

child-referral-letter =
    .title = L'ospedale scrive al tuo GP
    .body =
        Dopo la visita, il team dell'ospedale scrive al tuo GP se il tuo GP deve fare qualcosa. Questa si chiama lettera dell'ambulatorio (clinic letter). Anche tu dovresti riceverne una copia.
    .if-not = Se lo studio del tuo GP non ha ricevuto la lettera entro il tempo indicato, telefona al team dell'ospedale. Chiedi di mandarla.
    .ask =
        Il nostro GP deve fare qualcosa?
        Posso avere una copia della lettera?

child-referral-results =
    .title = Esami e risultati
    .body =
        Se il team dell'ospedale chiede un esame, controlla il risultato e te lo dice.
        Spesso ai bambini si fa il prelievo del sangue in un ambulatorio per bambini dell'ospedale. Chiedi al team dove andare.
        Ovunque si faccia l'esame, il risultato te lo dice il team che l'ha chiesto.
    .if-not = Se un risultato è in ritardo, contatta il team che ha chiesto l'esame.
    .ask =
        Dove deve fare l'esame mio figlio?
        Quando e come mi direte i risultati?
        Mio figlio deve tornare da voi?
