# Journey: Follow-up after a clinic, patient initiated follow-up, and discharge from clinic.
# Structure and sources: src/journeys/follow_up.rs

follow-up =
    .title = Ce se întâmplă după o consultație la clinică
    .summary = Cine vă face următoarea programare pentru o consultație sau un test, când îi contactați chiar dumneavoastră și ce se întâmplă când clinica a terminat.
    .intro = După ce mergeți la o clinică, echipa de la spital vă spune ce urmează. Vă pot vedea din nou, vă pot cere să îi contactați când aveți nevoie de ei sau vă pot trimite înapoi la medicul de familie (GP). Iată cine ce face în fiecare caz.
    .keywords = control, consultație de control, control la cererea pacientului, programare deschisă, contactați-ne dacă aveți nevoie, externat din clinică, trimis înapoi la medicul de familie, următoarea programare, scanare repetată, rechemare, control anual, follow-up, follow up, patient initiated follow-up, PIFU, open appointment, see on symptoms, contact us if you need us, discharged from clinic, discharged to GP, back to my GP, next appointment, repeat scan, recall, check-up, annual review, GP

follow-up-choice =
    .title = Echipa de la spital vă spune ce urmează
    .body =
        La sfârșitul unei consultații la clinică, echipa de la spital vă spune ce urmează.
        Vă pot face o nouă programare pentru o consultație sau un test. Vă pot cere să îi contactați când aveți nevoie de ei. Sau vă pot externa din clinică. Asta înseamnă că medicul GP are din nou grijă de dumneavoastră.
        Ar trebui să vă spună care dintre acestea este. Scrie și în scrisoarea de la clinică.
    .if-not = Dacă nu știți sigur care dintre acestea este valabilă pentru dumneavoastră, sunați echipa de la spital și întrebați.
    .ask =
        Vă voi vedea din nou?
        Îmi faceți dumneavoastră programarea sau trebuie să vă contactez eu?

follow-up-recall =
    .title = Spitalul își face singur programările pentru consultații și teste
    .body =
        Dacă echipa de la spital vrea să vă vadă din nou sau să repete un test, face chiar ea programarea. Aici intră și controalele care se repetă în fiecare an.
        Medicul GP nu vă face programări pentru consultații sau teste la spital.
    .if-not = Dacă o consultație sau un test despre care vi s-a spus nu a fost programat până la data pe care v-au spus-o, sunați echipa de la spital.
    .ask =
        Când vă voi vedea data viitoare?
        Cine îmi programează următorul test?

follow-up-patient-initiated =
    .title = Dacă vi se cere să îi contactați chiar dumneavoastră
    .body =
        Unele echipe nu vă fac o nouă programare. În schimb, îi contactați dumneavoastră dacă aveți nevoie de ei. Aceasta se numește control la cererea pacientului (patient initiated follow-up sau PIFU).
        Echipa vă dă un număr de telefon, vă spune la ce semne să sunați și cât timp puteți face asta.
        Dacă nu ați sunat până la sfârșitul acelui timp, echipa vă poate externa, iar medicul GP va avea din nou grijă de dumneavoastră. Ar trebui să vă spună înainte să facă asta.
    .if-not = Dacă sunați și nu reușiți să vorbiți cu ei, încercați din nou în următoarea zi lucrătoare. Dacă vă simțiți mai rău, contactați cabinetul GP sau NHS 111 în aceeași zi.
    .ask =
        La ce semne ar trebui să vă contactez?
        Cât timp vă pot contacta?
        Ce se întâmplă la sfârșitul acelui timp?

follow-up-discharged =
    .title = Dacă clinica vă externează
    .body =
        Externarea înseamnă că echipa de la spital a terminat. Cabinetul GP are din nou grijă de dumneavoastră.
        Scrisoarea de la clinică îi spune medicului GP ce să facă mai departe și ce să urmărească.
        Dacă problema revine sau se agravează, contactați cabinetul GP. Medicul GP vă poate face o nouă trimitere, dacă aveți nevoie.
    .if-not = Dacă credeți că externarea a fost o greșeală, sunați echipa de la spital și întrebați.
    .ask =
        De ce mă externați?
        Ce ar trebui să mă facă să merg înapoi la medicul GP?

follow-up-worse =
    .title = Dacă vă simțiți mai rău
    .body =
        Dacă vă simțiți mult mai rău sau aveți simptome noi care vă îngrijorează, contactați cabinetul GP sau sunați la NHS 111 în aceeași zi. În caz de urgență, sunați la 999.
        Dacă aveți un număr al echipei de la spital, spuneți-le și lor.
    .if-not = Dacă nimeni nu v-a sunat înapoi până la sfârșitul următoarei zile lucrătoare, sunați din nou. Dacă vă simțiți mai rău, sunați la NHS 111 în aceeași zi.
    .ask =
        Pe cine sun noaptea sau în weekend?
