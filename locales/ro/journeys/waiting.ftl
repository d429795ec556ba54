# Journey: While you wait for a hospital appointment.
# Structure and sources: src/journeys/waiting.rs

waiting =
    .title = Cât așteptați o programare la spital
    .summary = Cine se ocupă de dumneavoastră cât așteptați și cui să spuneți dacă vă simțiți mai rău.
    .intro = Sunteți pe o listă ca să vă vadă o echipă de la spital. Iată cine ce face cât așteptați. Aflați și pe cine să sunați dacă vă simțiți mai rău.
    .keywords = listă de așteptare, timp de așteptare, aștept, cât durează, așteptare lungă, încă aștept, mă simt mai rău, simptome mai grave, simptome noi, mai repede, grăbesc programarea, urc pe listă, data programării, când am programarea, timp mediu de așteptare, SMS de la spital, mai aveți nevoie de programare, tensiune arterială, să rămân sănătos, alte probleme de sănătate, insist la spital, lista de asteptare, waiting list, waiting time, my planned care, appointment, GP

waiting-list =
    .title = Spitalul vă păstrează locul
    .body =
        Echipa de la spital se ocupă de listă și de locul dumneavoastră pe ea.
        Puteți vedea timpul mediu de așteptare pe site-ul My Planned Care. Arată fiecare spital și fiecare tip de îngrijire. Se actualizează în fiecare săptămână.
        Este doar o medie, așa că dumneavoastră puteți aștepta mai mult sau mai puțin. Site-ul nu arată timpii de așteptare pentru tratamentul cancerului.
    .if-not = Dacă spitalul nu v-a contactat până la data care vi s-a spus, sunați echipa de la spital. Rugați-i să verifice că sunteți pe listă.
    .ask =
        Cam cât voi aștepta?
        Pe cine sun dacă mi se schimbă planurile?
        Îmi veți spune dacă așteptarea se prelungește?

waiting-check =
    .title = Spitalul verifică dacă mai aveți nevoie de consultație
    .body =
        Spitalul vă poate contacta ca să verifice dacă mai aveți nevoie de consultație. Adesea printr-un SMS.
        Vă rugăm să răspundeți dacă puteți. Dacă nu mai aveți nevoie de consultație, spuneți asta. Atunci altcineva poate primi locul dumneavoastră.
        Dacă nu răspundeți, nu vă pierdeți locul doar din acest motiv. Spitalul va încerca să vă contacteze în alt fel sau îl va întreba pe medicul GP.
        Unele SMS-uri care par să vină de la NHS sunt înșelătorii. NHS nu vă va cere să plătiți sau să dați datele contului bancar. Dacă nu știți sigur dacă un SMS este adevărat, nu folosiți linkul din el. Sunați la numărul din scrisoarea de la spital.
    .if-not = Dacă nu ați văzut SMS-ul sau ați răspuns din greșeală, sunați echipa de la spital și spuneți-le.
    .ask =
        Cum mă veți contacta?
        Ce se întâmplă dacă nu văd SMS-ul dumneavoastră?

waiting-care =
    .title = Medicul GP are în continuare grijă de dumneavoastră
    .body =
        Cabinetul GP se ocupă în continuare de celelalte probleme de sănătate. De exemplu, vă ajută să țineți tensiunea arterială sub control.
        Acest lucru contează. Ajută ca tratamentul de la spital să nu fie amânat.
        Puteți ajuta și dumneavoastră. Luați-vă în continuare medicamentele. Mergeți la controale.
        Dacă aveți o problemă nouă, care nu are legătură cu cea pentru care așteptați, mergeți ca de obicei la medicul GP.
    .if-not = Dacă urmează să aveți un control și nu ați aflat nimic, contactați cabinetul GP.
    .ask =
        Ce pot face pentru sănătatea mea cât aștept?
        Sunt sub control celelalte probleme de sănătate pe care le am?
        Când este următorul meu control?

waiting-worse =
    .title = Dacă vă simțiți mai rău
    .body =
        Dacă vă simțiți mult mai rău sau aveți simptome noi care vă îngrijorează, contactați cabinetul GP sau sunați la NHS 111 în aceeași zi.
        În caz de urgență, sunați la 999.
        Spuneți și echipei de la spital. Un medic de acolo poate verifica dacă trebuie să vă vadă mai repede.
        Și medicul GP poate cere spitalului să vă vadă mai repede sau poate marca trimiterea ca urgentă.
    .if-not = Dacă echipa de la spital nu v-a sunat înapoi până la sfârșitul următoarei zile lucrătoare, sunați din nou. Nu îi așteptați dacă vă simțiți mai rău: sunați la cabinetul GP sau la NHS 111 în aceeași zi.
    .ask =
        La ce schimbări ar trebui să vă sun?
        Pe cine sun noaptea sau în weekend?

waiting-questions =
    .title = Dacă aveți o întrebare
    .body =
        Dacă aveți o întrebare despre consultație, întrebați echipa de la spital. Spitalul trebuie să vă spună cum îl puteți contacta. Uitați-vă în scrisoare sau în SMS.
        Echipa de la spital ar trebui să vă răspundă singură. Nu ar trebui să vă spună să-l întrebați pe medicul GP.
        Dacă ați așteptat mult timp, puteți întreba dacă puteți merge la alt spital. Citiți ghidul despre drepturile dumneavoastră pe lista de așteptare.
    .if-not = Dacă nu primiți un răspuns, cereți să vorbiți cu serviciul de consiliere pentru pacienți al spitalului. Ei vă ajută când ceva nu merge bine.
    .ask =
        Care este cel mai bun mod să vă contactez?
        Cu cine pot vorbi despre locul meu pe listă?
