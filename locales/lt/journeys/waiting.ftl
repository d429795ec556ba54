# Journey: waiting for a hospital visit.
# Structure and sources: src/journeys/waiting.rs

waiting =
    .title = Kol laukiate vizito ligoninėje
    .summary = Kas jumis rūpinasi, kol laukiate, ir kam pasakyti, jei jums pablogėja.
    .intro = Esate sąraše, kad jus priimtų ligoninės komanda. Štai kas ką daro, kol laukiate. Taip pat parašyta, kam skambinti, jei jums pablogėja.
    .keywords = laukiančiųjų sąrašas, eilė, laukimo laikas, laukimas, kiek laukti, ilgai laukiu, vis dar laukiu, pablogėjo, jaučiuosi blogiau, simptomai pablogėjo, nauji simptomai, greičiau, paspartinti, vizito data, kada mano vizitas, my planned care, vidutinis laukimas, SMS iš ligoninės, ar vis dar reikia vizito, kraujospūdis, kitos sveikatos problemos, waiting list, waiting time, appointment, getting worse

waiting-list =
    .title = Ligoninė saugo jūsų vietą
    .body =
        Ligoninės komanda rūpinasi sąrašu ir jūsų vieta jame.
        Vidutinį laukimo laiką galite pasižiūrėti My Planned Care svetainėje. Ten parodyta kiekviena ligoninė ir kiekviena gydymo rūšis. Duomenys atnaujinami kas savaitę.
        Tai tik vidurkis, todėl jūsų laukimas gali būti ilgesnis arba trumpesnis. Svetainėje nerodomas vėžio gydymo laukimo laikas.
    .if-not = Jei negavote žinių iš ligoninės tada, kai jums buvo pasakyta, paskambinkite ligoninės komandai. Paprašykite patikrinti, ar esate sąraše.
    .ask =
        Maždaug kiek laiko lauksiu?
        Kam skambinti, jei mano planai pasikeistų?
        Ar pasakysite man, jei laukimas pailgės?

waiting-check =
    .title = Ligoninė tikrina, ar jums vis dar reikia atvykti
    .body =
        Ligoninė gali susisiekti su jumis ir patikrinti, ar jums vis dar reikia vizito. Dažnai tai būna SMS žinutė.
        Jei galite, atsakykite. Jei vizito jums nebereikia, taip ir parašykite. Tada jūsų vietą galės gauti kitas žmogus.
        Jei neatsakote, vien dėl to savo vietos neprarandate. Ligoninė bandys susisiekti su jumis kitu būdu arba paklaus jūsų GP gydytojo (šeimos gydytojo).
        Kai kurios SMS žinutės, kurios atrodo kaip iš NHS, yra sukčių. NHS neprašys jūsų mokėti ar pateikti banko duomenų. Jei abejojate, ar žinutė tikra, nenaudokite jos nuorodos. Skambinkite numeriu, kuris yra jūsų laiške iš ligoninės.
    .if-not = Jei praleidote žinutę arba atsakėte per klaidą, paskambinkite ligoninės komandai ir jiems pasakykite.
    .ask =
        Kaip su manimi susisieksite?
        Kas bus, jei praleisiu jūsų žinutę?

waiting-care =
    .title = GP gydytojas ir toliau jumis rūpinasi
    .body =
        Jūsų GP klinika ir toliau rūpinasi kitomis jūsų sveikatos problemomis. Pavyzdžiui, ji padeda kontroliuoti jūsų kraujospūdį.
        Tai svarbu. Tai padeda užtikrinti, kad jūsų gydymas ligoninėje nebūtų atidėtas.
        Jūs taip pat galite padėti. Toliau vartokite savo vaistus. Eikite į savo patikrinimus.
        Jei atsirado nauja problema, nesusijusi su ta, dėl kurios laukiate, kreipkitės į GP gydytoją kaip įprastai.
    .if-not = Jei jau laikas patikrinimui, o jūs negavote žinių, susisiekite su savo GP klinika.
    .ask =
        Ką galiu daryti, kad laukdamas išlikčiau sveikas?
        Ar mano kitos sveikatos problemos kontroliuojamos?
        Kada mano kitas patikrinimas?

waiting-worse =
    .title = Jei jums pablogėja
    .body =
        Jei jums labai pablogėja arba atsiranda naujų simptomų, kurie jus neramina, tą pačią dieną susisiekite su savo GP klinika arba skambinkite NHS 111.
        Skubiu atveju skambinkite 999.
        Taip pat praneškite ligoninės komandai. Ten dirbantis gydytojas gali patikrinti, ar jus reikia apžiūrėti greičiau.
        Jūsų GP gydytojas taip pat gali paprašyti ligoninės jus priimti greičiau arba padaryti siuntimą skubų.
    .if-not = Jei ligoninės komanda jums neperskambino iki kitos darbo dienos pabaigos, skambinkite dar kartą. Jei jaučiatės blogiau, nelaukite jų: tą pačią dieną skambinkite į savo GP kliniką arba NHS 111.
    .ask =
        Kokie pokyčiai turėtų paskatinti mane jums paskambinti?
        Kam skambinti naktį arba savaitgalį?

waiting-questions =
    .title = Jei turite klausimą
    .body =
        Jei turite klausimą apie savo vizitą, klauskite ligoninės komandos. Ligoninė privalo jums pasakyti, kaip su ja susisiekti. Pažiūrėkite savo laiške arba SMS žinutėje.
        Ligoninės komanda turėtų jums atsakyti pati. Ji neturėtų liepti jums klausti GP gydytojo.
        Jei laukiate jau ilgai, galite paklausti apie galimybę eiti į kitą ligoninę. Perskaitykite gidą apie jūsų teises laukiant eilėje.
    .if-not = Jei negalite gauti atsakymo, kreipkitės į ligoninės pacientų patarimų komandą. Jie padeda, kai kas nors vyksta ne taip.
    .ask =
        Kaip geriausia su jumis susisiekti?
        Su kuo galiu pasikalbėti apie savo vietą sąraše?
