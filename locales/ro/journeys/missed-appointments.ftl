# Journey: If you miss or cancel a hospital appointment.
# Structure and sources: src/journeys/missed_appointments.rs

missed-appointments =
    .title = Dacă pierdeți sau anulați o programare la spital
    .summary = Ce faceți dacă nu puteți merge la o programare la spital și cine face una nouă.
    .intro = Uneori nu puteți merge la o programare la spital. Iată ce trebuie să faceți și cine stabilește o nouă dată. Nu ar trebui să o luați de la capăt cu medicul de familie (GP).
    .keywords = programare pierdută, am pierdut programarea, am uitat, am uitat de programare, anulare, anulez programarea, programare anulată, nu pot merge, nu pot ajunge, schimb programarea, mut programarea, reprogramare, altă dată, dată nouă, nu m-am prezentat, spitalul a anulat, spitalul a mutat programarea, trimitere nouă, înapoi la medicul de familie, missed appointment, cancel, cancelled, reschedule, rebook, did not attend, DNA, GP

missed-appointments-tell =
    .title = Anunțați spitalul cât mai repede
    .body =
        Dacă nu puteți merge la o programare la spital, anunțați echipa de la spital cât mai repede. Folosiți numărul din scrisoare sau din SMS.
        Astfel, ei pot da locul dumneavoastră altcuiva.
        Când vorbiți cu ei, cereți o nouă dată.
    .if-not = Dacă nu reușiți să vorbiți cu ei, mai încercați. Unele spitale vă lasă să schimbați programarea și online sau prin SMS.
    .ask =
        Pot primi acum o nouă dată?
        Pot avea în schimb o convorbire la telefon sau pe video?

missed-appointments-rebook =
    .title = Spitalul vă face o nouă programare
    .body =
        Echipa de la spital vă face noua programare. Medicul GP nu face asta.
        Dacă ați pierdut programarea și nu i-ați anunțat, sunați echipa de la spital cât mai repede. Spuneți-le că încă aveți nevoie de consultație.
        Spitalul nu ar trebui să vă trimită pur și simplu înapoi la medicul GP pentru o nouă trimitere.
    .if-not = Dacă spitalul vă spune să mergeți înapoi la medicul GP, întrebați de ce. Întrebați dacă vă pot da în schimb o nouă dată.
    .ask =
        Când este noua mea programare?
        Ce se întâmplă dacă mai pierd o programare?

missed-appointments-hospital-cancels =
    .title = Dacă spitalul anulează
    .body =
        Uneori spitalul trebuie să anuleze sau să mute programarea.
        Dacă se întâmplă asta, echipa de la spital ar trebui să vă dea o nouă dată. Este treaba lor, nu a medicului GP.
        Dacă vă simțiți mai rău cât așteptați, spuneți echipei de la spital. Dacă vă simțiți rău, sunați la cabinetul GP sau la NHS 111. În caz de urgență, sunați la 999.
    .if-not = Dacă nu ați primit o nouă dată, sunați echipa de la spital.
    .ask =
        De ce a fost anulată programarea mea?
        Când voi primi o nouă dată?
