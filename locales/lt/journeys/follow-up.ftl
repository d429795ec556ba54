# Journey: follow-up after a clinic, patient initiated follow-up, and discharge from clinic.
# Structure and sources: src/journeys/follow_up.rs

follow-up =
    .title = Kas vyksta po vizito klinikoje
    .summary = Kas užregistruoja kitą vizitą ar tyrimą, kada susisiekti patiems ir kas vyksta, kai klinika baigia jus gydyti.
    .intro = Po vizito klinikoje ligoninės komanda pasako, kas bus toliau. Ji gali jus priimti dar kartą, paprašyti susisiekti su ja, kai jums reikės, arba grąžinti jus jūsų GP gydytojui (šeimos gydytojui). Štai kas ką daro kiekvienu atveju.
    .keywords = tolesnis stebėjimas, paciento inicijuojamas stebėjimas, PIFU, atviras vizitas, kreipkitės, jei reikės, išrašytas iš klinikos, grąžintas GP gydytojui, atgal pas GP, kitas vizitas, pakartotinis skenavimas, pakvietimas, patikrinimas, kasmetinė peržiūra, follow-up, patient initiated follow-up, discharged, next appointment, check-up, annual review

follow-up-choice =
    .title = Ligoninės komanda pasako, kas bus toliau
    .body =
        Vizito klinikoje pabaigoje ligoninės komanda jums pasako, kas bus toliau.
        Ji gali užregistruoti kitą vizitą ar tyrimą. Ji gali paprašyti, kad susisiektumėte su ja, kai jums reikės. Arba ji gali jus išrašyti. Tai reiškia, kad jumis vėl rūpinasi jūsų GP gydytojas.
        Ji turėtų jums pasakyti, kuris iš šių atvejų yra jūsų. Tai taip pat parašyta jūsų laiške po vizito (clinic letter).
    .if-not = Jei nežinote, kuris atvejis tinka jums, paskambinkite ligoninės komandai ir paklauskite.
    .ask =
        Ar jus dar kartą matysiu?
        Ar jūs užregistruosite vizitą, ar turiu susisiekti su jumis?

follow-up-recall =
    .title = Ligoninė pati užregistruoja savo vizitus ir tyrimus
    .body =
        Jei ligoninės komanda nori jus vėl pamatyti arba pakartoti tyrimą, ji tai užregistruoja pati. Tai apima ir kasmetinius patikrinimus.
        Jūsų GP gydytojas neregistruoja jūsų vizitų ar tyrimų ligoninėje.
    .if-not = Jei vizitas ar tyrimas, apie kurį jums sakė, neužregistruotas iki jų nurodyto laiko, paskambinkite ligoninės komandai.
    .ask =
        Kada jus vėl matysiu?
        Kas užregistruos mano kitą tyrimą?

follow-up-patient-initiated =
    .title = Jei jūsų prašo susisiekti patiems
    .body =
        Kai kurios komandos neregistruoja kito vizito. Vietoj to jūs su jomis susisiekiate, jei jums reikia. Tai vadinama paciento inicijuojamu tolesniu stebėjimu (patient initiated follow-up, PIFU).
        Komanda jums duoda telefono numerį, pasako, dėl kokių požymių skambinti ir kiek laiko galite taip daryti.
        Jei iki to laiko pabaigos nepaskambinote, komanda gali jus išrašyti ir grąžinti jūsų GP gydytojui. Prieš tai padarydama, ji turėtų jums pasakyti.
    .if-not = Jei skambinate ir nepavyksta prisiskambinti, bandykite dar kartą kitą darbo dieną. Jei jaučiatės blogiau, tą pačią dieną susisiekite su savo GP klinika arba NHS 111.
    .ask =
        Kokie požymiai turėtų paskatinti mane susisiekti su jumis?
        Kiek laiko galiu su jumis susisiekti?
        Kas bus to laiko pabaigoje?

follow-up-discharged =
    .title = Jei klinika jus išrašo
    .body =
        Išrašymas reiškia, kad ligoninės komanda baigė savo darbą. Jumis vėl rūpinasi jūsų GP klinika.
        Laiške po vizito jūsų GP gydytojui parašyta, ką daryti toliau ir į ką atkreipti dėmesį.
        Jei problema grįžta arba pablogėja, susisiekite su savo GP klinika. Jūsų GP gydytojas gali vėl išrašyti jums siuntimą, jei reikia.
    .if-not = Jei manote, kad jus išrašė per klaidą, paskambinkite ligoninės komandai ir paklauskite.
    .ask =
        Kodėl mane išrašote?
        Kada turėčiau vėl kreiptis į GP gydytoją?

follow-up-worse =
    .title = Jei jums pablogėja
    .body =
        Jei jums labai pablogėja arba atsiranda naujų simptomų, kurie jus neramina, tą pačią dieną susisiekite su savo GP klinika arba skambinkite NHS 111. Skubiu atveju skambinkite 999.
        Jei turite ligoninės komandos numerį, praneškite ir jai.
    .if-not = Jei niekas jums neperskambino iki kitos darbo dienos pabaigos, skambinkite dar kartą. Jei jaučiatės blogiau, tą pačią dieną skambinkite NHS 111.
    .ask =
        Kam skambinti naktį arba savaitgalį?
