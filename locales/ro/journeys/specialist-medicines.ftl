# Journey: A medicine started by a hospital specialist.
# Structure and sources: src/journeys/specialist_medicines.rs

specialist-medicines =
    .title = Un medic de la spital vă începe un medicament nou
    .summary = Cine vă dă medicamentul, cine vă dă în continuare și pe cine întrebați despre efectele secundare și controale.
    .intro = Un specialist de la spital v-a început un medicament nou. Un specialist este un medic care știe foarte multe despre un anumit fel de problemă de sănătate. Iată cine vi-l dă și cine vă dă în continuare. Aflați și pe cine să întrebați dacă aveți o problemă cu el.
    .keywords = rețetă, pastile, tablete, medicament, medicamente, medicament nou, specialistul a început un medicament, medicament de la clinică, rețetă repetată, îngrijire comună, acord de îngrijire comună, efecte secundare, reacții adverse, analize de sânge, monitorizare, mi se termină medicamentul, rețetă de la spital, medicament de la specialist, farmacie, reteta, prescription, repeat prescription, shared care, side effects, blood test, medication, pharmacy, specialist started a medicine, clinic medicine, GP

specialist-medicines-start =
    .title = Spitalul vă dă prima cantitate
    .body =
        Un specialist de la spital decide că aveți nevoie de un medicament nou.
        Dacă trebuie să începeți imediat, spitalul vă dă prima cantitate. Nu trebuie să mergeți la medicul GP pentru asta.
        După o internare în spital, primiți medicament pentru cel puțin 7 zile sau tot tratamentul, dacă este mai scurt.
        După o consultație la clinică, spitalul vă dă cât vă trebuie deocamdată, dacă aveți nevoie de medicament imediat. Sau scrisoarea de la clinică îi cere medicului GP să vi-l prescrie.
    .if-not = Dacă vi s-a spus să începeți imediat un medicament, dar nu vi s-a dat, sunați echipa de la spital.
    .ask =
        Pentru ce este acest medicament?
        Când și cum trebuie să-l iau?
        Mi-l dați dumneavoastră sau medicul meu GP?

specialist-medicines-gp =
    .title = După aceea, cele mai multe medicamente vi le prescrie medicul GP
    .body =
        Pentru cele mai multe medicamente, scrisoarea de la clinică îi cere medicului GP să vă prescrie în continuare medicamentul. Rețeta este hârtia cu care primiți un medicament.
        Așteptați până când cabinetul GP are scrisoarea. Apoi rugați-i să adauge medicamentul pe lista rețetelor repetate.
        Comandați fiecare rețetă repetată din timp, ca să nu rămâneți fără medicament.
    .if-not = Dacă cabinetul GP nu a primit scrisoarea și vi se termină curând medicamentul, sunați echipa de la spital. Rugați-i să trimită scrisoarea sau să vă dea mai mult medicament.
    .ask =
        Ați trimis scrisoarea medicului meu GP?
        Cât medicament îmi dați până atunci?

specialist-medicines-shared-care =
    .title = Medicamente pe care trebuie să le urmărească un specialist
    .body =
        Unele medicamente trebuie urmărite de un specialist. Dacă spitalul a început un astfel de medicament, spitalul continuă să vi-l dea.
        Uneori spitalul îi cere medicului GP să preia. Pentru asta e nevoie de un acord de îngrijire comună (shared care agreement). Acesta este un plan cu care sunt de acord toți: spitalul, medicul GP și dumneavoastră.
        Medicul GP nu este obligat să spună da. Până când toți au fost de acord, spitalul vă dă medicamentul în continuare.
    .if-not = Dacă vi se termină curând medicamentul și nimeni nu v-a dat mai mult, sunați echipa de la spital. Faceți asta înainte să rămâneți fără.
    .ask =
        Îmi veți da în continuare acest medicament sau mi-l va da medicul GP?
        A fost de acord medicul meu GP cu îngrijirea comună?
        Cum cer mai mult medicament?

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
        Unele medicamente, de exemplu cele pentru cancer, au o linie telefonică de ajutor deschisă zi și noapte. Dacă echipa v-a dat un astfel de număr, folosiți-l.
        Dacă vă simțiți foarte rău, sunați la NHS 111 sau la cabinetul GP în aceeași zi. În caz de urgență, sunați la 999.
    .if-not = Dacă echipa de la spital nu v-a sunat înapoi până la sfârșitul următoarei zile lucrătoare, sunați din nou. Dacă vă simțiți mai rău, sunați la NHS 111 sau la medicul GP în aceeași zi.
    .ask =
        La ce efecte secundare ar trebui să vă sun?
        Există o linie telefonică de ajutor pentru acest medicament?
        Ce fac dacă uit o doză?
