# Journey: after a hospital clinic visit.
# Structure and sources: src/journeys/after_appointment.rs

after-appointment =
    .title = Po vizito pas ligoninės komandą
    .summary = Kas vyksta po vizito pas ligoninės komandą ir kas ką daro.
    .intro = Jus priėmė ligoninės komanda klinikoje. Štai kas vyks toliau. Parašyta, kas atlieka kiekvieną dalį ir į ką kreiptis.
    .keywords = po vizito, po konsultacijos, ambulatorinis, laiškas po vizito, laiškas GP gydytojui, laiškas iš ligoninės, konsultanto laiškas, tolesnis stebėjimas, kitas vizitas, atvykti dar kartą, daugiau tyrimų, laiške prašoma GP atlikti tyrimą, kas užregistruoja tyrimą, rezultatai, į ką kreiptis, ko klausti, klausimai, skundas, skųstis, PALS, patarimai pacientams, problema su ligonine, GP ir ligoninė, nusiųstas pas kitą komandą, after appointment, clinic letter, follow-up, complaint

after-appointment-letter =
    .title = Ligoninė parašo jūsų GP gydytojui
    .body =
        Po jūsų vizito ligoninės komanda parašo apie jį laišką. Tai vadinama laišku po vizito (clinic letter).
        Jei jūsų GP gydytojas (šeimos gydytojas) turi ką nors padaryti, laiške parašyta ką. Jūs taip pat turėtumėte gauti kopiją.
        Kitas jūsų plano dalis ligoninės komanda atlieka pati.
    .if-not = Jei iki nurodyto laiko jūsų GP klinika negavo laiško, paskambinkite ligoninės komandai. Paprašykite jį išsiųsti.
    .ask =
        Ar mano GP gydytojas turi ką nors padaryti?
        Ar galiu gauti laiško kopiją?
        Kas atliks kiekvieną mano plano dalį?

after-appointment-gp-task =
    .title = Jei laiške GP gydytojo prašoma ką nors padaryti
    .body =
        Kartais laiške GP gydytojo prašoma atlikti užduotį, pavyzdžiui, atlikti tyrimą arba išrašyti naują receptą.
        Palaukite, kol laiškas pasieks jūsų GP gydytoją. Tada susisiekite su savo GP klinika, kad užsiregistruotumėte arba paklaustumėte apie tai.
        Jei tyrimą paskyrė pati ligoninės komanda, ji turėtų pasakyti, kaip jam užsiregistruoti. Ji taip pat praneša jums rezultatą.
    .if-not = Jei jūsų GP klinika nežino, ko prašoma laiške, ji gali paklausti ligoninės komandos. Jūs taip pat galite patys paskambinti ligoninės komandai.
    .ask =
        Kas užregistruoja šį tyrimą: jūs ar mano GP gydytojas?
        Kas man praneš rezultatą?

after-appointment-tests =
    .title = Ligoninė atlieka savo tyrimus
    .body =
        Jei ligoninės komanda nori, kad jums atliktų daugiau tyrimų, ji juos paskiria. Ji patikrina rezultatus ir paaiškina, ką jie reiškia.
        Kur jums atliks tyrimą, priklauso nuo to, kur gyvenate. Paklauskite ligoninės komandos, kur eiti.
        Kad ir kur tyrimas būtų atliktas, rezultatą jums praneša ta ligoninės komanda, kuri jį paskyrė.
    .if-not = Jei iki jums nurodyto laiko negavote žinių apie rezultatą, paskambinkite ligoninės komandai.
    .ask =
        Kodėl man reikia šio tyrimo?
        Kur turiu eiti jo atlikti?
        Kaip ir kada man pranešite rezultatą?

after-appointment-next =
    .title = Jei jums reikia atvykti dar kartą
    .body =
        Jei jums reikia vėl pas tą pačią komandą, ji turėtų pasakyti, kaip tai bus suorganizuota. Kai ligoninė nori jus vėl pamatyti, ji pati užregistruoja vizitą ar tyrimą.
        Kai kurios komandos vietoj to prašo, kad susisiektumėte su jomis patys, kai jums reikės. Tai vadinama paciento inicijuojamu tolesniu stebėjimu (patient initiated follow-up). Paklauskite, kiek laiko galite taip daryti. Daugiau rasite gide apie tolesnį stebėjimą.
        Jei jums reikia pas kitą ligoninės komandą dėl susijusios problemos, ligoninės komanda jus ten nusiunčia. Jums nereikia pirmiausia grįžti pas GP gydytoją.
    .if-not = Ar jums sakė, kad ligoninė užregistruos jūsų kitą vizitą? Jei iki nurodyto laiko nieko negavote, paskambinkite ligoninės komandai.
    .ask =
        Ar man reikia atvykti dar kartą, ir kada?
        Ar jūs užregistruosite mano kitą vizitą, ar turiu susisiekti su jumis?
        Ar man reikia pas kokią nors kitą komandą?

after-appointment-questions =
    .title = Jei turite klausimą
    .body =
        Ligoninė privalo jums pasakyti, kaip su ja susisiekti. Pažiūrėkite laiške po vizito arba ligoninės svetainėje.
        Jei turite klausimą apie savo gydymą ligoninėje, klauskite ligoninės komandos. Ji turėtų atsakyti pati. Ji neturėtų liepti jums klausti GP gydytojo.
    .if-not = Jei negalite gauti atsakymo, kreipkitės į ligoninės pacientų patarimų komandą. Jie padeda, kai kas nors vyksta ne taip.
    .ask =
        Kaip geriausia su jumis susisiekti?
        Į ką kreiptis dėl mano naujų vaistų?

after-appointment-problems =
    .title = Jei kas nors vyksta ne taip
    .body =
        Kartais tarp jūsų GP gydytojo ir ligoninės kas nors nepavyksta. Pavyzdžiui, kiekvienas gali sakyti, kad užduotį turėtų atlikti kitas.
        Jei taip nutinka, kreipkitės į ligoninės pacientų patarimų komandą. Ji dažnai vadinama PALS. Jie padeda, kai kas nors vyksta ne taip.
        Kiekviena ligoninė taip pat turi paskirtą atsakingą asmenį. Jo darbas yra padėti ligoninei ir GP klinikoms gerai dirbti kartu.
    .if-not = Jei pacientų patarimų komanda negali padėti, paklauskite jų, kaip pateikti skundą. Taip pat galite pranešti savo GP klinikai.
    .ask =
        Kas tai išspręs?
        Ar galite apie tai pranešti atsakingam asmeniui, kuris dirba su GP klinikomis?
