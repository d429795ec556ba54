# Journey: Your GP asked a specialist for advice first.
# Structure and sources: src/journeys/advice_and_guidance.rs

advice-and-guidance =
    .title = Medicul GP a cerut sfatul unui specialist
    .summary = De ce medicul GP cere mai întâi un sfat, cât durează răspunsul și pe cine sunați cât așteptați.
    .intro = Medicul dumneavoastră de familie (GP) a cerut sfatul unui specialist de la spital despre cazul dumneavoastră. Un specialist este un medic care știe foarte multe despre un anumit fel de problemă de sănătate. Iată ce urmează și cine face fiecare parte.
    .keywords = sfat de la specialist, sfat, părerea specialistului, specialist, medicul a cerut un sfat, a doua opinie, medic de la spital, medic specialist, trimitere electronică, trimitere, aștept răspunsul, advice and guidance, A and G, specialist advice, consultant, e-referral, referral, GP

advice-and-guidance-asked =
    .title = Medicul GP cere un sfat
    .body =
        Medicul GP vrea părerea unui specialist despre problema dumneavoastră. De aceea îi trimite o întrebare online. Pentru asta folosește sistemul e-Referral Service.
        Aceasta se numește sfat și îndrumare (advice and guidance). Poate înlocui o trimitere. Sau poate veni înaintea unei trimiteri.
        Specialistul citește ce îi trimite medicul GP. În acest moment, specialistul nu vă vede.
    .if-not = Dacă nu știți dacă medicul GP a trimis întrebarea, contactați cabinetul GP. Întrebați dacă a plecat.
    .ask =
        Ce îl întrebați pe specialist?
        Cum îmi veți spune răspunsul?
        Pot primi totuși o trimitere la spital mai târziu?

advice-and-guidance-reply =
    .title = Specialistul răspunde
    .body =
        Specialistul îi răspunde medicului GP, nu dumneavoastră.
        Adesea durează cam 2 săptămâni. Depinde de spital. Un spital încearcă să răspundă în 10 zile lucrătoare.
    .if-not = Dacă nu ați aflat nimic după 3 săptămâni, contactați cabinetul GP. Întrebați dacă a venit răspunsul.
    .ask =
        Când credeți că va veni răspunsul?
        Mă sunați dumneavoastră sau vă sun eu?

advice-and-guidance-worse =
    .title = Dacă vă simțiți mai rău cât așteptați
    .body =
        Cât așteptați răspunsul, cu întrebări mergeți la cabinetul GP.
        Dacă problema se agravează, spuneți la cabinetul GP. Nu așteptați doar răspunsul.
        Dacă vă simțiți rău și nu știți ce să faceți, sunați la cabinetul GP sau la NHS 111.
        În caz de urgență, sunați la 999.
    .if-not = Dacă cabinetul GP nu vă răspunde, sunați din nou. Dacă vă simțiți mai rău, sunați la NHS 111.
    .ask =
        La ce schimbări ar trebui să vă sun?
        Îi puteți spune specialistului că mă simt mai rău?

advice-and-guidance-next =
    .title = Medicul GP vă spune ce urmează
    .body =
        Medicul GP vă spune ce a zis specialistul. Apoi se întâmplă unul din două lucruri.
        Medicul GP poate urma sfatul. De exemplu, vă poate schimba medicamentul sau vă poate face un test.
        Sau specialistul poate transforma întrebarea într-o trimitere. Asta înseamnă că vă va vedea o echipă de la spital.
        În acest caz, primiți o scrisoare, un e-mail sau un SMS ca să vă faceți programarea. Mesajul poate veni de la „NHS Referrals”.
    .if-not = Dacă medicul GP nu v-a spus ce a zis specialistul, contactați cabinetul GP.
    .ask =
        Ce a spus specialistul?
        Ce urmează și cine se ocupă?
        Trebuie să merg la echipa de la spital?
