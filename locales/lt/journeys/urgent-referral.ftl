# Journey: an urgent referral, including when cancer is possible.
# Structure and sources: src/journeys/urgent_referral.rs

urgent-referral =
    .title = Jūsų GP gydytojas skubiai nusiuntė jus į ligoninę
    .summary = Kas vyksta, kai GP gydytojas skubiai siunčia jus į ligoninę, ir kam skambinti, jei negaunate jokių žinių.
    .intro = Jūsų GP gydytojas (šeimos gydytojas) nori, kad ligoninės komanda jus priimtų greitai. Tai vadinama skubiu siuntimu. Jūsų GP gydytojas galėjo pasakyti, kad tai daroma norint patikrinti, ar nėra vėžio. Dauguma taip nusiųstų žmonių vėžio neturi. Štai kas vyks toliau ir kas atliks kiekvieną dalį.
    .keywords = skubus siuntimas, skubu, įtariamas vėžys, vėžys, ar tai gali būti vėžys, vėžio patikrinimas, dviejų savaičių laukimas, 2 savaičių laukimas, greitas kelias, greitesnė diagnozė, iš karto tyrimas, gumbas, skubus skenavimas, skambina ligoninė, nežinomas numeris, biopsija, urgent referral, suspected cancer, two week wait, fast track, faster diagnosis

urgent-referral-sent =
    .title = Jūsų GP gydytojas išsiunčia skubų siuntimą
    .body =
        Jūsų GP gydytojas parašo ligoninės komandai ir pažymi siuntimą kaip skubų. Jis turėtų jums pasakyti kodėl.
        Siuntimas skubus tam, kad kas nors rimto būtų greitai rasta arba atmesta.
        Kartais prieš apsilankydami pas specialistą iš karto einate atlikti tyrimo, pavyzdžiui, skenavimo.
        Įsitikinkite, kad jūsų GP klinika turi teisingą jūsų telefono numerį ir adresą.
    .if-not = Jei nežinote, ar siuntimas išsiųstas, kitą darbo dieną susisiekite su savo GP klinika ir paklauskite.
    .ask =
        Kodėl mane siunčiate skubiai?
        Kokio tyrimo ar vizito turėčiau laukti?
        Ar galiu gauti lapelį apie tai?

urgent-referral-contact =
    .title = Ligoninė greitai susisiekia su jumis
    .body =
        Ligoninė paprastai susisiekia per kelias dienas. Tai gali būti telefonu, SMS žinute arba laišku.
        Atsiliepkite į skambučius iš nežinomų numerių ir tikrinkite savo žinutes. Stenkitės būti pasirengę atvykti net ir trumpai įspėjus.
    .if-not = Jei per savaitę niekas su jumis nesusisiekė, paskambinkite į savo GP kliniką. Paprašykite patikrinti, ar ligoninė gavo siuntimą. Taip pat galite paskambinti ligoninės registracijos komandai.
    .ask =
        Kada turėčiau gauti žinių iš ligoninės?
        Kam skambinti, jei negalėsiu atvykti jūsų nurodytą dieną?

urgent-referral-tests =
    .title = Ligoninės komanda atlieka tyrimus
    .body =
        Ligoninės komanda gali atlikti tyrimus, pavyzdžiui, skenavimą, kraujo tyrimą arba tyrimą su kamera. Ji pasako, kam skirtas kiekvienas tyrimas.
        NHS siekia pasakyti jums, ar turite vėžį, ar ne, per 28 dienas nuo siuntimo. Daugumai žmonių pasakoma greičiau.
        Jei tai užtrunka ilgiau, ligoninės komanda turėtų jums pasakyti kodėl ir kas bus toliau.
    .if-not = Jei negavote žinių apie rezultatą tada, kai komanda sakė, paskambinkite ligoninės komandai.
    .ask =
        Kam skirtas šis tyrimas?
        Kada gausiu rezultatą ir kas man jį praneš?

urgent-referral-result =
    .title = Ligoninės komanda praneša jums rezultatą
    .body =
        Ligoninės komanda praneša jums rezultatą. Ji taip pat parašo jūsų GP gydytojui.
        Jei tai ne vėžys, ji pasako, kas bus toliau. Gali būti, kad jums nebereikės pas ją lankytis. Arba ji gali nusiųsti jus pas kitą komandą.
        Jei tai vėžys, jumis rūpinsis specialistų komanda. Gausite paskirtą žmogų, į kurį galėsite kreiptis, dažnai tai būna specializuota slaugytoja.
    .if-not = Jei jums nepranešė rezultato, paskambinkite ligoninės komandai. Nelaukite, kol jį praneš jūsų GP gydytojas.
    .ask =
        Į ką kreiptis, jei turėsiu klausimų?
        Ar man reikės atvykti dar kartą?
        Į ką turėčiau atkreipti dėmesį ateityje?

urgent-referral-worse =
    .title = Jei laukiant jums pablogėja
    .body =
        Jei jums labai pablogėja arba atsiranda naujų simptomų, kurie jus neramina, tą pačią dieną susisiekite su savo GP klinika arba skambinkite NHS 111.
        Skubiu atveju skambinkite 999.
        Taip pat praneškite ligoninės komandai, kad ji žinotų.
    .if-not = Jei ligoninės komanda jums neperskambino iki kitos darbo dienos pabaigos, skambinkite dar kartą. Jei jaučiatės blogiau, tą pačią dieną skambinkite į savo GP kliniką arba NHS 111.
    .ask =
        Kokie pokyčiai turėtų paskatinti mane jums paskambinti?
        Kam skambinti naktį arba savaitgalį?
