# Journey: A medicine started by a hospital specialist.
# Structure and sources: src/journeys/specialist_medicines.rs

specialist-medicines =
    .title = Un specialist de la spital vă începe un medicament nou
    .summary = Cine vă dă medicamentul, cine vă dă în continuare și pe cine întrebați despre efectele secundare și controale.
    .intro = Un specialist de la spital v-a început un medicament nou. Iată cine vi-l dă și cine vă dă în continuare. Aflați și pe cine să întrebați dacă aveți o problemă cu el.
    .keywords = rețetă, pastile, tablete, medicament, medicamente, medicament nou, rețetă repetată, îngrijire comună, acord de îngrijire comună, efecte secundare, reacții adverse, analize de sânge, monitorizare, mi se termină medicamentul, rețetă de la spital, medicament de la specialist, farmacie, reteta, prescription, repeat prescription, shared care, side effects, blood test, medication, pharmacy, GP

specialist-medicines-start =
    .title = Spitalul vă începe medicamentul
    .body =
        Un specialist de la spital decide că aveți nevoie de un medicament nou.
        Dacă trebuie să începeți imediat, spitalul vă dă prima rețetă. Rețeta este hârtia cu care primiți un medicament.
        Nu trebuie să mergeți la medicul GP pentru această primă cantitate.
    .if-not = Dacă vi s-a spus să începeți imediat un medicament, dar nu vi s-a dat, sunați echipa de la spital.
    .ask =
        Pentru ce este acest medicament?
        Când și cum trebuie să-l iau?
        Există o broșură despre el?

specialist-medicines-week =
    .title = Primiți medicament pentru cel puțin 7 zile
    .body =
        Când plecați de la spital sau de la clinică, ar trebui să aveți orice medicament nou pentru cel puțin 7 zile. Dacă tratamentul este mai scurt, îl primiți pe tot.
        Înainte să plecați, întrebați pentru ce este fiecare medicament. Întrebați ce efecte secundare poate avea. Un efect secundar este un lucru nedorit pe care îl poate face un medicament.
        Cereți o broșură și numărul de telefon al echipei de la spital.
    .if-not = Dacă ați plecat cu un medicament nou pentru mai puțin de 7 zile, sunați imediat echipa de la spital.
    .ask =
        Cât din acest medicament îmi dați?
        Cine îmi dă în continuare când se termină?
        Pe cine sun dacă am o problemă cu el?

specialist-medicines-more =
    .title = Cine vă dă medicamentul în continuare
    .body =
        Unele medicamente trebuie urmărite de un specialist. Dacă spitalul a început un astfel de medicament, spitalul continuă să vi-l dea.
        Uneori spitalul îi cere medicului GP să preia. Pentru asta e nevoie de un acord de îngrijire comună (shared care). Acesta este un plan cu care sunt de acord și spitalul, și medicul GP.
        Medicul GP poate prelua doar dacă a spus da. Până atunci, spitalul vă dă medicamentul în continuare.
    .if-not = Dacă vi se termină curând medicamentul și nimeni nu v-a dat altul, sunați echipa de la spital. Faceți asta înainte să rămâneți fără.
    .ask =
        Îmi veți da în continuare acest medicament sau mi-l va da medicul GP?
        A fost de acord medicul meu GP cu îngrijirea comună?
        Cum cer medicamentul în continuare?

specialist-medicines-checks =
    .title = Analize de sânge pentru medicament
    .body =
        Unele medicamente au nevoie de analize de sânge, ca să se verifice că sunt sigure pentru dumneavoastră. Întrebați dacă medicamentul dumneavoastră are nevoie.
        Întrebați cine face analizele și cât de des.
        Echipa care cere un test verifică rezultatul. Ei vă spun ce înseamnă.
    .if-not = Dacă un rezultat întârzie, contactați echipa care a cerut testul. Întrebați ce a arătat.
    .ask =
        Are nevoie acest medicament de analize de sânge?
        Cine le face și cât de des?
        Cine îmi spune rezultatele?

specialist-medicines-problems =
    .title = Dacă aveți o problemă cu medicamentul
    .body =
        Dacă credeți că medicamentul vă face probleme, sunați echipa de la spital care l-a început.
        Ei ar trebui să vă răspundă la întrebări. Nu ar trebui doar să vă spună să-l întrebați pe medicul GP.
        Dacă vă simțiți rău și nu știți ce să faceți, sunați la NHS 111. În caz de urgență, sunați la 999.
    .if-not = Dacă echipa de la spital nu vă sună înapoi, sunați din nou. Dacă vă simțiți mai rău, sunați la NHS 111 sau la medicul GP.
    .ask =
        La ce efecte secundare ar trebui să vă sun?
        Ce fac dacă uit o doză?
