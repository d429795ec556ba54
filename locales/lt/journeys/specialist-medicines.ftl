# Journey: a hospital specialist starts a new medicine.
# Structure and sources: src/journeys/specialist_medicines.rs

specialist-medicines =
    .title = Ligoninės gydytojas jums paskiria naują vaistą
    .summary = Kas jums duoda vaistą, kas duoda daugiau ir į ką kreiptis dėl šalutinio poveikio ir patikrinimų.
    .intro = Ligoninės specialistas jums paskyrė naują vaistą. Specialistas yra gydytojas, kuris daug žino apie vienos rūšies sveikatos problemas. Štai kas jums duoda vaistą ir kas duoda daugiau. Taip pat parašyta, į ką kreiptis, jei su juo kyla problemų.
    .keywords = receptas, tabletės, vaistas, vaistai, naujas vaistas, specialistas paskyrė vaistą, klinikos vaistas, pakartotinis receptas, bendra priežiūra, bendros priežiūros susitarimas, šalutinis poveikis, kraujo tyrimas, stebėjimas, baigiasi vaistai, ligoninės receptas, specialisto vaistas, vaistinė, prescription, medicine, repeat prescription, shared care, side effects, blood test, monitoring

specialist-medicines-start =
    .title = Pirmąjį vaistų kiekį jums duoda ligoninė
    .body =
        Ligoninės specialistas nusprendžia, kad jums reikia naujo vaisto.
        Jei vaistą reikia pradėti vartoti dabar, pirmąjį kiekį jums duoda ligoninė. Dėl to jums nereikia eiti pas GP gydytoją (šeimos gydytoją).
        Po gulėjimo ligoninėje gaunate vaisto bent 7 dienoms arba visą kursą, jei jis trumpesnis.
        Po vizito klinikoje ligoninė duoda jums tiek, kiek reikia dabar, jei vaistą reikia pradėti iš karto. Arba laiške po vizito (clinic letter) GP gydytojo prašoma jį išrašyti.
    .if-not = Jei jums sakė pradėti vartoti vaistą dabar, bet jo nedavė, paskambinkite ligoninės komandai.
    .ask =
        Kam skirtas šis vaistas?
        Kada ir kaip turėčiau jį vartoti?
        Kas man jį duos: jūs ar mano GP gydytojas?

specialist-medicines-gp =
    .title = Po to daugumą vaistų išrašo GP gydytojas
    .body =
        Daugumos vaistų atveju laiške po vizito jūsų GP gydytojo prašoma išrašyti daugiau. Receptas yra dokumentas, pagal kurį galite gauti vaistą.
        Palaukite, kol jūsų GP klinika gaus laišką. Tada paprašykite įtraukti vaistą į jūsų pakartotinius receptus (repeat prescriptions).
        Kiekvieną pakartotinį receptą užsisakykite laiku, kad vaistai nesibaigtų.
    .if-not = Jei jūsų GP klinika negavo laiško, o vaistai greitai baigsis, paskambinkite ligoninės komandai. Paprašykite išsiųsti laišką arba duoti jums daugiau vaistų.
    .ask =
        Ar išsiuntėte laišką mano GP gydytojui?
        Kiek vaistų man duosite iki tol?

specialist-medicines-shared-care =
    .title = Vaistai, kuriuos turi tikrinti specialistas
    .body =
        Kai kuriuos vaistus turi stebėti specialistas. Jei ligoninė paskyrė vieną iš tokių vaistų, ligoninė ir toliau jums jį duoda.
        Kartais ligoninė paprašo jūsų GP gydytojo perimti. Tam reikia bendros priežiūros susitarimo (shared care agreement). Tai planas, kuriam pritaria ligoninė, jūsų GP gydytojas ir jūs.
        Jūsų GP gydytojas neprivalo sutikti. Kol visi dar nesutiko, daugiau vaistų jums duoda ligoninė.
    .if-not = Jei vaistai beveik baigėsi ir niekas jums nedavė daugiau, paskambinkite ligoninės komandai. Padarykite tai, kol vaistai dar nesibaigė.
    .ask =
        Ar šį vaistą man ir toliau duosite jūs, ar mano GP gydytojas?
        Ar mano GP gydytojas sutiko dėl bendros priežiūros?
        Kaip paprašyti daugiau?

specialist-medicines-checks =
    .title = Kraujo tyrimai vaistui patikrinti
    .body =
        Vartojant kai kuriuos vaistus, reikia kraujo tyrimų, kad būtų patikrinta, ar jie jums saugūs. Paklauskite, ar jūsų vaistui jų reikia.
        Paklauskite, kas atlieka tyrimus ir kaip dažnai.
        Komanda, kuri paskiria tyrimą, patikrina rezultatą. Ji jums paaiškina, ką jis reiškia.
    .if-not = Jei rezultatas vėluoja, susisiekite su komanda, kuri paskyrė tyrimą. Paklauskite, ką jis parodė.
    .ask =
        Ar šiam vaistui reikia kraujo tyrimų?
        Kas juos atlieka ir kaip dažnai?
        Kas man praneša rezultatus?

specialist-medicines-problems =
    .title = Jei su juo kyla problemų
    .body =
        Jei manote, kad vaistas sukelia problemų, paskambinkite ligoninės komandai, kuri jį paskyrė.
        Kai kurie vaistai, pavyzdžiui, vaistai nuo vėžio, turi pagalbos liniją, kuri veikia dieną ir naktį. Jei komanda jums davė jos numerį, skambinkite juo.
        Jei jaučiatės labai blogai, tą pačią dieną skambinkite NHS 111 arba į savo GP kliniką. Skubiu atveju skambinkite 999.
    .if-not = Jei ligoninės komanda jums neperskambino iki kitos darbo dienos pabaigos, skambinkite dar kartą. Jei jaučiatės blogiau, tą pačią dieną skambinkite NHS 111 arba savo GP gydytojui.
    .ask =
        Koks šalutinis poveikis turėtų paskatinti mane jums paskambinti?
        Ar šiam vaistui yra pagalbos linija?
        Ką daryti, jei praleisiu dozę?
