# Journey: Moving from children's to adult services (for young people).
# Structure and sources: src/journeys/moving_to_adult_care.rs

moving-to-adult-care =
    .title = Trecerea de la îngrijirea pentru copii la îngrijirea pentru adulți
    .summary = Cine vă planifică trecerea la îngrijirea pentru adulți și pe cine contactați înainte și după.
    .intro = Aveți o problemă de sănătate care durează mult timp. Aceasta se numește boală cronică. Pe măsură ce creșteți, îngrijirea trece de la echipa pentru copii la serviciile pentru adulți. Iată cine ce face.
    .keywords = trecerea la îngrijirea pentru adulți, servicii pentru adulți, tranziție, transfer, cresc, împlinesc 16 ani, împlinesc 18 ani, adolescent, adolescentă, tânăr, tânără, spital de copii, boală cronică, afecțiune de lungă durată, clinică pentru adulți, plec de la serviciile pentru copii, transition, adult services, long-term condition, GP

moving-to-adult-care-plan =
    .title = Echipa pentru copii planifică trecerea
    .body =
        Echipa pentru copii de la spital vă planifică trecerea la îngrijirea pentru adulți. Ar trebui să înceapă să vorbească cu dumneavoastră despre asta cel târziu în anul școlar Year 9, când aveți 13 sau 14 ani.
        Ar trebui să aveți o singură persoană desemnată să vă ajute la planificare (named worker). Întrebați cine este.
        Puteți veni cu un părinte sau cu un îngrijitor, dacă doriți. Puteți cere și să vorbiți cu medicul între patru ochi o parte din fiecare consultație.
    .if-not = Dacă nimeni nu a vorbit cu dumneavoastră despre trecere, întrebați echipa pentru copii. Puteți întreba la următoarea consultație.
    .ask =
        Când voi trece la îngrijirea pentru adulți?
        Cine este persoana mea desemnată (named worker)?
        Pot vorbi cu dumneavoastră între patru ochi o parte din consultație?

moving-to-adult-care-before =
    .title = Înainte de trecere
    .body =
        Până la trecere, echipa pentru copii se ocupă în continuare de îngrijirea dumneavoastră.
        Ar trebui să puteți cunoaște pe cineva din echipa pentru adulți înainte de trecere.
        Contactați echipa pentru copii dacă aveți întrebări sau dacă boala se agravează. Dacă vă simțiți rău și nu știți ce să faceți, sunați la cabinetul GP sau la NHS 111 în aceeași zi. În caz de urgență, sunați la 999.
    .if-not = Dacă echipa pentru copii nu v-a sunat înapoi până la sfârșitul următoarei zile lucrătoare, sunați din nou. Dacă vă simțiți mai rău, sunați la NHS 111 sau la medicul GP în aceeași zi.
    .ask =
        Pe cine contactez până la trecere?
        Pot cunoaște echipa pentru adulți înainte de trecere?

moving-to-adult-care-adult-team =
    .title = Echipa pentru adulți preia îngrijirea
    .body =
        După trecere, de boala dumneavoastră se poate ocupa o echipă pentru adulți de la spital.
        Persoana desemnată (named worker) ar trebui să țină legătura cu dumneavoastră cam 6 luni după trecere, ca să verifice că totul a mers bine.
        Fiecare parte a îngrijirii ar trebui să aibă o singură echipă responsabilă. Ar trebui să știți care este acea echipă. Păstrați numărul lor de telefon într-un loc sigur.
    .if-not = Dacă nu știți cine se ocupă acum de îngrijirea dumneavoastră, întrebați persoana desemnată (named worker). Sau întrebați la cabinetul GP.
    .ask =
        Ce echipă se ocupă acum de îngrijirea mea?
        Cum vă pot contacta?
        Cât de des vă voi vedea?

moving-to-adult-care-gp =
    .title = Medicul GP poate deveni medicul dumneavoastră principal
    .body =
        Din acest moment, medicul GP poate deveni medicul dumneavoastră principal. Asta înseamnă că cabinetul GP se ocupă de o parte mai mare din îngrijirea dumneavoastră.
        Întrebați echipa pentru copii dacă așa va fi și în cazul dumneavoastră.
        Tot la cabinetul GP mergeți și cu problemele de sănătate noi.
    .if-not = Dacă nu știți dacă medicul GP este acum medicul dumneavoastră principal, întrebați la cabinetul GP.
    .ask =
        Sunteți acum medicul meu principal?
        Aveți scrisorile mele de la spital?
        Pe cine sun dacă boala mea se agravează?
