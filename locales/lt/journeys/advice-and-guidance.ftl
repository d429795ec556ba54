# Journey: your GP asked a specialist for advice.
# Structure and sources: src/journeys/advice_and_guidance.rs

advice-and-guidance =
    .title = Jūsų GP gydytojas paprašė specialisto patarimo
    .summary = Kodėl jūsų GP gydytojas pirmiausia paprašė patarimo, kas jums praneš atsakymą ir kam skambinti, kol laukiate.
    .intro = Jūsų GP gydytojas (šeimos gydytojas) paprašė ligoninės specialisto patarimo dėl jūsų. Specialistas yra gydytojas, kuris daug žino apie vienos rūšies sveikatos problemas. Štai kas vyks toliau ir kas atliks kiekvieną dalį.
    .keywords = patarimai ir rekomendacijos, patarimas, specialisto patarimas, GP paprašė patarimo, antra nuomonė, ligoninės gydytojas, konsultantas, e-siuntimas, siuntimas grąžintas, laukiu atsakymo, advice and guidance, A and G, specialist advice, second opinion, referral returned

advice-and-guidance-asked =
    .title = Jūsų GP gydytojas prašo patarimo
    .body =
        Jūsų GP gydytojas nori sužinoti specialisto nuomonę apie jūsų problemą. Todėl GP gydytojas nusiunčia jam klausimą. Tai gali būti internetu arba telefonu.
        Tai vadinama patarimais ir rekomendacijomis (advice and guidance). Tai gali būti vietoj siuntimo. Arba tai gali būti prieš siuntimą.
        Specialistas perskaito, ką atsiuntė jūsų GP gydytojas. Šiuo metu jis jūsų nemato.
    .if-not = Jei nežinote, ar jūsų GP gydytojas išsiuntė klausimą, susisiekite su savo GP klinika. Paklauskite, ar klausimas išsiųstas.
    .ask =
        Ko klausiate specialisto?
        Kaip man pranešite atsakymą?
        Ar vėliau vis tiek galėsiu būti nusiųstas į ligoninę?

advice-and-guidance-reply =
    .title = Specialistas atsako
    .body =
        Specialistas atsako jūsų GP gydytojui, o ne jums.
        Kiek laiko tai užtruks, priklauso nuo ligoninės. Paklauskite GP gydytojo, kada jis tikisi atsakymo.
    .if-not = Jei iki GP gydytojo nurodyto laiko nieko nesužinojote, susisiekite su savo GP klinika. Paklauskite, ar atsakymas jau atėjo.
    .ask =
        Kada, jūsų manymu, ateis atsakymas?
        Ar jūs man paskambinsite, ar aš turėčiau jums paskambinti?

advice-and-guidance-worse =
    .title = Jei laukiant jums pablogėja
    .body =
        Kol laukiate atsakymo, su klausimais kreipkitės į savo GP kliniką.
        Jei jums labai pablogėja arba atsiranda naujų simptomų, kurie jus neramina, tą pačią dieną susisiekite su savo GP klinika arba skambinkite NHS 111. Nelaukite vien atsakymo.
        Skubiu atveju skambinkite 999.
        Jūsų GP gydytojas gali pranešti specialistui arba išrašyti skubų siuntimą.
    .if-not = Jei jūsų GP klinika su jumis nesusisiekė iki kitos darbo dienos pabaigos, skambinkite dar kartą. Jei jaučiatės blogiau, tą pačią dieną skambinkite NHS 111.
    .ask =
        Kokie pokyčiai turėtų paskatinti mane jums paskambinti?
        Ar galite pranešti specialistui, kad man pablogėjo?

advice-and-guidance-next =
    .title = Jūsų GP gydytojas pasako, kas bus toliau
    .body =
        Jūsų GP gydytojas pasako, ką sakė specialistas. Tada nutinka vienas iš dviejų dalykų.
        Jūsų GP gydytojas gali pasielgti pagal patarimą. Pavyzdžiui, jis gali pakeisti jūsų vaistus arba atlikti tyrimą.
        Arba specialistas gali klausimą paversti siuntimu. Tai reiškia, kad jus priims ligoninės komanda. Tada gausite laišką, el. laišką arba SMS žinutę, kad užsiregistruotumėte vizitui.
        Kartais GP gydytojo išsiųstas siuntimas grąžinamas su patarimu, o ne su vizitu. Jūsų GP gydytojas turėtų paaiškinti, ką tai jums reiškia.
        Jei abejojate, ar SMS žinutė ar el. laiškas tikri, nenaudokite nuorodos juose. Skambinkite į savo GP kliniką arba numeriu, kuris yra jūsų laiške.
    .if-not = Jei jūsų GP gydytojas nepasakė, ką sakė specialistas, susisiekite su savo GP klinika.
    .ask =
        Ką sakė specialistas?
        Kas bus toliau ir kas tai padarys?
        Ar man reikia eiti pas ligoninės komandą?
