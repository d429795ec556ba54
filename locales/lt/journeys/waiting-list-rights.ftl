# Journey: your rights on a waiting list.
# Structure and sources: src/journeys/waiting_list_rights.rs

waiting-list-rights =
    .title = Jūsų teisės, kai laukiate gydymo ligoninėje
    .summary = Ligoninės pasirinkimas, prašymas pereiti į kitą ligoninę po ilgo laukimo ir kaip atpažinti netikras SMS žinutes.
    .intro = Kai GP gydytojas (šeimos gydytojas) jus siunčia, jūs turite teisių, susijusių su tuo, kur ir kaip greitai jus priims. Štai kokios tai teisės ir į ką kreiptis.
    .keywords = teisės, mano teisės, pasirinkimas, pasirinkti ligoninę, pasirinkti kur, kita ligoninė, pakeisti ligoninę, trumpesnis laukimas, ilgas laukimas, 18 savaičių, per ilgai laukiu, SMS dėl eilės, ar ši žinutė tikra, sukčiai, sukčių žinutė, netikra žinutė, NHS žinutė, prarasti vietą, skundas, rights, choice, choose hospital, long wait, 18 weeks, scam, fake text, complaint

waiting-list-rights-choice =
    .title = Dažnai galite pasirinkti ligoninę
    .body =
        Kai GP gydytojas jus siunčia, dažnai galite pasirinkti, į kurią ligoninę ar kliniką eiti. Anglijoje tai yra jūsų teisė daugumos įprastų siuntimų atveju.
        Vidutinius laukimo laikus galite palyginti My Planned Care svetainėje. Paklauskite GP gydytojo, iš kurių vietų galite rinktis.
    .if-not = Jei jums nepasiūlė pasirinkimo, o jūs jo norėjote, paklauskite savo GP klinikos. Taip pat galite paklausti registracijos komandos, kai registruojatės.
    .ask =
        Iš kurių ligoninių galiu rinktis?
        Kurioje trumpiausias laukimas?

waiting-list-rights-long-wait =
    .title = Jei laukiate jau ilgai
    .body =
        Dėl daugumos neskubių problemų turite teisę pradėti gydymą per 18 savaičių nuo siuntimo. Tai parašyta NHS Konstitucijoje (NHS Constitution).
        Dabar daug kas laukia ilgiau. Jei jūs laukiate ilgiau, galite paklausti apie perėjimą į kitą ligoninę, kurioje laukti reikia trumpiau.
        Paklauskite ligoninės komandos. Kai kuriais atvejais ji pati su jumis susisieks ir tai pasiūlys.
    .if-not = Jei ligoninės komanda negali padėti, paklauskite savo GP klinikos. Taip pat galite paklausti ligoninės pacientų patarimų komandos.
    .ask =
        Ar galiu būti priimtas kitur greičiau?
        Ar perėjus pasikeistų, kas manimi rūpinasi?

waiting-list-rights-texts =
    .title = SMS žinutės, kuriomis tikrinama, ar jums vis dar reikia vizito
    .body =
        Ligoninė gali atsiųsti SMS žinutę ir paklausti, ar jums vis dar reikia vizito. Jei galite, atsakykite. Jei jo nebereikia, taip ir parašykite.
        Jūsų neišbrauks iš sąrašo vien todėl, kad neatsakėte. Tik jūs arba gydytojas galite nuspręsti, kad jums nebereikia vizito.
    .if-not = Jei nerimaujate, kad jus išbraukė iš sąrašo, paskambinkite ligoninės komandai ir paklauskite.
    .ask =
        Ar aš vis dar jūsų sąraše?
        Kaip su manimi susisieksite?

waiting-list-rights-scams =
    .title = Kaip atpažinti sukčių SMS žinutę
    .body =
        Kai kurios SMS žinutės apsimeta esančios iš NHS. Jose gali būti parašyta, kad prarasite savo vietą, jei nepaspausite nuorodos.
        NHS neprašys jūsų mokėti ar pateikti banko duomenų, kad išsaugotumėte savo vietą ar užsiregistruotumėte.
        Jei abejojate, ar žinutė tikra, nenaudokite jos nuorodos. Skambinkite numeriu, kuris yra jūsų laiške iš ligoninės, arba paklauskite savo GP klinikos.
    .if-not = Jei paspaudėte nuorodą ir pateikėte banko duomenis, iš karto skambinkite į savo banką.
    .ask =
        Ar ši žinutė tikrai nuo jūsų?

waiting-list-rights-help =
    .title = Jei manote, kad jūsų teisės nebuvo užtikrintos
    .body =
        Pirmiausia pasikalbėkite su ligoninės komanda. Gali būti, kad ji galės tai išspręsti.
        Jei ne, kreipkitės į ligoninės pacientų patarimų komandą. Jie padeda, kai kas nors vyksta ne taip. Jie taip pat gali pasakyti, kaip pateikti skundą.
    .if-not = Jei pacientų patarimų komanda negali padėti, paklauskite jų, kaip pateikti skundą. Taip pat galite pranešti savo GP klinikai.
    .ask =
        Kas gali man dėl to padėti?
        Kaip pateikti skundą?
