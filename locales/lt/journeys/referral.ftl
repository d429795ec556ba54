# Journey: Your GP has referred you to a hospital team.
# Structure and sources: src/journeys/referral.rs

referral =
    .title = Jūsų GP gydytojas nusiuntė jus pas ligoninės komandą
    .summary = Kas užregistruoja jūsų pirmąjį vizitą, kam skambinti laukiant ir ką daryti, jei jums pablogėja.
    .intro = Jūsų GP gydytojas (šeimos gydytojas) mano, kad jus turėtų priimti ligoninės komanda. Tai vadinama siuntimu. Štai kas vyks toliau ir kas atliks kiekvieną dalį. Jei GP gydytojas sakė, kad tai skubu arba kad tai gali būti vėžys, perskaitykite gidą apie skubius siuntimus.
    .keywords = siuntimas, siuntimą, nusiuntė, specialistas, laiškas iš ligoninės, e-siuntimas, registracija, vizitas, konsultantas, klinika, laukiančiųjų sąrašas, eilė, įprastas siuntimas, referral, referred, specialist, e-referral, appointment, waiting list, GP

referral-sent =
    .title = Jūsų GP gydytojas išsiunčia siuntimą
    .body =
        Jūsų GP gydytojas parašo ligoninės komandai. Jis parašo, kokia yra problema ir kodėl jus reikia apžiūrėti.
        GP gydytojas taip pat parašo, kaip greitai jus reikia apžiūrėti. Siuntimas gali būti įprastas arba skubus.
        Kartais ligoninė pirmiausia prašo atlikti tyrimus, pavyzdžiui, kraujo tyrimą. Tada GP gydytojas juos atlieka prieš išsiųsdamas siuntimą.
        Dažnai galite pasirinkti, į kurią ligoninę eiti. Paklauskite GP gydytojo, kai jis jus siunčia.
    .if-not = Paklauskite GP gydytojo, kada turėtumėte gauti žinių apie siuntimą. Jei iki to laiko nieko negavote, susisiekite su savo GP klinika. Paklauskite, ar siuntimas buvo išsiųstas.
    .ask =
        Pas kurią ligoninės komandą mane siunčiate?
        Ar mano siuntimas įprastas, ar skubus?
        Ar galiu pasirinkti, į kurią ligoninę eiti?
        Ar pirmiausia man reikia atlikti kokių nors tyrimų?

referral-booking =
    .title = Gaunate laišką, el. laišką arba SMS žinutę, kad užsiregistruotumėte
    .body =
        Galite gauti laišką su registracijos numeriu ir slaptažodžiu. Saugokite jį.
        Arba galite gauti el. laišką ar SMS žinutę. Joje yra nuoroda užsiregistruoti per NHS App (NHS programėlę) arba NHS svetainėje (NHS website).
        Per ją pasirinkite datą ir laiką arba paskambinkite registracijos komandai.
        Kai kurios SMS žinutės, kurios atrodo kaip iš NHS, yra sukčių. NHS neprašys jūsų mokėti ar pateikti banko duomenų, kad užsiregistruotumėte. Jei abejojate, nenaudokite nuorodos. Skambinkite numeriu, kuris yra jūsų laiške, arba paklauskite savo GP klinikos.
    .if-not = Jei iki GP gydytojo nurodyto laiko nieko negavote, skambinkite numeriu, kuris yra jūsų siuntimo laiške. Jei laiško neturite, paklauskite savo GP klinikos.
    .ask =
        Ar vietoj vizito galiu turėti pokalbį telefonu ar vaizdo skambutį?
        Ar galiu ką nors atsivesti kartu?

referral-waiting =
    .title = Laukiate pirmojo vizito
    .body =
        Ligoninės komanda rūpinasi jūsų vieta sąraše.
        Ligoninė gali atsiųsti SMS žinutę ir paklausti, ar jums vis dar reikia vizito. Jei galite, atsakykite. Jei neatsakėte, paskambinkite ligoninės komandai. Jūsų neišbrauks iš sąrašo vien todėl, kad neatsakėte.
        Vidutinį kiekvienos ligoninės laukimo laiką galite pamatyti My Planned Care svetainėje. Tai tik vidurkis.
        Jei turite klausimą apie savo vizitą, klauskite ligoninės komandos. Ji turėtų jums atsakyti, o ne siųsti jus atgal pas GP gydytoją.
    .if-not = Jei negavote žinių iš ligoninės tada, kai jums buvo pasakyta, paskambinkite ligoninės komandai.
    .ask =
        Kiek laiko reikia laukti šios komandos?
        Kam skambinti, jei mano planai pasikeistų?

referral-worse =
    .title = Jei laukiant jums pablogėja
    .body =
        Jei jums labai pablogėja arba atsiranda naujų simptomų, kurie jus neramina, tą pačią dieną susisiekite su savo GP klinika arba skambinkite NHS 111.
        Skubiu atveju skambinkite 999.
        Taip pat praneškite ligoninės komandai. Ten dirbantis gydytojas gali patikrinti, ar jus reikia apžiūrėti greičiau.
        Jūsų GP gydytojas taip pat gali paprašyti ligoninės jus priimti greičiau arba padaryti siuntimą skubų.
    .if-not = Jei ligoninės komanda jums neperskambino iki kitos darbo dienos pabaigos, skambinkite dar kartą. Jei jaučiatės blogiau, nelaukite jų: tą pačią dieną skambinkite į savo GP kliniką arba NHS 111.
    .ask =
        Kokie pokyčiai turėtų paskatinti mane jums paskambinti?
        Ar mane gali priimti greičiau, jei man pablogės?

referral-appointment =
    .title = Jūsų pirmasis vizitas
    .body =
        Jus priima ligoninės komanda. Su jumis gali pasikalbėti, jus apžiūrėti arba atlikti tyrimus.
        Pasiimkite savo laišką, savo vaistų sąrašą ir visus savo klausimus.
        Jei negalite atvykti, kuo greičiau praneškite ligoninės komandai, kad jūsų laiką ji galėtų atiduoti kitam žmogui.
    .if-not = Jei jūsų vizitas atšaukiamas, ligoninės komanda turėtų jums duoti naują datą. Jei jos negavote, paskambinkite komandai.
    .ask =
        Kokia, jūsų manymu, yra problema?
        Kas bus toliau ir kas tai padarys?
        Kam skambinti, jei vėliau turėsiu klausimą?

referral-letter =
    .title = Ligoninė parašo jūsų GP gydytojui
    .body =
        Po jūsų vizito ligoninės komanda parašo jūsų GP gydytojui, jei GP gydytojas turi ką nors padaryti. Tai vadinama laišku po vizito (clinic letter). Jūs taip pat turėtumėte gauti kopiją.
    .if-not = Jei iki nurodyto laiko jūsų GP klinika negavo laiško, paskambinkite ligoninės komandai. Paprašykite jį išsiųsti.
    .ask =
        Ar gausiu laiško kopiją?
        Ar mano GP gydytojas turi ką nors padaryti?

referral-after =
    .title = Ką ligoninė daro toliau
    .body =
        Jei jums reikia daugiau tyrimų, ligoninės komanda juos paskiria. Ji praneša jums rezultatus.
        Jei jums reikia atvykti dar kartą, ligoninės komanda turėtų pasakyti, kaip tai bus suorganizuota. Kartais susisiekti su ja turite jūs patys.
        Jei jums reikia pas kitą ligoninės komandą dėl susijusios problemos, ligoninė jus ten nusiunčia. Jums nereikia pirmiausia grįžti pas GP gydytoją.
    .if-not = Jei jums sakė, kad gausite žinių apie tyrimą ar vizitą, bet negavote, paskambinkite ligoninės komandai.
    .ask =
        Ar man reikės atvykti pas jus dar kartą?
        Ar jūs mane užregistruosite, ar turiu susisiekti su jumis?
        Kas man praneš tyrimų rezultatus?
