# Journey: An urgent referral, including when cancer is possible.
# Structure and sources: src/journeys/urgent_referral.rs

urgent-referral =
    .title = Medicul GP v-a trimis urgent la spital
    .summary = Ce se întâmplă când medicul GP vă trimite repede la spital și pe cine sunați dacă nu aflați nimic.
    .intro = Medicul dumneavoastră de familie (GP) vrea ca o echipă de la spital să vă vadă curând. Aceasta se numește trimitere urgentă. Poate medicul GP v-a spus că este ca să se verifice dacă aveți cancer. Cei mai mulți oameni trimiși astfel nu au cancer. Iată ce urmează și cine face fiecare parte.
    .keywords = trimitere urgentă, urgent, suspiciune de cancer, cancer, ar putea fi cancer, verificare pentru cancer, două săptămâni, 2 săptămâni, procedură rapidă, diagnostic rapid, direct la test, nodul, umflătură, scanare curând, mă sună spitalul, număr necunoscut, biopsie, urgent referral, suspected cancer, two week wait, 2 week wait, fast track, faster diagnosis, straight to test, lump, GP

urgent-referral-sent =
    .title = Medicul GP face o trimitere urgentă
    .body =
        Medicul GP îi scrie echipei de la spital și marchează trimiterea ca urgentă. Ar trebui să vă spună de ce.
        Este urgentă ca orice problemă gravă să fie găsită repede sau exclusă.
        Uneori mergeți direct la un test, de exemplu o scanare, înainte să vă vadă un specialist.
        Verificați că cabinetul GP are numărul dumneavoastră de telefon și adresa corecte.
    .if-not = Dacă nu știți sigur dacă trimiterea a plecat, contactați cabinetul GP în următoarea zi lucrătoare și întrebați.
    .ask =
        De ce mă trimiteți urgent?
        La ce test sau consultație să mă aștept?
        Pot primi o broșură despre asta?

urgent-referral-contact =
    .title = Spitalul vă contactează curând
    .body =
        De obicei, spitalul vă contactează în câteva zile. Poate fi la telefon, prin SMS sau prin scrisoare.
        Răspundeți la apelurile de la numere pe care nu le cunoașteți și verificați-vă mesajele. Încercați să puteți merge la spital chiar dacă vă anunță cu puțin timp înainte.
    .if-not = Dacă nu v-a contactat nimeni după o săptămână, sunați la cabinetul GP. Rugați-i să verifice dacă spitalul a primit trimiterea. Puteți suna și echipa de programări a spitalului.
    .ask =
        Când ar trebui să mă contacteze spitalul?
        Pe cine sun dacă nu pot veni în ziua pe care mi-o dați?

urgent-referral-tests =
    .title = Echipa de la spital face teste
    .body =
        Echipa de la spital vă poate face teste, de exemplu o scanare, o analiză de sânge sau o investigație cu o cameră mică. Vă spun pentru ce este fiecare.
        NHS își propune să vă spună dacă aveți cancer sau nu în termen de 28 de zile de la trimitere. Celor mai mulți oameni li se spune mai repede.
        Dacă durează mai mult, echipa de la spital ar trebui să vă spună de ce și ce urmează.
    .if-not = Dacă nu ați aflat un rezultat până la data spusă de echipă, sunați echipa de la spital.
    .ask =
        Pentru ce este acest test?
        Când voi primi rezultatul și cine mi-l va spune?

urgent-referral-result =
    .title = Echipa de la spital vă spune rezultatul
    .body =
        Echipa de la spital vă spune rezultatul. Îi scrie și medicului GP.
        Dacă nu este cancer, vă spun ce urmează. S-ar putea să nu mai fie nevoie să mergeți la ei. Sau vă pot trimite la o altă echipă.
        Dacă este cancer, de dumneavoastră se ocupă o echipă specializată. Primiți o persoană anume pe care o puteți contacta, adesea o asistentă medicală specializată.
    .if-not = Dacă nu vi s-a spus rezultatul, sunați echipa de la spital. Nu așteptați să vi-l spună medicul GP.
    .ask =
        Pe cine contactez dacă am întrebări?
        Trebuie să mai vin?
        Ce ar trebui să urmăresc pe viitor?

urgent-referral-worse =
    .title = Dacă vă simțiți mai rău cât așteptați
    .body =
        Dacă vă simțiți mult mai rău sau aveți simptome noi care vă îngrijorează, contactați cabinetul GP sau sunați la NHS 111 în aceeași zi.
        În caz de urgență, sunați la 999.
        Spuneți și echipei de la spital, ca să știe.
    .if-not = Dacă echipa de la spital nu v-a sunat înapoi până la sfârșitul următoarei zile lucrătoare, sunați din nou. Dacă vă simțiți mai rău, sunați la cabinetul GP sau la NHS 111 în aceeași zi.
    .ask =
        La ce schimbări ar trebui să vă sun?
        Pe cine sun noaptea sau în weekend?
