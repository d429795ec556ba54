# Journey: your test results.
# Structure and sources: src/journeys/test_results.rs

test-results =
    .title = I risultati dei tuoi esami
    .summary = Chi ti dice il risultato del tuo esame, e cosa fare se non hai avuto notizie.
    .intro = Un esame aiuta a scoprire cosa non va, o controlla come stai. Il risultato te lo dice il team che chiede l'esame. Ecco cosa dovrebbe succedere.
    .keywords = risultati degli esami, risultato dell'esame, risultati, esame del sangue, analisi del sangue, analisi, prelievo, TAC, ecografia, risonanza, radiografia, esame delle urine, campione, biopsia, aspetto i risultati, nessun risultato, nessuna notizia, sollecitare i risultati, chi mi dice i risultati, risultato nella NHS App, risultato anormale, risultato fuori norma, esame in ospedale, esame dal GP, cosa vuol dire il mio risultato, test results, blood test, scan, x-ray

test-results-asked =
    .title = Ti dicono perché ti serve un esame
    .body =
        Un team dell'ospedale può chiederti di fare un esame. Può essere un esame del sangue, una radiografia, o una TAC o un'ecografia.
        Il team dovrebbe dirti perché ti serve e cosa potrebbe mostrare.
        Dovrebbe anche dirti come saprai il risultato, chi te lo dirà, ed entro quando.
        Se l'esame lo chiede il tuo GP (il medico di famiglia), queste cose dovrebbe dirtele invece lo studio del tuo GP.
    .if-not = Se non ti hanno detto come avrai il risultato, chiedi al team che ha chiesto l'esame.
    .ask =
        Perché devo fare questo esame?
        Cosa potrebbe mostrare?
        Chi mi dirà il risultato, e quando?

test-results-taken =
    .title = Fai l'esame
    .body =
        Il posto dove fai l'esame dipende da dove abiti. Può essere in ospedale, in un centro prelievi vicino a te, o nello studio del tuo GP.
        Molti studi dei GP non possono fare prelievi del sangue per esami chiesti dall'ospedale. Chiedi al team che ha chiesto l'esame dove andare.
        Ovunque si faccia l'esame, il risultato va al team che l'ha chiesto.
        Un risultato può arrivare dopo giorni o settimane. Dipende dall'esame.
    .if-not = Se non puoi andare all'esame, avvisa il prima possibile il posto che l'ha prenotato. Chiedi un nuovo orario.
    .ask =
        Dove devo andare per l'esame?
        Devo fare qualcosa prima, per esempio non mangiare?

test-results-app =
    .title = Potresti vedere prima il risultato nell'NHS App
    .body =
        Adesso molti risultati appaiono da soli nell'NHS App. Potresti vedere un risultato prima che qualcuno te ne abbia parlato.
        Un risultato segnato come non normale non è sempre grave. Alcuni risultati sono un po' fuori dai valori normali e vanno bene lo stesso.
        Se un risultato ti preoccupa, contatta il team che ha chiesto l'esame. Il team può spiegarti cosa vuol dire per te.
    .if-not = Se non riesci a contattare il team e la cosa ti preoccupa, chiama lo studio del tuo GP o NHS 111. In caso di emergenza, chiama il 999.
    .ask =
        Il mio risultato apparirà nell'NHS App?
        Qualcuno mi parlerà prima che io lo veda?

test-results-told =
    .title = Il team ti dice il risultato
    .body =
        Il team che ha chiesto l'esame controlla il risultato. Decide cosa fare dopo, e te lo dice.
        Se l'esame l'ha chiesto un team dell'ospedale, il risultato te lo dice il team dell'ospedale. È così anche se il prelievo del sangue l'hai fatto nello studio del tuo GP.
        Il tuo GP forse può vedere il risultato, ma è il team che ha chiesto l'esame che deve spiegartelo.
    .if-not = Se non hai avuto notizie entro il tempo che ti hanno detto, contatta il team che ha chiesto l'esame.
    .ask =
        Cosa vuol dire il mio risultato?
        Cosa succede adesso?
        Il mio GP deve fare qualcosa?

test-results-chase =
    .title = Se non hai avuto notizie
    .body =
        Se il tempo che ti hanno dato è passato, contatta il team che ha chiesto l'esame. Non limitarti ad aspettare.
        Se l'esame l'ha chiesto un team dell'ospedale, telefona al team dell'ospedale. Se l'ha chiesto il tuo GP, contatta lo studio del tuo GP.
        Se ti senti peggio mentre aspetti, chiama lo studio del tuo GP o NHS 111 lo stesso giorno. In caso di emergenza, chiama il 999.
    .if-not = Se ancora non riesci ad avere una risposta dall'ospedale, chiedi del servizio di assistenza ai pazienti dell'ospedale. Ti aiutano quando qualcosa va storto.
    .ask =
        Entro quando avrei dovuto avere notizie?
        Chi può parlarmi del mio risultato?
