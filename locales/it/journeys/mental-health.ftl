# Journey: getting help for your mental health.
# Structure and sources: src/journeys/mental_health.rs

mental-health =
    .title = Avere aiuto per la tua salute mentale
    .summary = Dove andare in caso di crisi, come chiedere una terapia psicologica, e chi si occupa di te.
    .intro = La tua salute mentale è importante quanto il tuo corpo. Ecco dove avere aiuto, anche in caso di crisi, e chi fa ogni parte.
    .keywords = salute mentale, crisi, pensieri di suicidio, suicidio, voglia di farla finita, autolesionismo, farsi del male, ansia, depressione, stress, umore basso, tristezza, attacchi di panico, panico, terapia psicologica, psicologo, counselling, terapia, CBT, talking therapies, team di salute mentale, community mental health team, psichiatra, antidepressivi, medicine per la salute mentale

mental-health-crisis =
    .title = In caso di crisi, chiedi aiuto subito
    .body =
        Se la tua vita o la vita di un'altra persona è in pericolo, chiama il 999 o vai all'A&E (pronto soccorso).
        Se ti serve aiuto subito, chiama NHS 111 e scegli l'opzione per la salute mentale. È aperto giorno e notte, per tutte le età.
        Se hai già un team di salute mentale, usa il numero per le crisi scritto nel tuo piano di cura.
    .if-not = Se non riesci a parlare con nessuno, chiama il 999 o vai all'A&E.
    .ask =
        Chi chiamo se mi sento di nuovo così?

mental-health-talking-therapies =
    .title = Puoi chiedere tu una terapia psicologica
    .body =
        NHS Talking Therapies (le terapie psicologiche dell'NHS) aiuta con sentimenti come preoccupazione, umore basso e stress. Non devi prima andare dal tuo GP (il medico di famiglia).
        Puoi fare tu la richiesta, online o per telefono. Cerca NHS Talking Therapies sull'NHS website per trovare il servizio della tua zona.
        Questo servizio è per adulti. I bambini e i ragazzi hanno i loro servizi. Chiedi allo studio del tuo GP o alla scuola.
    .if-not = Se il servizio non ti ha risposto entro il tempo che ti ha detto, contattalo di nuovo. Se ti senti peggio mentre aspetti, contatta lo studio del tuo GP o NHS 111 lo stesso giorno.
    .ask =
        Quanto dura l'attesa per la terapia psicologica qui?
        Che tipi di aiuto offrite?

mental-health-gp =
    .title = Il tuo GP può aiutarti e mandarti da un team
    .body =
        Il tuo GP può parlare con te di come ti senti, e di quali aiuti ci sono.
        Se ti serve più aiuto, il tuo GP può fare una richiesta di visita (referral) a un team di salute mentale. Questo team è formato da persone come infermieri, medici e terapisti.
    .if-not = Se stai aspettando il team di salute mentale e ti senti peggio, contatta lo studio del tuo GP o chiama NHS 111 lo stesso giorno. In caso di crisi, chiama NHS 111 e scegli l'opzione per la salute mentale.
    .ask =
        Quali aiuti ci sono per me?
        Può fare per me una richiesta di visita a un team di salute mentale?

mental-health-team =
    .title = Il team di salute mentale organizza le tue cure
    .body =
        Se un team di salute mentale si occupa di te, prepara con te un piano di cura. Il piano dice chi è responsabile delle tue cure e come contattarlo.
        Chiedi al team il suo numero di telefono, e un numero da chiamare in caso di crisi.
    .if-not = Se non sai chi è responsabile delle tue cure, chiedi al team. Oppure chiedi allo studio del tuo GP.
    .ask =
        Chi è responsabile delle mie cure?
        Chi chiamo in caso di crisi?

mental-health-medicines =
    .title = Chi ti dà le tue medicine
    .body =
        Spesso il team di salute mentale consiglia una medicina e il tuo GP la prescrive.
        Alcune medicine devono essere tenute sotto controllo da uno specialista, con esami del sangue regolari. In questo caso il team di salute mentale può prescriverle, o dividere le cure con il tuo GP.
        Chiedi chi ti dà altra medicina quando finisce, e chi fa i controlli.
    .if-not = Se stai per finire una medicina e non sai a chi chiedere, contatta lo studio del tuo GP. Se lo studio è chiuso, chiama NHS 111.
    .ask =
        Chi mi darà ancora questa medicina?
        Servono esami del sangue?
