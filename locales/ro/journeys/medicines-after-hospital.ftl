# Journey: Medicines after a hospital stay or a clinic visit.
# Structure and sources: src/journeys/medicines_after_hospital.rs

medicines-after-hospital =
    .title = Medicamentele când ajungeți acasă de la spital
    .summary = Cine vă dă medicamentele noi, cine vă schimbă lista de rețete repetate și ce faceți înainte să rămâneți fără medicament.
    .intro = Medicamentele dumneavoastră se pot schimba după o internare în spital sau după ce vă vede o echipă de la spital. Iată cine vă dă fiecare cantitate de medicament, cine vă actualizează lista și pe cine să întrebați.
    .keywords = medicamente după spital, medicamente noi, medicamente schimbate, medicamente oprite, pastile, tablete, rețetă repetată, lista de rețete repetate, mi se termină medicamentul, am rămas fără medicament, prima cantitate, farmacie, farmacist, medicamente la externare, medicament pentru subțierea sângelui, anticoagulant, chimioterapie, linie telefonică de ajutor, ce medicamente iau, medicines after hospital, repeat prescription, running out, first supply, pharmacy, discharge medicines, blood thinner, chemotherapy, helpline, GP

medicines-after-hospital-first-supply =
    .title = Spitalul vă dă prima cantitate
    .body =
        După o internare în spital, ar trebui să plecați acasă cu orice medicament nou pentru cel puțin 7 zile. Dacă tratamentul este mai scurt, îl primiți pe tot.
        După o consultație la clinică, este altfel. Dacă trebuie să începeți imediat, spitalul vă dă cât vă trebuie până când medicul GP primește scrisoarea de la clinică. Altfel, scrisoarea îi cere medicului GP să vi-l prescrie.
    .if-not = Dacă urmează să plecați fără un medicament nou de care aveți nevoie acum, întrebați personalul secției sau al clinicii. Dacă sunteți deja acasă, sunați la secție sau echipa de la spital.
    .ask =
        Trebuie să încep acest medicament acum?
        Cât medicament îmi dați?
        Îmi va da în continuare medicul GP sau dumneavoastră?

medicines-after-hospital-list =
    .title = Primiți o listă cu medicamentele
    .body =
        Înainte să plecați, echipa secției ar trebui să vă spună ce medicamente sunt noi, care s-au schimbat și pe care trebuie să le opriți.
        Această listă este și în scrisoarea pe care spitalul o trimite medicului GP. Cereți o copie.
        Nu continuați să luați un medicament pe care spitalul l-a oprit, decât dacă vă spune un medic să-l luați.
    .if-not = Dacă nu știți sigur ce medicamente să luați, sunați la secție. Sau întrebați un farmacist.
    .ask =
        Care dintre medicamentele mele sunt noi, schimbate sau oprite?
        Pot primi o listă scrisă?

medicines-after-hospital-pharmacy =
    .title = Farmacia vă poate verifica medicamentele
    .body =
        Spitalul poate trimite detalii despre medicamentele noi la farmacia la care mergeți de obicei. Apoi farmacistul poate vorbi cu dumneavoastră despre ele.
        Farmacistul compară lista nouă cu ce luați înainte. Poate observa probleme.
        Puteți ruga secția să trimită datele dumneavoastră la farmacia pe care o folosiți.
    .if-not = Dacă farmacia nu a primit nimic de la spital, duceți-le scrisoarea de la secție. Rugați-i să o verifice.
    .ask =
        Puteți trimite lista medicamentelor mele la farmacia mea?
        Poate farmacistul să verifice lista nouă împreună cu mine?

medicines-after-hospital-repeat =
    .title = Cabinetul GP vă actualizează lista de rețete repetate
    .body =
        Cabinetul GP primește o scrisoare de la spital. Apoi vă actualizează rețetele repetate.
        Verificați lista de rețete repetate înainte să comandați. Asigurați-vă că are medicamentele noi și nu le are pe cele pe care le-ați oprit.
        Comandați fiecare rețetă repetată din timp, ca să nu rămâneți fără medicament.
    .if-not = Dacă lista de rețete repetate este greșită sau medicamentul nou nu este pe ea, contactați cabinetul GP. Dacă ei nu au încă scrisoarea, sunați echipa de la spital sau secția.
    .ask =
        Ați primit scrisoarea mea de la spital?
        Este la zi lista mea de rețete repetate?

medicines-after-hospital-running-out =
    .title = Dacă vi se termină curând medicamentul
    .body =
        Dacă vi se termină curând medicamentul și medicul GP nu are scrisoarea, sunați echipa de la spital sau secția. Rugați-i să trimită scrisoarea sau să vă dea mai mult medicament.
        Dacă cabinetul GP este închis și aveți nevoie de un medicament azi, sunați la NHS 111. Vă pot ajuta să îl primiți de la o farmacie.
    .if-not = Dacă nimeni nu vă poate ajuta și vă simțiți rău fără medicament, sunați la NHS 111 în aceeași zi. În caz de urgență, sunați la 999.
    .ask =
        Ce fac dacă rămân fără medicament în weekend?
        Este sigur să sar peste o doză din acest medicament?

medicines-after-hospital-high-risk =
    .title = Medicamente pentru care aveți nevoie repede de ajutor
    .body =
        Dacă luați anumite medicamente și vă simțiți rău, aveți nevoie repede de ajutor. Medicamentele pentru cancer sunt un exemplu. Alte exemple sunt medicamentele care subțiază sângele sau care vă fac să luptați mai greu cu microbii.
        Echipa de la spital ar trebui să vă dea numărul unei linii telefonice de ajutor pentru aceste medicamente. Unele linii sunt deschise zi și noapte. Țineți numărul la dumneavoastră.
        Dacă vă simțiți foarte rău, sunați imediat la linia de ajutor. În caz de urgență, sunați la 999.
    .if-not = Dacă nu aveți numărul unei linii de ajutor, sunați echipa de la spital și cereți-l. Dacă vă simțiți rău și nu îi puteți contacta, sunați la NHS 111 în aceeași zi.
    .ask =
        Există o linie telefonică de ajutor pentru acest medicament?
        Ce semne înseamnă că trebuie să sun imediat la linia de ajutor?
