# Journey: Your GP has referred you to a hospital team.
# Structure and sources: src/journeys/referral.rs

referral =
    .title = Medicul GP v-a trimis la o echipă de la spital
    .summary = Cine face prima programare, cât durează și pe cine sunați cât așteptați.
    .intro = Medicul dumneavoastră de familie (GP) crede că ar trebui să vă vadă o echipă de la spital. Aceasta se numește trimitere. Iată ce urmează și cine face fiecare parte.
    .keywords = trimitere, trimis la spital, bilet de trimitere, specialist, scrisoare de la spital, trimitere electronică, programare, consultație, medic specialist, clinică, ambulatoriu, listă de așteptare, referral, referred, e-referral, booking, appointment, consultant, clinic, waiting list, GP

referral-sent =
    .title = Medicul GP face trimiterea
    .body =
        Medicul GP îi scrie echipei de la spital. Spune care este problema și de ce aveți nevoie de o consultație.
        Uneori spitalul cere mai întâi teste, de exemplu analize de sânge. În acest caz, medicul GP le face înainte de a face trimiterea.
    .if-not = Dacă nu ați aflat nimic după 2 săptămâni, contactați cabinetul GP. Întrebați dacă trimiterea a plecat.
    .ask =
        La ce echipă de la spital mă trimiteți?
        Am nevoie mai întâi de teste?
        Trimiterea va fi marcată ca urgentă?

referral-booking =
    .title = Primiți o scrisoare, un e-mail sau un SMS ca să faceți programarea
    .body =
        Puteți primi o scrisoare cu un număr de programare și o parolă. Păstrați-o într-un loc sigur.
        Sau puteți primi un e-mail ori un SMS de la „NHS Referrals”. Are un link care deschide NHS App sau site-ul NHS.
        Folosiți-l ca să alegeți o zi și o oră sau ca să sunați echipa de programări.
    .if-not = Dacă nu primiți nimic în 2 săptămâni, sunați la numărul din scrisoarea de trimitere. Dacă nu aveți scrisoare, întrebați la cabinetul GP.
    .ask =
        Pot alege la ce spital merg?
        Pot avea în schimb o convorbire la telefon sau pe video?
        Pot veni cu cineva?

referral-waiting =
    .title = Așteptați prima consultație
    .body =
        Echipa de la spital se ocupă de locul dumneavoastră pe listă. Medicul GP nu poate grăbi consultația.
        Spitalul vă poate trimite un SMS ca să verifice dacă mai aveți nevoie de consultație. Vă rugăm să răspundeți, altfel vă puteți pierde locul.
        Pe site-ul My Planned Care puteți vedea timpul mediu de așteptare la fiecare spital. Este doar o medie.
        Dacă aveți o întrebare despre consultație, întrebați echipa de la spital. Ei ar trebui să vă răspundă, nu să vă trimită înapoi la medicul GP.
    .if-not = Dacă spitalul nu v-a contactat până la data care vi s-a spus, sunați echipa de la spital.
    .ask =
        Cât se așteaptă la această echipă?
        Pe cine sun dacă mi se schimbă planurile?

referral-worse =
    .title = Dacă vă simțiți mai rău cât așteptați
    .body =
        Dacă problema pentru care ați primit trimiterea se agravează, spuneți echipei de la spital. Ei decid dacă trebuie să vă vadă mai repede.
        Dacă vă simțiți rău și nu știți ce să faceți, sunați la cabinetul GP sau la NHS 111.
        În caz de urgență, sunați la 999.
        Dacă aveți o problemă nouă, care nu are legătură cu aceasta, mergeți ca de obicei la medicul GP.
    .if-not = Dacă echipa de la spital nu vă sună înapoi, sunați din nou. Dacă vă simțiți mai rău, sunați la NHS 111 sau la medicul GP.
    .ask =
        La ce schimbări ar trebui să vă sun?
        Mă puteți vedea mai repede dacă mă simt mai rău?

referral-appointment =
    .title = Prima consultație
    .body =
        Mergeți la echipa de la spital. Ei pot vorbi cu dumneavoastră, vă pot examina sau pot face teste.
        Luați cu dumneavoastră scrisoarea, o listă cu medicamentele și întrebările pe care le aveți.
        Dacă nu puteți merge, anunțați echipa de la spital cât mai repede, ca să poată da locul dumneavoastră altcuiva.
    .if-not = Dacă consultația este anulată, echipa de la spital ar trebui să vă dea o nouă dată. Sunați-i dacă nu ați primit-o.
    .ask =
        Care credeți că este problema?
        Ce urmează și cine se ocupă?
        Pe cine sun dacă am o întrebare mai târziu?

referral-after =
    .title = După consultație
    .body =
        Echipa de la spital îi scrie medicului GP în 10 zile, dacă medicul GP trebuie să facă ceva. Ar trebui să primiți și dumneavoastră o copie.
        Dacă aveți nevoie de alte teste, echipa de la spital le face și vă spune rezultatele.
        Dacă trebuie să mergeți la o altă echipă de la spital pentru o problemă legată de aceasta, spitalul vă trimite acolo. Nu trebuie să mergeți mai întâi înapoi la medicul GP.
    .if-not = Dacă nu ați primit o scrisoare după 2 săptămâni, sunați echipa de la spital.
    .ask =
        Voi primi o copie a scrisorii?
        Trebuie să vin din nou la dumneavoastră?
        Trebuie medicul meu GP să facă ceva?
