# Journey: Your GP asked a specialist for advice first.
# Structure and sources: src/journeys/advice_and_guidance.rs

advice-and-guidance =
    .title = Medicul GP a cerut sfatul unui specialist
    .summary = De ce medicul GP cere mai întâi un sfat, cine vă spune răspunsul și pe cine sunați cât așteptați.
    .intro = Medicul dumneavoastră de familie (GP) a cerut sfatul unui specialist de la spital despre cazul dumneavoastră. Un specialist este un medic care știe foarte multe despre un anumit fel de problemă de sănătate. Iată ce urmează și cine face fiecare parte.
    .keywords = sfat de la specialist, sfat, părerea specialistului, specialist, medicul a cerut un sfat, a doua opinie, medic de la spital, medic specialist, trimitere electronică, trimitere trimisă înapoi, trimitere returnată, aștept răspunsul, advice and guidance, A and G, specialist advice, consultant, e-referral, referral sent back, referral returned, GP

advice-and-guidance-asked =
    .title = Medicul GP cere un sfat
    .body =
        Medicul GP vrea părerea unui specialist despre problema dumneavoastră. De aceea îi trimite o întrebare. Poate fi online sau la telefon.
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
        Cât durează depinde de spital. Întrebați-l pe medicul GP când crede că va veni răspunsul.
    .if-not = Dacă nu ați aflat nimic până la data spusă de medicul GP, contactați cabinetul GP. Întrebați dacă a venit răspunsul.
    .ask =
        Când credeți că va veni răspunsul?
        Mă sunați dumneavoastră sau vă sun eu?

advice-and-guidance-worse =
    .title = Dacă vă simțiți mai rău cât așteptați
    .body =
        Cât așteptați răspunsul, cu întrebări mergeți la cabinetul GP.
        Dacă vă simțiți mult mai rău sau aveți simptome noi care vă îngrijorează, contactați cabinetul GP sau sunați la NHS 111 în aceeași zi. Nu așteptați doar răspunsul.
        În caz de urgență, sunați la 999.
        Medicul GP îi poate spune specialistului sau poate face o trimitere urgentă.
    .if-not = Dacă cabinetul GP nu v-a răspuns până la sfârșitul următoarei zile lucrătoare, sunați din nou. Dacă vă simțiți mai rău, sunați la NHS 111 în aceeași zi.
    .ask =
        La ce schimbări ar trebui să vă sun?
        Îi puteți spune specialistului că mă simt mai rău?

advice-and-guidance-next =
    .title = Medicul GP vă spune ce urmează
    .body =
        Medicul GP vă spune ce a zis specialistul. Apoi se întâmplă unul din două lucruri.
        Medicul GP poate urma sfatul. De exemplu, vă poate schimba medicamentul sau vă poate face un test.
        Sau specialistul poate transforma întrebarea într-o trimitere. Asta înseamnă că vă va vedea o echipă de la spital. Apoi primiți o scrisoare, un e-mail sau un SMS ca să vă faceți programarea.
        Uneori, o trimitere făcută de medicul GP este trimisă înapoi cu un sfat, în loc de o consultație. Medicul GP ar trebui să vă spună ce înseamnă asta pentru dumneavoastră.
        Dacă nu știți sigur dacă un SMS sau un e-mail este adevărat, nu folosiți linkul din el. Sunați la cabinetul GP sau la numărul din scrisoare.
    .if-not = Dacă medicul GP nu v-a spus ce a zis specialistul, contactați cabinetul GP.
    .ask =
        Ce a spus specialistul?
        Ce urmează și cine se ocupă?
        Trebuie să merg la echipa de la spital?
