# Journey: care at home after leaving hospital.
# Structure and sources: src/journeys/care_at_home.rs

care-at-home =
    .title = Priežiūra namuose po gulėjimo ligoninėje
    .summary = Kas planuoja pagalbą namuose, kas atvyksta ir kam skambinti, jei pagalba neatvyksta.
    .intro = Kai kuriems žmonėms po gulėjimo ligoninėje reikia pagalbos namuose. Kai kuriais žmonėmis ligoninės komanda rūpinasi namuose, užuot jie gulėję skyriuje. Štai kas ką daro ir kam skambinti.
    .keywords = priežiūra namuose, pagalba namuose, bendruomenės slaugytoja, slaugytojos vizitai, savarankiškumo atkūrimas, slaugytojai, globa namuose, virtualus skyrius, ligoninė namuose, po ligoninės, grįžimas namo, išrašymas, parama namuose, įranga, care at home, district nurse, reablement, virtual ward, hospital at home

care-at-home-plan =
    .title = Skyriaus komanda kartu su jumis planuoja pagalbą
    .body =
        Prieš jums išeinant iš ligoninės, skyriaus komanda kalbasi su jumis apie pagalbą, kurios jums gali reikėti namuose.
        Ji turėtų pasakyti, kas atvyks, kada ir kaip su jais susisiekti. Paprašykite to raštu.
        Jei kas nors jumis rūpinasi namuose, jis taip pat gali dalyvauti šiame pokalbyje.
    .if-not = Jei niekas su jumis nekalbėjo apie pagalbą namuose, o jūs manote, kad jos reikia, prieš išeidami paklauskite skyriaus personalo.
    .ask =
        Ar man reikės pagalbos namuose?
        Kas atvyks ir kada?

care-at-home-nurse =
    .title = Gali atvykti slaugytoja arba priežiūros darbuotojas
    .body =
        Jus namuose gali lankyti bendruomenės slaugytoja (district nurse). Ji gali pakeisti tvarsčius, atlikti injekcijas ir patikrinti, kaip jūs jaučiatės.
        Kai kurie žmonės trumpą laiką gauna pagalbą, kad vėl galėtų patys atlikti kasdienius darbus. Tai kartais vadinama savarankiškumo atkūrimu (reablement).
        Komanda, kuri jus lanko, duoda jums savo telefono numerį.
    .if-not = Jei vizitas, apie kurį jums sakė, neįvyksta, skambinkite numeriu, kurį jums davė komanda. Jei numerio neturite, skambinkite į skyrių arba į savo GP kliniką (šeimos gydytojo kliniką).
    .ask =
        Koks jūsų telefono numeris?
        Ką daryti, jei neatvyksite?

care-at-home-virtual-ward =
    .title = Jei esate virtualiame skyriuje
    .body =
        Virtualus skyrius (virtual ward) reiškia, kad ligoninės komanda jumis rūpinasi namuose, o ne skyriuje. Tai dar vadinama ligonine namuose (hospital at home).
        Komanda gali jus lankyti, jums skambinti arba jus tikrinti su įranga, kurią naudojate namuose.
        Kol esate virtualiame skyriuje, už jūsų priežiūrą atsakinga ligoninės komanda. Ji pasako, kaip su ja susisiekti dieną ir naktį.
    .if-not = Jei negalite susisiekti su virtualaus skyriaus komanda ir jaučiatės blogiau, skambinkite NHS 111. Skubiu atveju skambinkite 999.
    .ask =
        Kas dabar atsakingas už mano priežiūrą?
        Kaip su jumis susisiekti naktį?

care-at-home-worse =
    .title = Jei namuose jums pablogėja
    .body =
        Jei jums pablogėja, pirmiausia skambinkite komandai, kuri jumis rūpinasi namuose, jei turite jos numerį.
        Jei su ja susisiekti nepavyksta, tą pačią dieną susisiekite su savo GP klinika arba skambinkite NHS 111. Skubiu atveju skambinkite 999.
    .if-not = Jei niekas jums neperskambino ir jaučiatės blogiau, skambinkite NHS 111. Nelaukite.
    .ask =
        Kam pirmiausia skambinti, jei jausiuosi blogiau?
