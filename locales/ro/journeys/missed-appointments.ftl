# Journey: If you miss or cancel a hospital appointment.
# Structure and sources: src/journeys/missed_appointments.rs

missed-appointments =
    .title = Dacă pierdeți sau anulați o programare la spital
    .summary = Ce faceți dacă nu puteți merge la o programare la spital și cine face una nouă.
    .intro = Uneori nu puteți merge la o programare la spital. Iată ce trebuie să faceți și cine stabilește o nouă dată. De cele mai multe ori, nu ar trebui să fie nevoie să o luați de la capăt cu medicul de familie (GP).
    .keywords = programare pierdută, am pierdut programarea, am uitat, am uitat de programare, anulare, anulez programarea, programare anulată, nu pot merge, nu pot ajunge, schimb programarea, mut programarea, reprogramare, altă dată, dată nouă, nu m-am prezentat, externat, scrisoare de externare, spitalul a anulat, operație anulată, intervenție anulată, spitalul a mutat programarea, trimitere nouă, înapoi la medicul de familie, missed appointment, cancel, cancelled, reschedule, rebook, did not attend, DNA, discharged, discharge letter, operation cancelled, surgery cancelled, GP

missed-appointments-tell =
    .title = Anunțați spitalul cât mai repede
    .body =
        Dacă nu puteți merge la o programare la spital, anunțați echipa de la spital cât mai repede. Folosiți numărul din scrisoare sau din SMS.
        Astfel, ei pot da locul dumneavoastră altcuiva.
        Când vorbiți cu ei, cereți o nouă dată.
    .if-not = Dacă nu reușiți să vorbiți cu ei, încercați din nou în următoarea zi lucrătoare. Unele spitale vă lasă să schimbați programarea și online sau prin SMS.
    .ask =
        Pot primi acum o nouă dată?
        Pot avea în schimb o convorbire la telefon sau pe video?

missed-appointments-rebook =
    .title = Spitalul vă face o nouă programare
    .body =
        Echipa de la spital vă face noua programare. Medicul GP nu face asta.
        Dacă ați pierdut programarea și nu i-ați anunțat, sunați echipa de la spital cât mai repede. Spuneți-le că încă aveți nevoie de consultație.
        Un spital nu ar trebui să aibă o regulă prin care îi trimite înapoi la medicul GP pe toți cei care pierd o programare.
    .if-not = Dacă spitalul vă spune să mergeți înapoi la medicul GP, întrebați de ce. Întrebați dacă vă pot da în schimb o nouă dată.
    .ask =
        Când este noua mea programare?
        Ce se întâmplă dacă mai pierd o programare?

missed-appointments-discharged =
    .title = Dacă primiți o scrisoare că spitalul v-a externat
    .body =
        După o programare pierdută, un medic de la spital se uită în dosarul dumneavoastră. Poate decide că nu aveți nevoie de consultație. Atunci vă trimite o scrisoare dumneavoastră și medicului GP. Aceasta se numește scrisoare de externare (discharge letter).
        Dacă încă aveți problema, sunați mai întâi echipa de la spital. Spuneți-le de ce ați pierdut programarea. Întrebați dacă vă pot vedea.
        Dacă nu pot, contactați cabinetul GP. Medicul GP vă poate face o nouă trimitere, dacă încă aveți nevoie.
    .if-not = Dacă nu știți sigur dacă mai sunteți pe listă, sunați echipa de la spital și întrebați. Nu așteptați să vedeți ce se întâmplă.
    .ask =
        Mai sunt pe lista dumneavoastră?
        Mă puteți vedea, acum că v-am explicat?

missed-appointments-hospital-cancels =
    .title = Dacă spitalul anulează
    .body =
        Uneori spitalul trebuie să anuleze sau să mute programarea.
        Dacă se întâmplă asta, echipa de la spital ar trebui să vă dea o nouă dată. Este treaba lor, nu a medicului GP.
        Spitalul vă poate anula operația chiar în ziua ei, dintr-un motiv care nu ține de sănătatea dumneavoastră. Atunci ar trebui să vă ofere o nouă dată în termen de 28 de zile. Dacă nu poate, ar trebui să plătească pentru ca operația să vi se facă la alt spital.
        Dacă vă simțiți mai rău cât așteptați, contactați cabinetul GP sau NHS 111 în aceeași zi și spuneți echipei de la spital. În caz de urgență, sunați la 999.
    .if-not = Dacă nu ați primit o nouă dată, sunați echipa de la spital.
    .ask =
        De ce a fost anulată programarea mea?
        Când voi primi o nouă dată?
