# Journey: missing or cancelling a hospital visit.
# Structure and sources: src/journeys/missed_appointments.rs

missed-appointments =
    .title = Jei praleidžiate arba atšaukiate vizitą ligoninėje
    .summary = Ką daryti, jei negalite atvykti į vizitą ligoninėje, ir kas užregistruoja naują.
    .intro = Kartais negalite atvykti į vizitą ligoninėje. Štai ką daryti ir kas suorganizuoja naują datą. Dažniausiai jums neturėtų tekti viską pradėti iš naujo pas GP gydytoją (šeimos gydytoją).
    .keywords = praleistas vizitas, praleidau, pamiršau, pamiršau vizitą, atšaukti, atšauktas, negaliu atvykti, nespėsiu, pakeisti vizitą, perkelti vizitą, perregistruoti, nauja data, neatvyko, DNA, išrašytas, išrašymo laiškas, ligoninė atšaukė, operacija atšaukta, ligoninė perkėlė vizitą, vėl nusiųstas, atgal pas GP, missed appointment, cancel, reschedule, new date, discharge letter, operation cancelled

missed-appointments-tell =
    .title = Kuo greičiau praneškite ligoninei
    .body =
        Jei negalite atvykti į vizitą ligoninėje, kuo greičiau praneškite ligoninės komandai. Skambinkite numeriu, kuris yra jūsų laiške arba SMS žinutėje.
        Tada jūsų laiką jie galės atiduoti kitam žmogui.
        Kol su jais kalbate, paprašykite naujos datos.
    .if-not = Jei nepavyksta prisiskambinti, bandykite dar kartą kitą darbo dieną. Kai kurios ligoninės taip pat leidžia pakeisti vizitą internetu arba SMS žinute.
    .ask =
        Ar galiu gauti naują datą dabar?
        Ar vietoj vizito galiu turėti pokalbį telefonu ar vaizdo skambutį?

missed-appointments-rebook =
    .title = Ligoninė užregistruoja naują datą
    .body =
        Naują datą jums užregistruoja ligoninės komanda. Jūsų GP gydytojas to nedaro.
        Jei praleidote vizitą ir apie tai nepranešėte, kuo greičiau paskambinkite ligoninės komandai. Pasakykite, kad jums vis dar reikia vizito.
        Ligoninė neturėtų turėti taisyklės, pagal kurią kiekvienas, praleidęs vizitą, siunčiamas atgal pas savo GP gydytoją.
    .if-not = Jei ligoninė liepia jums grįžti pas GP gydytoją, paklauskite kodėl. Paklauskite, ar vietoj to jie gali jums duoti naują datą.
    .ask =
        Kada mano nauja data?
        Kas bus, jei praleisiu dar vieną vizitą?

missed-appointments-discharged =
    .title = Jei gaunate laišką, kad esate išrašytas
    .body =
        Po praleisto vizito ligoninės gydytojas peržiūri jūsų dokumentus. Jis gali nuspręsti, kad jūsų apžiūrėti nereikia. Tada jis atsiunčia laišką jums ir jūsų GP gydytojui. Tai vadinama išrašymo laišku (discharge letter).
        Jei problema vis dar yra, pirmiausia paskambinkite ligoninės komandai. Pasakykite, kodėl praleidote vizitą. Paklauskite, ar jie gali jus priimti.
        Jei negali, susisiekite su savo GP klinika. Jūsų GP gydytojas gali vėl išrašyti jums siuntimą, jei jo vis dar reikia.
    .if-not = Jei nežinote, ar vis dar esate sąraše, paskambinkite ligoninės komandai ir paklauskite. Nelaukite, kol paaiškės.
    .ask =
        Ar aš vis dar jūsų sąraše?
        Ar galite mane priimti dabar, kai paaiškinau?

missed-appointments-hospital-cancels =
    .title = Jei ligoninė atšaukia
    .body =
        Kartais ligoninei tenka atšaukti arba perkelti jūsų vizitą.
        Jei taip nutinka, ligoninės komanda turėtų jums duoti naują datą. Tai jų darbas, o ne jūsų GP gydytojo.
        Ligoninė gali atšaukti jūsų operaciją pačią operacijos dieną dėl priežasties, nesusijusios su jūsų sveikata. Tada ji turėtų pasiūlyti jums naują datą per 28 dienas. Jei negali, ji turėtų sumokėti, kad operaciją jums atliktų kitoje ligoninėje.
        Jei laukiant jums pablogėja, tą pačią dieną susisiekite su savo GP klinika arba NHS 111 ir praneškite ligoninės komandai. Skubiu atveju skambinkite 999.
    .if-not = Jei negavote naujos datos, paskambinkite ligoninės komandai.
    .ask =
        Kodėl mano vizitas buvo atšauktas?
        Kada gausiu naują datą?
