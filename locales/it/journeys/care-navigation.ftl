# Journey: Why your GP practice asks what the problem is.
# Structure and sources: src/journeys/care_navigation.rs

care-navigation =
    .title = Perché alla reception ti chiedono qual è il problema
    .summary = Perché lo studio del tuo GP ti chiede del tuo problema, chi puoi vedere, e come può aiutarti un link worker.
    .intro = Quando contatti lo studio del tuo GP (il medico di famiglia), il personale può chiederti qual è il problema. Lo chiede per mandarti dalla persona giusta. Ecco come funziona.
    .keywords = receptionist, reception, accettazione, perché lo chiedono, cosa non va, prenotare una visita dal GP, vedere un GP, care navigation, care navigator, infermiere, farmacista, fisioterapista, physio, physiotherapist, social prescribing, link worker, solitudine, gruppi locali, gruppi della comunità, associazioni, beneficenza, charity, volontariato

care-navigation-ask =
    .title = Il personale chiede qual è il problema
    .body =
        Quando chiami o vai allo studio, il receptionist può chiederti qual è il problema. Non lo fa per curiosità.
        Lo chiede per aiutarti a vedere la persona giusta. Questo si chiama care navigation (orientamento alle cure). Il personale che fa questo lavoro si chiama care navigator.
    .if-not = Se non sai chi vedere, chiedi al personale di aiutarti a scegliere.
    .ask =
        Qual è la persona migliore da vedere per me?
        Quanto presto può vedermi qualcuno?

care-navigation-right-person =
    .title = Vedi la persona giusta
    .body =
        La persona giusta può non essere un GP. Potrebbe essere un infermiere o un farmacista. Un farmacista è un esperto di medicine.
        Potrebbe essere un fisioterapista. Un fisioterapista aiuta con muscoli, articolazioni e movimento.
        Oppure il personale può indicarti un servizio fuori dallo studio.
    .if-not = Se pensi di avere ancora bisogno di un GP, spiega al personale perché. Se peggiori, contatta di nuovo lo studio del tuo GP lo stesso giorno, o chiama NHS 111.
    .ask =
        Perché questa persona è adatta al mio problema?
        Cosa devo fare se non miglioro?

care-navigation-ask-link-worker =
    .title = Chiedi un link worker
    .body =
        Alcune cose che influenzano la tua salute non sono mediche. Un link worker (una persona che ti mette in contatto con gruppi e servizi) può aiutarti con queste cose.
        Per avere un link worker, chiedi allo studio del tuo GP. Lo studio può metterti in contatto.
        Questo si chiama social prescribing.
    .if-not = Se lo studio del tuo GP non ti mette in contatto, chiedi di nuovo. Chiedi chi è il link worker della tua zona.
    .ask =
        Avete un link worker qui?
        Quanto tempo ci vorrà per avere notizie dal link worker?

care-navigation-link-worker =
    .title = Un link worker ti aiuta
    .body =
        Un link worker ti mette in contatto con gruppi e servizi vicino a te.
        Possono essere gestiti da persone del posto o da associazioni di beneficenza. Non fanno parte dello studio del tuo GP.
        Il link worker ti aiuta a trovare quelli adatti a te.
    .if-not = Se non hai avuto notizie da un link worker, contatta lo studio del tuo GP. Chiedi allo studio di controllare.
    .ask =
        Quali gruppi ci sono vicino a me?
        Mi può aiutare a cominciare?
