# Journey: Your GP has referred you to a hospital team.
# Structure and sources: src/journeys/referral.rs

referral =
    .title = Medicul GP v-a trimis la o echipă de la spital
    .summary = Cine face prima programare, pe cine sunați cât așteptați și ce faceți dacă vă simțiți mai rău.
    .intro = Medicul dumneavoastră de familie (GP) crede că ar trebui să vă vadă o echipă de la spital. Aceasta se numește trimitere. Iată ce urmează și cine face fiecare parte. Dacă medicul GP a spus că este urgent sau că ar putea fi cancer, citiți ghidul despre trimiterile urgente.
    .keywords = trimitere, trimis la spital, bilet de trimitere, specialist, scrisoare de la spital, trimitere electronică, programare, consultație, medic specialist, clinică, ambulatoriu, listă de așteptare, trimitere de rutină, referral, referred, e-referral, booking, appointment, consultant, clinic, waiting list, routine referral, GP

referral-sent =
    .title = Medicul GP face trimiterea
    .body =
        Medicul GP îi scrie echipei de la spital. Spune care este problema și de ce aveți nevoie de o consultație.
        Medicul GP spune și cât de repede aveți nevoie de consultație. O trimitere poate fi de rutină sau urgentă.
        Uneori spitalul cere mai întâi teste, de exemplu analize de sânge. În acest caz, medicul GP le face înainte de a face trimiterea.
        Adesea puteți alege la ce spital mergeți. Întrebați-l pe medicul GP când vă face trimiterea.
    .if-not = Întrebați-l pe medicul GP când ar trebui să aflați ceva despre trimitere. Dacă nu ați aflat nimic până atunci, contactați cabinetul GP. Întrebați dacă trimiterea a plecat.
    .ask =
        La ce echipă de la spital mă trimiteți?
        Trimiterea mea este de rutină sau urgentă?
        Pot alege la ce spital merg?
        Am nevoie mai întâi de teste?

referral-booking =
    .title = Primiți o scrisoare, un e-mail sau un SMS ca să faceți programarea
    .body =
        Puteți primi o scrisoare cu un număr de programare și o parolă. Păstrați-o într-un loc sigur.
        Sau puteți primi un e-mail ori un SMS. Are un link ca să faceți programarea în NHS App sau pe site-ul NHS.
        Folosiți-l ca să alegeți o zi și o oră sau ca să sunați echipa de programări.
        Unele SMS-uri care par să vină de la NHS sunt înșelătorii. NHS nu vă va cere să plătiți sau să dați datele contului bancar ca să faceți programarea. Dacă nu știți sigur, nu folosiți linkul. Sunați la numărul din scrisoare sau întrebați la cabinetul GP.
    .if-not = Dacă nu a venit nimic până la data spusă de medicul GP, sunați la numărul din scrisoarea de trimitere. Dacă nu aveți scrisoare, întrebați la cabinetul GP.
    .ask =
        Pot avea în schimb o convorbire la telefon sau pe video?
        Pot veni cu cineva?

referral-waiting =
    .title = Așteptați prima consultație
    .body =
        Echipa de la spital se ocupă de locul dumneavoastră pe listă.
        Spitalul vă poate trimite un SMS ca să verifice dacă mai aveți nevoie de consultație. Răspundeți dacă puteți. Dacă nu răspundeți, sunați echipa de la spital. Nu vă vor scoate de pe listă doar pentru că nu ați răspuns.
        Pe site-ul My Planned Care puteți vedea timpul mediu de așteptare la fiecare spital. Este doar o medie.
        Dacă aveți o întrebare despre consultație, întrebați echipa de la spital. Ei ar trebui să vă răspundă, nu să vă trimită înapoi la medicul GP.
    .if-not = Dacă spitalul nu v-a contactat până la data care vi s-a spus, sunați echipa de la spital.
    .ask =
        Cât se așteaptă la această echipă?
        Pe cine sun dacă mi se schimbă planurile?

referral-worse =
    .title = Dacă vă simțiți mai rău cât așteptați
    .body =
        Dacă vă simțiți mult mai rău sau aveți simptome noi care vă îngrijorează, contactați cabinetul GP sau sunați la NHS 111 în aceeași zi.
        În caz de urgență, sunați la 999.
        Spuneți și echipei de la spital. Un medic de acolo poate verifica dacă trebuie să vă vadă mai repede.
        Și medicul GP poate cere spitalului să vă vadă mai repede sau poate marca trimiterea ca urgentă.
    .if-not = Dacă echipa de la spital nu v-a sunat înapoi până la sfârșitul următoarei zile lucrătoare, sunați din nou. Nu îi așteptați dacă vă simțiți mai rău: sunați la cabinetul GP sau la NHS 111 în aceeași zi.
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

referral-letter =
    .title = Spitalul îi scrie medicului GP
    .body =
        După consultație, echipa de la spital îi scrie medicului GP, dacă acesta trebuie să facă ceva. Aceasta se numește scrisoare de la clinică (clinic letter). Ar trebui să primiți și dumneavoastră o copie.
    .if-not = Dacă cabinetul GP nu a primit scrisoarea în termenul arătat, sunați echipa de la spital. Rugați-i să o trimită.
    .ask =
        Voi primi o copie a scrisorii?
        Trebuie medicul meu GP să facă ceva?

referral-after =
    .title = Ce face spitalul mai departe
    .body =
        Dacă aveți nevoie de alte teste, echipa de la spital le cere. Ei vă spun rezultatele.
        Dacă trebuie să reveniți, echipa de la spital ar trebui să vă spună cum se va organiza asta. Uneori trebuie să îi contactați chiar dumneavoastră.
        Dacă trebuie să mergeți la o altă echipă de la spital pentru o problemă legată de aceasta, spitalul vă trimite acolo. Nu trebuie să mergeți mai întâi înapoi la medicul GP.
    .if-not = Dacă vi s-a spus că veți afla ceva despre un test sau o consultație și nu ați aflat, sunați echipa de la spital.
    .ask =
        Trebuie să vin din nou la dumneavoastră?
        Îmi faceți dumneavoastră programarea sau trebuie să vă contactez eu?
        Cine îmi spune rezultatele testelor?
