# Journey: your child is sent to a children's doctor. Written for parents and carers.
# Structure and sources: src/journeys/child_referral.rs

child-referral =
    .title = Jūsų vaikas siunčiamas pas vaikų gydytoją
    .summary = Kas užregistruoja jūsų vaiko vizitą, kam skambinti, kol laukiate, ir kas praneša rezultatus.
    .intro = Jūsų GP gydytojas (šeimos gydytojas) nori, kad ligoninės vaikų gydytojas padėtų gydyti jūsų vaiką. Kaip vienam iš tėvų ar globėjui, jums pranešama, kas vyksta su jūsų vaiku. Štai kas vyks toliau ir kas atliks kiekvieną dalį.
    .keywords = vaikas, vaikai, mano vaikas, sūnus, dukra, kūdikis, pediatras, pediatrija, vaikų gydytojas, vaikų ligoninė, vaiko siuntimas, siuntimas, laiškas iš ligoninės, vizitas, laukiančiųjų sąrašas, eilė, tėvai, globėjas, vaikui blogiau, vaikui blogėja, child, paediatrician, children's doctor, referral, appointment, waiting list

child-referral-advice =
    .title = GP gydytojas pirmiausia gali paprašyti vaikų gydytojo patarimo
    .body =
        Vaikų gydytojas vadinamas pediatru. Jūsų GP gydytojas pirmiausia gali paprašyti pediatro patarimo dėl jūsų vaiko. Tai gali būti telefonu arba internetu.
        Kai kuriose vietovėse pediatras atvyksta į GP klinikas ir ten apžiūri vaikus. Kai kuriais vaikais ligoninės komanda gali rūpintis namuose.
        Gavus patarimą, gali paaiškėti, kad jūsų vaikui nereikia vykti į ligoninę. Jūsų GP gydytojas pasako, ką sakė pediatras.
    .if-not = Jei nežinote, ką jūsų GP gydytojas daro dėl jūsų vaiko, susisiekite su savo GP klinika ir paklauskite.
    .ask =
        Ar klausiate pediatro patarimo, ar siunčiate mano vaiką į ligoninę?
        Kaip man pranešite, ką jis pasakė?

child-referral-sent =
    .title = Jūsų GP gydytojas išsiunčia siuntimą
    .body =
        Jei jūsų vaikui reikia pas pediatrą, jūsų GP gydytojas jam parašo. Tai vadinama siuntimu.
        GP gydytojas taip pat parašo, kaip greitai jūsų vaiką reikia apžiūrėti. Siuntimas gali būti įprastas arba skubus.
        Kartais ligoninė pirmiausia prašo atlikti tyrimus. Tada GP gydytojas juos suorganizuoja prieš išsiųsdamas siuntimą.
        Jums pranešama tai, kas būtų pranešta suaugusiam pacientui. Tai pranešama jums jūsų vaiko vardu.
    .if-not = Paklauskite GP gydytojo, kada turėtumėte gauti žinių apie siuntimą. Jei iki to laiko nieko negavote, susisiekite su savo GP klinika. Paklauskite, ar siuntimas buvo išsiųstas.
    .ask =
        Kodėl mano vaikui reikia pas pediatrą?
        Ar siuntimas įprastas, ar skubus?
        Ar pirmiausia mano vaikui reikia atlikti kokių nors tyrimų?

child-referral-booking =
    .title = Gaunate laišką, el. laišką arba SMS žinutę, kad užsiregistruotumėte
    .body =
        Galite gauti laišką su registracijos numeriu ir slaptažodžiu. Saugokite jį.
        Arba galite gauti el. laišką ar SMS žinutę. Joje yra nuoroda užsiregistruoti per NHS App (NHS programėlę) arba NHS svetainėje (NHS website).
        Per ją pasirinkite datą ir laiką savo vaikui arba paskambinkite registracijos komandai.
        Kai kurios SMS žinutės, kurios atrodo kaip iš NHS, yra sukčių. NHS neprašys jūsų mokėti ar pateikti banko duomenų. Jei abejojate, nenaudokite nuorodos. Skambinkite numeriu, kuris yra jūsų laiške.
    .if-not = Jei iki GP gydytojo nurodyto laiko nieko negavote, skambinkite numeriu, kuris yra jūsų siuntimo laiške. Jei laiško neturite, paklauskite savo GP klinikos.
    .ask =
        Ar galiu pasirinkti, į kurią ligoninę eis mano vaikas?
        Ar mano vaiką gali priimti netoli mūsų namų?

child-referral-waiting =
    .title = Jūsų vaikas laukia vizito
    .body =
        Ligoninės komanda rūpinasi jūsų vaiko vieta sąraše.
        Ligoninė gali atsiųsti jums SMS žinutę ir paklausti, ar jūsų vaikui vis dar reikia vizito. Jei galite, atsakykite. Jei neatsakėte, paskambinkite ligoninės komandai. Jūsų vaiko neišbrauks iš sąrašo vien todėl, kad neatsakėte.
        Jei turite klausimą apie vizitą, klauskite ligoninės komandos. Ji turėtų jums atsakyti, o ne siųsti jus atgal pas GP gydytoją.
    .if-not = Jei negavote žinių iš ligoninės tada, kai jums buvo pasakyta, paskambinkite ligoninės komandai.
    .ask =
        Kiek laiko reikia laukti šios komandos?
        Kam skambinti, jei mūsų planai pasikeistų?

child-referral-worse =
    .title = Jei jūsų vaikui, atrodo, blogėja
    .body =
        Pasitikėkite savo jausmais. Jūs geriausiai pažįstate savo vaiką.
        Skambinkite 999, jei jūsų vaikui sunku kvėpuoti, jį labai sunku pažadinti arba jam prasidėjo traukuliai. Taip pat skambinkite 999, jei jam atsirado bėrimas, kuris neišnyksta, kai prie jo prispaudžiate stiklinę.
        Jei jūsų vaikui, atrodo, blogėja arba jūs nerimaujate, tą pačią dieną susisiekite su savo GP klinika arba skambinkite NHS 111.
        Taip pat praneškite ligoninės komandai. Ten dirbantis gydytojas gali patikrinti, ar jūsų vaiką reikia apžiūrėti greičiau. Jūsų GP gydytojas taip pat gali padaryti siuntimą skubų.
    .if-not = Jei ligoninės komanda jums neperskambino iki kitos darbo dienos pabaigos, skambinkite dar kartą. Jei jūsų vaikui, atrodo, blogiau, nelaukite jų: tą pačią dieną skambinkite į savo GP kliniką arba NHS 111.
    .ask =
        Kokie požymiai turėtų paskatinti mane jums paskambinti?
        Ar mano vaiką gali priimti greičiau, jei jam pablogės?

child-referral-visit =
    .title = Pirmasis jūsų vaiko vizitas
    .body =
        Jūsų vaiką priima pediatras arba kitas vaikų komandos narys. Jie gali pasikalbėti su jumis abiem, apžiūrėti jūsų vaiką arba atlikti tyrimus.
        Atsineškite laišką, jūsų vaiko vaistų sąrašą ir visus savo klausimus.
        Už kiekvieną jūsų vaiko priežiūros dalį turėtų būti atsakinga viena komanda. Jei nežinote, kuri, paklauskite.
        Vyresni vaikai gali norėti dalį vizito pasikalbėti su gydytoju vieni. Jaunuoliai dažnai gali patys pasirinkti, kas bus pasakyta jų tėvams.
    .if-not = Jei vizitas atšaukiamas, ligoninės komanda turėtų jums duoti naują datą. Jei jos negavote, paskambinkite komandai.
    .ask =
        Kokia, jūsų manymu, yra problema?
        Kuri komanda atsakinga už kiekvieną mano vaiko priežiūros dalį?
        Kam skambinti, jei vėliau turėsiu klausimą?

child-referral-letter =
    .title = Ligoninė parašo jūsų GP gydytojui
    .body =
        Po vizito ligoninės komanda parašo jūsų GP gydytojui, jei GP gydytojas turi ką nors padaryti. Tai vadinama laišku po vizito (clinic letter). Jūs taip pat turėtumėte gauti kopiją.
    .if-not = Jei iki nurodyto laiko jūsų GP klinika negavo laiško, paskambinkite ligoninės komandai. Paprašykite jį išsiųsti.
    .ask =
        Ar mūsų GP gydytojas turi ką nors padaryti?
        Ar galiu gauti laiško kopiją?

child-referral-results =
    .title = Tyrimai ir rezultatai
    .body =
        Jei ligoninės komanda paskiria tyrimą, ji patikrina rezultatą ir jums praneša.
        Vaikams kraujas dažnai imamas ligoninės vaikų klinikoje. Paklauskite komandos, kur eiti.
        Kad ir kur tyrimas būtų atliktas, rezultatą jums praneša ta komanda, kuri jį paskyrė.
    .if-not = Jei rezultatas vėluoja, susisiekite su komanda, kuri paskyrė tyrimą.
    .ask =
        Kur mano vaikui turėtų atlikti tyrimą?
        Kada ir kaip man pranešite rezultatus?
        Ar mano vaikui reikės vėl pas jus atvykti?
