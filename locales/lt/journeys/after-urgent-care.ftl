# Journey: after A&E or an urgent treatment centre.
# Structure and sources: src/journeys/after_urgent_care.rs

after-urgent-care =
    .title = Po A&E arba skubaus gydymo centro
    .summary = Kas ką daro po to, kai buvote A&E, kas praneša tyrimų rezultatus ir kada kreiptis į GP gydytoją.
    .intro = Buvote A&E (skubios pagalbos skyriuje) arba skubaus gydymo centre (urgent treatment centre), o dabar esate namie. Štai kas ką daro toliau ir į ką kreiptis.
    .keywords = A&E, A and E, skubios pagalbos skyrius, priėmimo skyrius, skubaus gydymo centras, UTC, walk-in centre, lengvi sužalojimai, po A&E, lūžių klinika, lūžęs kaulas, rentgeno rezultatai, kreipkitės į GP, tolesnis stebėjimas po A&E, accident and emergency, urgent treatment centre, fracture clinic, x-ray

after-urgent-care-letter =
    .title = Ligoninė praneša jūsų GP gydytojui apie jūsų vizitą
    .body =
        A&E arba skubaus gydymo centras išsiunčia jūsų GP klinikai (šeimos gydytojo klinikai) laišką apie jūsų vizitą.
        Jums nereikia registruotis pas GP gydytoją vien tam, kad pasakytumėte, jog ten buvote.
        Paprašykite patarimų lapo, jei jį turi, kad žinotumėte, į ką atkreipti dėmesį namie.
    .if-not = Jei jūsų GP klinikai reikia laiško ir ji jo negavo, paskambinkite į A&E arba skubaus gydymo centrą. Paprašykite jį išsiųsti.
    .ask =
        Ar pranešite mano GP gydytojui apie šiandienos vizitą?
        Ar galiu gauti patarimų lapą, kurį pasiimčiau namo?

after-urgent-care-follow-up =
    .title = Ligoninė užregistruoja jūsų kitą vizitą
    .body =
        Jums gali reikėti atvykti dar kartą, pavyzdžiui, į lūžių kliniką dėl lūžusio kaulo. Tai užregistruoja ligoninė, o ne jūsų GP gydytojas.
        Kartais lūžių komanda jums paskambina, užuot jus priėmusi.
    .if-not = Jei jums sakė, kad gausite žinių apie tolesnį stebėjimą, bet negavote, skambinkite numeriu, kuris yra jūsų patarimų lape arba laiške. Jei numerio neturite, skambinkite pagrindiniu ligoninės numeriu.
    .ask =
        Ar man reikia atvykti dar kartą? Kas tai užregistruos?
        Kaip su manimi susisieksite?

after-urgent-care-results =
    .title = Rezultatą praneša ta komanda, kuri atliko tyrimą
    .body =
        Kai kurie tyrimai, pavyzdžiui, rentgeno nuotraukos, dar kartą peržiūrimi jums išėjus. Už rezultatą atsakinga ta komanda, kuri paskyrė tyrimą.
        Jei dėl rezultato reikia ką nors daryti, ji susisiekia su jumis arba jūsų GP gydytoju. Paklauskite, kaip ji tai padarys.
    .if-not = Jei jums sakė, kad gausite žinių apie rezultatą, bet negavote, paskambinkite į tą vietą, kur buvote.
    .ask =
        Ar dar laukiama kokių nors rezultatų?
        Kas man apie juos praneš?

after-urgent-care-see-gp =
    .title = Kai jums sako kreiptis į GP gydytoją, jei…
    .body =
        Personalas gali pasakyti, kad kreiptumėtės į GP gydytoją, jei kas nors nepagerės. Tai reiškia, kad su savo GP klinika turite susisiekti patys. Klinika nežinos, kad turi su jumis susisiekti.
        Jei jums nurodė laiką, susisiekite su savo GP klinika, jei iki tol jums nepagerės.
    .if-not = Jei nepavyksta prisiskambinti į savo GP kliniką ir jūs nerimaujate, skambinkite NHS 111.
    .ask =
        Į ką turėčiau atkreipti dėmesį?
        Kada turėčiau kreiptis į GP gydytoją, jei nepagerės?

after-urgent-care-worse =
    .title = Jei jums pablogėja
    .body =
        Jei jums pablogėja arba atsiranda naujų simptomų, kurie jus neramina, tą pačią dieną skambinkite NHS 111 arba susisiekite su savo GP klinika.
        Jei personalas liepė grįžti, jei kas nors nutiks, grįžkite.
        Skubiu atveju skambinkite 999.
    .if-not = Jei negalite gauti pagalbos ir jaučiatės labai blogai, skambinkite 999.
    .ask =
        Kokie požymiai reiškia, kad turėčiau grįžti?
