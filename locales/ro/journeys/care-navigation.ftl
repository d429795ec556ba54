# Journey: Why your GP practice asks what the problem is.
# Structure and sources: src/journeys/care_navigation.rs

care-navigation =
    .title = De ce vă întreabă recepția ce problemă aveți
    .summary = De ce cabinetul GP vă întreabă despre problema dumneavoastră, pe cine puteți vedea și cum vă poate ajuta un consilier comunitar (link worker).
    .intro = Când contactați cabinetul medicului de familie (GP), personalul vă poate întreba ce problemă aveți. Vă întreabă ca să vă trimită la persoana potrivită. Iată cum funcționează.
    .keywords = recepționeră, recepție, de ce mă întreabă, ce problemă am, programare la medicul de familie, consultație la medicul de familie, asistentă medicală, farmacist, fizioterapeut, kinetoterapeut, fizioterapie, singurătate, singur, grupuri locale, grupuri din comunitate, organizație de caritate, voluntari, consilier comunitar, receptionist, care navigation, care navigator, social prescribing, link worker, GP appointment, GP

care-navigation-ask =
    .title = Personalul vă întreabă ce problemă aveți
    .body =
        Când sunați sau mergeți la cabinet, recepționera vă poate întreba ce problemă aveți. Nu întreabă din curiozitate.
        Vă întreabă ca să vă ajute să ajungeți la persoana potrivită. Aceasta se numește orientarea pacienților (care navigation). Cei care fac asta se numesc care navigators.
    .if-not = Dacă nu știți la cine să mergeți, rugați personalul să vă ajute să alegeți.
    .ask =
        Care este cea mai potrivită persoană pentru mine?
        Cât de repede pot avea o consultație?

care-navigation-right-person =
    .title = Ajungeți la persoana potrivită
    .body =
        Persoana potrivită poate să nu fie un medic GP. Poate fi o asistentă medicală sau un farmacist. Un farmacist este un expert în medicamente.
        Poate fi un fizioterapeut. Un fizioterapeut ajută la problemele cu mușchii, articulațiile și mișcarea.
        Sau personalul vă poate îndruma spre un serviciu din afara cabinetului.
    .if-not = Dacă credeți că aveți totuși nevoie de un medic GP, spuneți personalului de ce. Dacă vă simțiți mai rău, contactați din nou cabinetul GP în aceeași zi sau sunați la NHS 111.
    .ask =
        De ce este această persoană potrivită pentru problema mea?
        Ce fac dacă nu mă simt mai bine?

care-navigation-ask-link-worker =
    .title = Cereți un consilier comunitar
    .body =
        Unele lucruri care vă afectează sănătatea nu sunt medicale. Un consilier comunitar (link worker) vă poate ajuta cu ele.
        Ca să aveți un consilier comunitar, întrebați la cabinetul GP. Ei vă pot pune în legătură cu el.
        Aceasta se numește prescriere socială (social prescribing).
    .if-not = Dacă cabinetul GP nu vă pune în legătură, întrebați-i din nou. Întrebați cine este consilierul comunitar pentru zona dumneavoastră.
    .ask =
        Aveți aici un consilier comunitar?
        Cât durează până mă contactează?

care-navigation-link-worker =
    .title = Un consilier comunitar vă ajută
    .body =
        Un consilier comunitar vă pune în legătură cu grupuri și servicii de lângă dumneavoastră.
        Acestea pot fi conduse de oameni din zonă sau de organizații de caritate. Nu fac parte din cabinetul GP.
        Consilierul vă ajută să le găsiți pe cele potrivite pentru dumneavoastră.
    .if-not = Dacă niciun consilier comunitar nu v-a contactat, contactați cabinetul GP. Rugați-i să verifice.
    .ask =
        Ce grupuri sunt în apropiere de mine?
        Mă puteți ajuta să încep?
