# Journey: moving from children's to adult care. Written for young people.
# Structure and sources: src/journeys/moving_to_adult_care.rs

moving-to-adult-care =
    .title = Perėjimas iš vaikų priežiūros į suaugusiųjų priežiūrą
    .summary = Kas planuoja jūsų perėjimą į suaugusiųjų priežiūrą ir į ką kreiptis prieš jį ir po jo.
    .intro = Turite sveikatos problemą, kuri tęsiasi ilgai. Tai vadinama ilgalaike liga. Kai augate, jūsų priežiūra pereina iš vaikų komandos į suaugusiųjų paslaugas. Štai kas ką daro.
    .keywords = perėjimas į suaugusiųjų priežiūrą, suaugusiųjų paslaugos, perėjimas, perkėlimas, užaugti, 16 metų, 18 metų, paauglys, jaunuolis, jaunas suaugęs, vaikų ligoninė, ilgalaikė liga, suaugusiųjų klinika, išeinu iš vaikų paslaugų, transition, adult services, young person, long-term condition

moving-to-adult-care-plan =
    .title = Jūsų vaikų komanda planuoja perėjimą
    .body =
        Jūsų vaikų komanda ligoninėje planuoja jūsų perėjimą į suaugusiųjų priežiūrą. Ji turėtų pradėti apie tai su jumis kalbėtis ne vėliau kaip mokykloje Year 9 (kai jums 13 ar 14 metų).
        Turėtumėte turėti vieną paskirtą darbuotoją, kuris padeda jums planuoti. Paklauskite, kas tai yra.
        Jei norite, galite atsivesti vieną iš tėvų ar globėją. Taip pat galite paprašyti dalį kiekvieno vizito pasikalbėti su gydytoju vieni.
    .if-not = Jei niekas su jumis nekalbėjo apie perėjimą, paklauskite savo vaikų komandos. Galite paklausti per kitą vizitą.
    .ask =
        Kada pereisiu į suaugusiųjų priežiūrą?
        Kas yra mano paskirtas darbuotojas?
        Ar galiu dalį vizito pasikalbėti su jumis vienas?

moving-to-adult-care-before =
    .title = Prieš perėjimą
    .body =
        Iki perėjimo už jūsų priežiūrą vis dar atsakinga jūsų vaikų komanda.
        Prieš pereidami turėtumėte turėti galimybę susitikti su kuo nors iš suaugusiųjų komandos.
        Susisiekite su savo vaikų komanda, jei turite klausimų arba jei jūsų liga pablogėja. Jei blogai jaučiatės ir nežinote, ką daryti, tą pačią dieną skambinkite į savo GP kliniką (šeimos gydytojo kliniką) arba NHS 111. Skubiu atveju skambinkite 999.
    .if-not = Jei vaikų komanda jums neperskambino iki kitos darbo dienos pabaigos, skambinkite dar kartą. Jei jaučiatės blogiau, tą pačią dieną skambinkite NHS 111 arba savo GP gydytojui.
    .ask =
        Į ką kreiptis, kol pereisiu?
        Ar galiu susitikti su suaugusiųjų komanda prieš pereidamas?

moving-to-adult-care-adult-team =
    .title = Perima suaugusiųjų komanda
    .body =
        Po perėjimo jūsų liga gali rūpintis suaugusiųjų komanda ligoninėje.
        Jūsų paskirtas darbuotojas turėtų palaikyti ryšį apie 6 mėnesius po perėjimo, kad patikrintų, ar viskas gerai.
        Už kiekvieną jūsų priežiūros dalį turėtų būti atsakinga viena komanda. Turėtumėte žinoti, kuri tai komanda. Laikykite jos telefono numerį saugioje vietoje.
    .if-not = Jei nežinote, kas dabar atsakingas, paklauskite savo paskirto darbuotojo. Arba paklauskite savo GP klinikos.
    .ask =
        Kuri komanda dabar atsakinga už mano priežiūrą?
        Kaip su jumis susisiekti?
        Kaip dažnai pas jus lankysiuosi?

moving-to-adult-care-gp =
    .title = Jūsų GP gydytojas gali tapti pagrindiniu jūsų gydytoju
    .body =
        Šiuo metu jūsų GP gydytojas gali tapti pagrindiniu jūsų gydytoju. Tai reiškia, kad jūsų GP klinika rūpinsis didesne jūsų priežiūros dalimi.
        Paklauskite savo vaikų komandos, ar taip bus jūsų atveju.
        Jūsų GP klinika taip pat yra vieta, kur kreiptis dėl naujų sveikatos problemų.
    .if-not = Jei nežinote, ar jūsų GP gydytojas dabar yra pagrindinis jūsų gydytojas, paklauskite savo GP klinikos.
    .ask =
        Ar dabar jūs esate pagrindinis mano gydytojas?
        Ar turite mano laiškus iš ligoninės?
        Kam skambinti, jei mano liga pablogės?
