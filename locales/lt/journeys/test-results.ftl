# Journey: your test results.
# Structure and sources: src/journeys/test_results.rs

test-results =
    .title = Jūsų tyrimų rezultatai
    .summary = Kas jums praneša tyrimo rezultatą ir ką daryti, jei negavote žinių.
    .intro = Tyrimas padeda išsiaiškinti, kas negerai, arba patikrinti, kaip jums sekasi. Komanda, kuri paskiria tyrimą, praneša jums rezultatą. Štai kas turėtų vykti.
    .keywords = tyrimų rezultatai, tyrimo rezultatas, rezultatai, kraujo tyrimas, kraujo rezultatai, kraujas, skenavimas, rentgenas, šlapimo tyrimas, mėginys, biopsija, laukiu rezultatų, nėra rezultatų, negavau žinių, teirautis rezultatų, kas praneša rezultatus, rezultatas NHS App, nenormalus rezultatas, ligoninės tyrimas, tyrimas GP klinikoje, ką reiškia mano rezultatas, test results, blood test, scan, x-ray, NHS App

test-results-asked =
    .title = Jums pasako, kodėl reikia tyrimo
    .body =
        Ligoninės komanda gali paprašyti, kad atliktumėte tyrimą. Tai gali būti kraujo tyrimas, rentgeno nuotrauka arba skenavimas.
        Jie turėtų pasakyti, kodėl jums jo reikia ir ką jis gali parodyti.
        Jie taip pat turėtų pasakyti, kaip sužinosite rezultatą, kas jums praneš ir iki kada.
        Jei tyrimą paskiria jūsų GP gydytojas (šeimos gydytojas), visa tai jums turėtų pasakyti jūsų GP klinika.
    .if-not = Jei jums nepasakė, kaip gausite rezultatą, paklauskite komandos, kuri paskyrė tyrimą.
    .ask =
        Kodėl man reikia šio tyrimo?
        Ką jis gali parodyti?
        Kas man praneš rezultatą ir kada?

test-results-taken =
    .title = Jums atliekamas tyrimas
    .body =
        Kur jums atliks tyrimą, priklauso nuo to, kur gyvenate. Tai gali būti ligoninėje, kraujo tyrimų punkte netoli jūsų arba jūsų GP klinikoje.
        Daugelis GP klinikų negali paimti kraujo tyrimams, kuriuos paskyrė ligoninė. Paklauskite komandos, kuri paskyrė tyrimą, kur eiti.
        Kad ir kur tyrimas būtų atliktas, rezultatas nukeliauja komandai, kuri jį paskyrė.
        Rezultato gali tekti laukti kelias dienas ar savaites. Tai priklauso nuo tyrimo.
    .if-not = Jei negalite atvykti į tyrimą, kuo greičiau praneškite tai vietai, kuri jį užregistravo. Paprašykite naujo laiko.
    .ask =
        Kur man eiti atlikti tyrimo?
        Ar prieš tai man reikia ką nors daryti, pavyzdžiui, nevalgyti?

test-results-app =
    .title = Rezultatą pirmiausia galite pamatyti NHS App
    .body =
        Daug rezultatų dabar patys atsiranda NHS App (NHS programėlėje). Rezultatą galite pamatyti anksčiau, nei kas nors apie jį su jumis pasikalbės.
        Rezultatas, pažymėtas kaip nenormalus, ne visada reiškia ką nors rimto. Kai kurie rezultatai šiek tiek nukrypsta nuo normos, bet viskas gerai.
        Jei rezultatas jus neramina, susisiekite su komanda, kuri paskyrė tyrimą. Ji gali paaiškinti, ką jis reiškia jums.
    .if-not = Jei negalite susisiekti su komanda ir nerimaujate, skambinkite į savo GP kliniką arba NHS 111. Skubiu atveju skambinkite 999.
    .ask =
        Ar mano rezultatas bus matomas NHS App?
        Ar kas nors su manimi pasikalbės, prieš man jį pamatant?

test-results-told =
    .title = Komanda jums praneša rezultatą
    .body =
        Komanda, kuri paskyrė tyrimą, patikrina rezultatą. Ji nusprendžia, ką daryti toliau, ir jums praneša.
        Jei tyrimą paskyrė ligoninės komanda, rezultatą jums praneša ligoninės komanda. Taip yra net jei kraujas buvo paimtas jūsų GP klinikoje.
        Jūsų GP gydytojas gali matyti rezultatą, bet jį paaiškinti turi ta komanda, kuri paskyrė tyrimą.
    .if-not = Jei iki jums nurodyto laiko negavote žinių, susisiekite su komanda, kuri paskyrė tyrimą.
    .ask =
        Ką reiškia mano rezultatas?
        Kas bus toliau?
        Ar mano GP gydytojas turi ką nors padaryti?

test-results-chase =
    .title = Jei negavote žinių
    .body =
        Jei jums nurodytas laikas praėjo, susisiekite su komanda, kuri paskyrė tyrimą. Nelaukite toliau.
        Jei tyrimą paskyrė ligoninės komanda, paskambinkite ligoninės komandai. Jei tyrimą paskyrė jūsų GP gydytojas, susisiekite su savo GP klinika.
        Jei laukiant jaučiatės blogiau, tą pačią dieną skambinkite į savo GP kliniką arba NHS 111. Skubiu atveju skambinkite 999.
    .if-not = Jei vis dar negalite gauti atsakymo iš ligoninės, kreipkitės į jos pacientų patarimų komandą. Jie padeda, kai kas nors vyksta ne taip.
    .ask =
        Iki kada turėjau gauti žinių?
        Kas gali su manimi pasikalbėti apie mano rezultatą?
