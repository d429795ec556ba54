# Journey: Leaving hospital after a stay.
# Structure and sources: src/journeys/leaving_hospital.rs

leaving-hospital =
    .title = Când mergeți acasă din spital
    .summary = Ce ar trebui să aveți înainte să mergeți acasă și pe cine sunați după ce plecați.
    .intro = Mergeți acasă după o internare în spital. Iată ce ar trebui să facă echipa de la spital înainte să plecați. Aflați și pe cine să sunați dacă aveți întrebări.
    .keywords = plecare din spital, externare, externat, merg acasă, acasă din spital, bilet de externare, scrisoare de externare, medicamente noi, medicamente, pastile, rețetă, efecte secundare, certificat medical, concediu medical, liber de la muncă, secție, telefonul secției, întrebări după spital, control, îngrijire după externare, îngrijire acasă, asistentă medicală comunitară, ajutor acasă, secție virtuală, listă de verificare, grupuri de sprijin, discharge, discharge summary, fit note, sick note, ward, care at home, district nurse, reablement, virtual ward, GP

leaving-hospital-medicines =
    .title = Medicamentele noi
    .body =
        Dacă aveți nevoie de un medicament nou, spitalul vă dă acasă medicament pentru cel puțin 7 zile. Dacă tratamentul este mai scurt, îl primiți pe tot.
        Nu ar trebui să fie nevoie să primiți această primă cantitate de la medicul GP. Dacă nu vi se dă, cereți-o înainte să plecați.
        Personalul ar trebui să vă spună pentru ce este fiecare medicament. Ar trebui să vă spună și ce efecte secundare are. Un efect secundar este o problemă pe care o poate produce un medicament.
        Ghidul despre medicamentele după spital spune cine vă dă în continuare.
    .if-not = Dacă urmează să plecați fără medicamentele noi, întrebați personalul secției. Dacă sunteți deja acasă, sunați la secție.
    .ask =
        Pentru ce este fiecare medicament?
        Ce efecte secundare trebuie să urmăresc?
        Cine îmi dă altele când se termină acestea?

leaving-hospital-fit-note =
    .title = Un certificat medical pentru muncă
    .body =
        Un certificat medical (fit note) este un document pentru locul de muncă. Spune dacă sunteți destul de bine ca să lucrați. Unii îi spun sick note.
        În primele 7 zile în care lipsiți de la muncă pentru că sunteți bolnav, nu aveți nevoie de un certificat medical. Completați chiar dumneavoastră un formular pentru angajator.
        Dacă trebuie să lipsiți mai mult, spitalul vă dă un certificat medical. Ar trebui să acopere tot timpul în care ei cred că nu veți lucra.
        Deci nu ar trebui să fie nevoie să-i cereți medicului GP un certificat pentru acel timp.
    .if-not = Dacă plecați fără un certificat medical de care aveți nevoie, sunați la secție și cereți unul.
    .ask =
        Cât timp nu voi putea lucra?
        Acoperă certificatul meu tot acest timp?

leaving-hospital-care-at-home =
    .title = Îngrijirea acasă
    .body =
        Unii oameni au nevoie de ajutor acasă după o internare în spital. Echipa secției plănuiește asta împreună cu dumneavoastră înainte să plecați.
        Poate fi o vizită de la o asistentă medicală comunitară (district nurse). Sau o echipă vă poate ajuta, pentru scurt timp, să vă faceți din nou treburile fără ajutor.
        Unii oameni sunt îngrijiți acasă de o echipă de la spital, în loc să stea într-o secție. Aceasta se numește uneori secție virtuală (virtual ward). Echipa vă spune cum o puteți contacta, zi și noapte.
    .if-not = Dacă ajutorul despre care vi s-a spus nu a venit, sunați la numărul pe care vi l-a dat secția pentru asta. Dacă nu aveți un număr, sunați la secție.
    .ask =
        Voi avea nevoie de ajutor acasă?
        Cine va veni și când?
        Pe cine sun dacă nu vine nimeni?

leaving-hospital-check =
    .title = Verificați înainte să plecați
    .body =
        Înainte să mergeți acasă, verificați că aveți aceste lucruri.
        Medicamentele noi pentru cel puțin 7 zile. Pentru ce este fiecare și ce efecte secundare are. O broșură despre îngrijirea dumneavoastră.
        Numărul de telefon al secției și al echipei de la spital. Un certificat medical, dacă aveți nevoie. Cum se va face următoarea programare.
        Numele unor grupuri care vă pot ajuta, de exemplu organizații de caritate.
    .if-not = Dacă lipsește ceva, întrebați personalul secției înainte să plecați. Dacă sunteți deja acasă, sunați la secție.
    .ask =
        Pe cine sun dacă am o întrebare acasă?
        Cum se va face următoarea mea programare?
        Există un grup care mă poate ajuta?

leaving-hospital-letter =
    .title = Spitalul îi scrie medicului GP
    .body =
        Când plecați, echipa de la spital îi scrie o scrisoare medicului GP. Se numește scrisoare medicală de externare (discharge summary). Externare înseamnă plecarea din spital.
        Scrisoarea îi spune medicului GP ce s-a întâmplat cât ați fost în spital și dacă s-a schimbat ceva la medicamentele dumneavoastră. Ar trebui să primiți și dumneavoastră o copie.
    .if-not = Dacă cabinetul GP spune că nu a primit scrisoarea, sunați la secție. Rugați-i să o trimită.
    .ask =
        Pot primi o copie a scrisorii de externare?
        Trebuie medicul meu GP să facă ceva?

leaving-hospital-questions =
    .title = Dacă aveți întrebări acasă
    .body =
        Dacă aveți o întrebare despre internare sau despre medicamentele noi, sunați la secție. Numărul este adesea în scrisoarea de la secție.
        Dacă în scrisoare nu este numărul secției, sunați la numărul principal al spitalului. Rugați-i să vă facă legătura cu secția.
        Echipa secției ar trebui să vă răspundă singură. Nu ar trebui să vă spună să-l întrebați pe medicul GP.
        Dacă vă simțiți rău și nu știți ce să faceți, sunați la cabinetul GP sau la NHS 111 în aceeași zi. În caz de urgență, sunați la 999.
    .if-not = Dacă secția nu v-a sunat înapoi până la sfârșitul următoarei zile lucrătoare, sunați din nou. Dacă nu reușiți să vorbiți cu cineva de acolo, cereți să vorbiți cu serviciul de consiliere pentru pacienți al spitalului.
    .ask =
        Pe cine sun dacă am o problemă cu medicamentele?
        Când ar trebui să vă sun pe dumneavoastră și când pe medicul GP?
