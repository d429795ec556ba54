# Journey: moving from children's to adult care. Written for young people.
# Structure and sources: src/journeys/moving_to_adult_care.rs

moving-to-adult-care =
    .title = Passare dalle cure per bambini alle cure per adulti
    .summary = Chi organizza il tuo passaggio alle cure per adulti, e chi contattare prima e dopo il passaggio.
    .intro = Hai un problema di salute che dura a lungo. Si chiama malattia cronica (long-term condition). Quando diventi più grande, le tue cure passano dal team per bambini ai servizi per adulti. Ecco chi fa cosa.
    .keywords = passaggio alle cure per adulti, servizi per adulti, transizione, trasferimento, diventare grande, compiere 16 anni, compiere 18 anni, adolescente, ragazzo, ragazza, giovane, giovane adulto, ospedale pediatrico, malattia cronica, ambulatorio per adulti, lasciare i servizi per bambini, transition, adult services, long-term condition

moving-to-adult-care-plan =
    .title = Il tuo team per bambini organizza il passaggio
    .body =
        Il tuo team per bambini in ospedale organizza il tuo passaggio alle cure per adulti. Il team dovrebbe cominciare a parlartene entro lo Year 9 della scuola, quando hai 13 o 14 anni.
        Dovresti avere una persona di riferimento, con nome e cognome, che ti aiuta a organizzare il passaggio. Chiedi chi è.
        Puoi portare con te un genitore o la persona che si prende cura di te, se vuoi. Puoi anche chiedere di parlare con il medico in privato per una parte di ogni visita.
    .if-not = Se nessuno ti ha parlato del passaggio, chiedi al tuo team per bambini. Puoi chiedere alla prossima visita.
    .ask =
        Quando passerò alle cure per adulti?
        Chi è la mia persona di riferimento?
        Posso parlare con voi in privato per una parte della visita?

moving-to-adult-care-before =
    .title = Prima del passaggio
    .body =
        Fino al passaggio, il tuo team per bambini è ancora responsabile delle tue cure.
        Dovresti poter conoscere qualcuno del team per adulti prima del passaggio.
        Contatta il tuo team per bambini se hai domande, o se la tua malattia peggiora. Se stai male e non sai bene cosa fare, chiama lo studio del tuo GP (il medico di famiglia) o NHS 111 lo stesso giorno. In caso di emergenza, chiama il 999.
    .if-not = Se il team per bambini non ti ha richiamato entro la fine del giorno lavorativo successivo, telefona di nuovo. Se ti senti peggio, chiama NHS 111 o il tuo GP lo stesso giorno.
    .ask =
        Chi contatto fino al passaggio?
        Posso conoscere il team per adulti prima del passaggio?

moving-to-adult-care-adult-team =
    .title = Il team per adulti prende il suo posto
    .body =
        Dopo il passaggio, un team per adulti dell'ospedale può occuparsi della tua malattia.
        La tua persona di riferimento dovrebbe restare in contatto con te per circa 6 mesi dopo il passaggio, per controllare che sia andato tutto bene.
        Ogni parte delle tue cure dovrebbe avere un team responsabile. Dovresti sapere quale team è. Tieni il suo numero di telefono in un posto sicuro.
    .if-not = Se non sai chi è responsabile adesso, chiedi alla tua persona di riferimento. Oppure chiedi allo studio del tuo GP.
    .ask =
        Quale team è responsabile delle mie cure adesso?
        Come vi contatto?
        Ogni quanto vi vedrò?

moving-to-adult-care-gp =
    .title = Il tuo GP può diventare il tuo medico principale
    .body =
        A questo punto, il tuo GP può diventare il tuo medico principale. Questo vuol dire che lo studio del tuo GP si occupa di una parte più grande delle tue cure.
        Chiedi al tuo team per bambini se succederà anche a te.
        Lo studio del tuo GP è anche il posto dove andare per nuovi problemi di salute.
    .if-not = Se non sai se il tuo GP adesso è il tuo medico principale, chiedi allo studio del tuo GP.
    .ask =
        Adesso è Lei il mio medico principale?
        Avete le mie lettere dall'ospedale?
        Chi chiamo se la mia malattia peggiora?
