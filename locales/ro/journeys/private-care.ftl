# Journey: Moving from private care to the NHS.
# Structure and sources: src/journeys/private_care.rs

private-care =
    .title = Trecerea de la îngrijirea privată la NHS
    .summary = Cine vă dă medicamentele și vă face controalele după ce vă vede un medic privat și cum intrați pe o listă de așteptare NHS.
    .intro = Ați fost la un medic privat, iar acum vreți ca o parte din îngrijire să fie prin NHS. Unele lucruri trec la NHS, altele nu. Iată cine ce face.
    .keywords = privat, medic privat, clinică privată, spital privat, medic specialist privat, rețetă privată, am plătit, asigurare, trec la NHS, lista de așteptare NHS după privat, medicul de familie nu vrea să prescrie, teste la privat, analize la privat, private, private doctor, private clinic, private hospital, private consultant, private prescription, insurance, switch to NHS, GP will not prescribe, private tests, GP

private-care-clinic =
    .title = Clinica privată se ocupă de ce începe
    .body =
        Clinica privată vă dă prima rețetă pentru orice tratament pe care îl începe. Plătiți pentru asta.
        Dacă medicul privat cere teste sau controale, clinica privată le face și vă spune rezultatele.
        Clinica privată ar trebui să îi scrie medicului GP despre îngrijirea dumneavoastră.
    .if-not = Dacă aveți o întrebare despre îngrijirea privată, contactați clinica privată. Datele ei sunt în scrisoare.
    .ask =
        Îi veți scrie medicului meu GP?
        Cine îmi face testele și controalele?

private-care-gp-prescribing =
    .title = Medicul GP poate prelua unele medicamente
    .body =
        Îi puteți cere medicului GP să vă prescrie un medicament pe care l-a început medicul privat. Medicul GP decide dacă este potrivit pentru dumneavoastră.
        Medicul GP poate spune nu. Poate pentru că medicamentul trebuie urmărit de un specialist. Sau pentru că de obicei nu se dă prin NHS.
        Dacă medicul GP spune nu, clinica privată continuă să vi-l dea.
    .if-not = Dacă vi se termină curând medicamentul, contactați clinica privată înainte să rămâneți fără.
    .ask =
        Îmi puteți prescrie asta prin NHS?
        Dacă nu, ce ar trebui să fac?

private-care-nhs-list =
    .title = Intrarea pe o listă de așteptare NHS
    .body =
        Ca să vă vadă o echipă de la un spital NHS, de obicei aveți nevoie de o trimitere NHS. Vorbiți cu medicul GP.
        Medicul GP decide dacă aveți nevoie de o trimitere. Întrebați-l cum va funcționa asta în cazul dumneavoastră.
    .if-not = Dacă nu știți sigur cum funcționează regulile în zona dumneavoastră, întrebați la cabinetul GP.
    .ask =
        Mă puteți trimite la NHS pentru asta?
        Va trebui să aștept de la început?

private-care-worse =
    .title = Dacă vă simțiți mai rău
    .body =
        Dacă vă simțiți mult mai rău sau aveți simptome noi care vă îngrijorează, contactați cabinetul GP sau sunați la NHS 111 în aceeași zi. În caz de urgență, sunați la 999.
        Spuneți și medicului privat care vă tratează.
    .if-not = Dacă nimeni nu v-a sunat înapoi până la sfârșitul următoarei zile lucrătoare, sunați din nou. Dacă vă simțiți mai rău, sunați la NHS 111 în aceeași zi.
    .ask =
        Pe cine sun dacă mă simt mai rău noaptea?
