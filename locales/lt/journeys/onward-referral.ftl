# Journey: the hospital sends you on to another team.
# Structure and sources: src/journeys/onward_referral.rs

onward-referral =
    .title = Ligoninė siunčia jus pas kitą komandą
    .summary = Kai ligoninės komanda siunčia jus tiesiai pas kitą komandą, negrįžtant pas GP gydytoją.
    .intro = Kartais ligoninės komanda nustato, kad jums reikia pas kitą komandą. Dažnai ji gali jus ten nusiųsti pati. Štai kaip tai veikia ir į ką kreiptis.
    .keywords = tolesnis siuntimas, nusiųstas toliau, kita komanda, kitas specialistas, antras specialistas, kitas skyrius, kita klinika, nauja problema, susijusi problema, skubūs tyrimai, skubus gydymas, ligoninės siuntimas, ar man reikia pas GP, atgal pas GP, perkėlimas, onward referral, another team, another specialist, linked problem, urgent tests

onward-referral-direct =
    .title = Ligoninė nusiunčia jus tiesiai ten
    .body =
        Ligoninės komanda gali nustatyti, kad jums reikia pas kitą komandą. Ji pati jus ten nusiunčia, kai nauja problema susijusi su tuo, dėl ko jus nusiuntė pirmą kartą.
        Ji taip pat tai daro, kai jums reikia skubių tyrimų ar gydymo. Pavyzdžiui, jei įtariama, kad jums gali būti vėžys.
        Dėl to jums nereikia grįžti pas GP gydytoją (šeimos gydytoją).
    .if-not = Ar ligoninės komanda liepia jums grįžti pas GP gydytoją? Jei problema susijusi arba skubi, paprašykite, kad ji pati jus nusiųstų toliau.
    .ask =
        Pas kurią komandą mane siunčiate ir kodėl?
        Ar tai skubu?
        Ar pranešite mano GP gydytojui?

onward-referral-hear =
    .title = Su jumis susisiekia nauja komanda
    .body =
        Nauja komanda susisiekia su jumis, kad užregistruotų vizitą. Dažnai tai būna laiškas, SMS žinutė arba telefono skambutis.
        Pasirūpinkite, kad ligoninė turėtų jūsų naujausius kontaktus, kad nauja komanda galėtų su jumis susisiekti.
        Jei abejojate, ar žinutė ar skambutis tikrai iš ligoninės, skambinkite numeriu, kuris yra jūsų laiške iš ligoninės.
    .if-not = Jei negavote žinių tada, kai jums buvo pasakyta, paskambinkite komandai, kuri jus nusiuntė. Paprašykite patikrinti, ar siuntimas buvo išsiųstas.
    .ask =
        Kada turėčiau gauti žinių iš naujos komandos?
        Kaip jie su manimi susisieks?

onward-referral-questions =
    .title = Kam skambinti su klausimais
    .body =
        Jei turite klausimą, kodėl jus nusiuntė toliau, paskambinkite komandai, kuri jus nusiuntė.
        Jei turite klausimą apie naują vizitą, paskambinkite naujai komandai. Jos numeris yra jūsų laiške arba SMS žinutėje.
        Abi komandos turėtų atsakyti į jūsų klausimus pačios. Jos neturėtų liepti jums klausti GP gydytojo.
        Jei laukiant jums labai pablogėja, tą pačią dieną susisiekite su savo GP klinika arba NHS 111 ir praneškite ligoninės komandai. Skubiu atveju skambinkite 999.
    .if-not = Jei negalite gauti atsakymo, kreipkitės į ligoninės pacientų patarimų komandą. Jie padeda, kai kas nors vyksta ne taip.
    .ask =
        Kas dabar atsakingas už mano priežiūrą?
        Kam skambinti, jei man pablogės?

onward-referral-not-linked =
    .title = Jei nauja problema nesusijusi
    .body =
        Jei nauja problema nesusijusi ir neskubi, ligoninės komanda gali jūsų nesiųsti toliau. Vietoj to ji gali apie tai parašyti jūsų GP gydytojui.
        Paklauskite ligoninės komandos, ką jums daryti toliau.
        Dėl bet kokios naujos problemos, kuri jus neramina, galite kreiptis į GP gydytoją kaip įprastai.
    .if-not = Jei nežinote, kas rūpinasi nauja problema, paklauskite ligoninės komandos. Taip pat galite paklausti savo GP klinikos.
    .ask =
        Kas rūpinsis šia nauja problema?
        Ar apie tai parašysite mano GP gydytojui?
