# Journey: Care at home after leaving hospital.
# Structure and sources: src/journeys/care_at_home.rs

care-at-home =
    .title = Îngrijirea acasă după o internare în spital
    .summary = Cine plănuiește ajutorul acasă, cine vine și pe cine sunați dacă ajutorul nu vine.
    .intro = Unii oameni au nevoie de ajutor acasă după o internare în spital. Unii sunt îngrijiți acasă de o echipă de la spital, în loc să stea într-o secție. Iată cine ce face și pe cine să sunați.
    .keywords = îngrijire acasă, ajutor acasă, asistentă medicală comunitară, asistentă care vine acasă, vizite acasă, recuperare acasă, îngrijitori, îngrijire la domiciliu, secție virtuală, spitalizare la domiciliu, după spital, merg acasă, externare, sprijin acasă, aparate, echipamente, care at home, help at home, district nurse, community nurse, reablement, carers, home care, virtual ward, hospital at home, discharge, equipment

care-at-home-plan =
    .title = Echipa secției plănuiește ajutorul împreună cu dumneavoastră
    .body =
        Înainte să plecați din spital, echipa secției vorbește cu dumneavoastră despre ajutorul de care aveți nevoie acasă.
        Ar trebui să vă spună cine va veni, când și cum îi puteți contacta. Cereți aceste informații în scris.
        Dacă cineva are grijă de dumneavoastră acasă, poate lua și el parte la această discuție.
    .if-not = Dacă nimeni nu a vorbit cu dumneavoastră despre ajutorul acasă și credeți că aveți nevoie de el, întrebați personalul secției înainte să plecați.
    .ask =
        Voi avea nevoie de ajutor acasă?
        Cine va veni și când?

care-at-home-nurse =
    .title = Vă poate vizita o asistentă medicală sau un îngrijitor
    .body =
        O asistentă medicală comunitară (district nurse) vă poate vizita acasă. Vă poate schimba pansamentele, vă poate face injecții și poate verifica cum vă simțiți.
        Unii oameni primesc ajutor pentru scurt timp, ca să poată face din nou singuri lucrurile de zi cu zi. Aceasta se numește uneori reabilitare acasă (reablement).
        Echipa care vă vizitează vă dă numărul ei de telefon.
    .if-not = Dacă o vizită despre care vi s-a spus nu are loc, sunați la numărul pe care vi l-a dat echipa. Dacă nu aveți un număr, sunați la secție sau la cabinetul GP.
    .ask =
        Care este numărul dumneavoastră de telefon?
        Ce fac dacă nu veniți?

care-at-home-virtual-ward =
    .title = Dacă sunteți într-o secție virtuală
    .body =
        Secția virtuală (virtual ward) înseamnă că o echipă de la spital are grijă de dumneavoastră acasă, nu într-o secție. Aceasta se mai numește spitalizare la domiciliu (hospital at home).
        Echipa vă poate vizita, vă poate suna sau vă poate verifica prin aparate pe care le folosiți acasă.
        Echipa de la spital se ocupă de îngrijirea dumneavoastră cât sunteți în secția virtuală. Vă spun cum îi puteți contacta, zi și noapte.
    .if-not = Dacă nu reușiți să contactați echipa secției virtuale și vă simțiți mai rău, sunați la NHS 111. În caz de urgență, sunați la 999.
    .ask =
        Cine se ocupă acum de îngrijirea mea?
        Cum vă contactez noaptea?

care-at-home-worse =
    .title = Dacă vă simțiți mai rău acasă
    .body =
        Dacă vă simțiți mai rău, sunați mai întâi echipa care are grijă de dumneavoastră acasă, dacă aveți numărul lor.
        Dacă nu îi puteți contacta, contactați cabinetul GP sau sunați la NHS 111 în aceeași zi. În caz de urgență, sunați la 999.
    .if-not = Dacă nimeni nu v-a sunat înapoi și vă simțiți mai rău, sunați la NHS 111. Nu așteptați.
    .ask =
        Pe cine sun mai întâi dacă mă simt mai rău?
