# Journey: leaving hospital after a stay.
# Structure and sources: src/journeys/leaving_hospital.rs

leaving-hospital =
    .title = Kai grįžtate namo iš ligoninės
    .summary = Ką turėtumėte turėti prieš grįždami namo ir kam skambinti išėjus.
    .intro = Po gulėjimo ligoninėje grįžtate namo. Štai ką ligoninės komanda turėtų padaryti prieš jums išeinant. Taip pat parašyta, kam skambinti, jei turite klausimų.
    .keywords = išėjimas iš ligoninės, grįžimas namo, namo iš ligoninės, išrašymas, išrašytas, išrašas, išrašo laiškas, nauji vaistai, tabletės, receptas, šalutinis poveikis, nedarbingumo pažyma, nedirbu, skyrius, skyriaus telefonas, klausimai po ligoninės, tolesnis stebėjimas, priežiūra namuose, bendruomenės slaugytoja, virtualus skyrius, sąrašas, paramos grupės, discharge, discharge summary, medicines, fit note, ward, follow-up, district nurse, virtual ward

leaving-hospital-medicines =
    .title = Jūsų nauji vaistai
    .body =
        Jei jums reikia naujo vaisto, ligoninė duoda jo bent 7 dienoms, kad pasiimtumėte namo. Jei gydymo kursas trumpesnis, gaunate visą kursą.
        Jums neturėtų tekti šio pirmojo vaistų kiekio gauti iš GP gydytojo (šeimos gydytojo). Jei jo negavote, paprašykite prieš išeidami.
        Personalas turėtų pasakyti, kam skirtas kiekvienas vaistas. Jie taip pat turėtų pasakyti apie jo šalutinį poveikį. Šalutinis poveikis yra problema, kurią gali sukelti vaistas.
        Gide apie vaistus po ligoninės parašyta, kas jums duoda daugiau vaistų.
    .if-not = Jei tuoj išeisite be savo naujų vaistų, paklauskite skyriaus personalo. Jei jau esate namie, paskambinkite į skyrių.
    .ask =
        Kam skirtas kiekvienas vaistas?
        Į kokį šalutinį poveikį turėčiau atkreipti dėmesį?
        Kas man duos daugiau, kai šie vaistai baigsis?

leaving-hospital-fit-note =
    .title = Nedarbingumo pažyma darbui
    .body =
        Nedarbingumo pažyma (fit note) yra pažyma jūsų darbui. Joje parašyta, ar esate pakankamai sveikas dirbti. Kai kas ją vadina „sick note“.
        Pirmąsias 7 ligos dienas nedarbingumo pažymos nereikia. Darbdaviui patys užpildote formą.
        Jei jums reikia ilgiau nedirbti, ligoninė jums duoda nedarbingumo pažymą. Ji turėtų apimti visą laiką, kurį, jų manymu, nedirbsite.
        Todėl jums neturėtų reikėti prašyti GP gydytojo pažymos tam laikui.
    .if-not = Jei išeinate be jums reikalingos nedarbingumo pažymos, paskambinkite į skyrių ir jos paprašykite.
    .ask =
        Kiek laiko negalėsiu dirbti?
        Ar mano nedarbingumo pažyma apima visą tą laiką?

leaving-hospital-care-at-home =
    .title = Priežiūra namuose
    .body =
        Kai kuriems žmonėms po gulėjimo ligoninėje reikia pagalbos namuose. Skyriaus komanda tai suplanuoja kartu su jumis prieš jums išeinant.
        Tai gali būti bendruomenės slaugytojos (district nurse) vizitas. Arba komanda trumpą laiką gali padėti jums vėl pradėti viską daryti patiems.
        Kai kuriais žmonėmis ligoninės komanda rūpinasi namuose, užuot jie gulėję skyriuje. Tai kartais vadinama virtualiu skyriumi (virtual ward). Komanda pasako, kaip su ja susisiekti dieną ir naktį.
    .if-not = Jei pagalba, apie kurią jums sakė, neatvyko, skambinkite numeriu, kurį tam jums davė skyrius. Jei numerio neturite, paskambinkite į skyrių.
    .ask =
        Ar man reikės pagalbos namuose?
        Kas atvyks ir kada?
        Kam skambinti, jei jie neatvyks?

leaving-hospital-check =
    .title = Patikrinkite prieš išeidami
    .body =
        Prieš grįždami namo patikrinkite, ar turite šiuos dalykus.
        Visų naujų vaistų bent 7 dienoms. Kam skirtas kiekvienas vaistas ir koks jo šalutinis poveikis. Lapelį apie jūsų gydymą.
        Skyriaus ir ligoninės komandos telefono numerius. Nedarbingumo pažymą, jei jos reikia. Kaip bus suorganizuotas jūsų kitas vizitas.
        Grupių, kurios gali jums padėti, pavyzdžiui, labdaros organizacijų, pavadinimus.
    .if-not = Jei ko nors trūksta, prieš išeidami paklauskite skyriaus personalo. Jei jau esate namie, paskambinkite į skyrių.
    .ask =
        Kam skambinti, jei namie turėsiu klausimą?
        Kaip bus suorganizuotas mano kitas vizitas?
        Ar yra grupė, kuri gali man padėti?

leaving-hospital-letter =
    .title = Ligoninė parašo jūsų GP gydytojui
    .body =
        Kai išeinate, ligoninės komanda parašo laišką jūsų GP gydytojui. Jis vadinamas išrašu iš ligoninės (discharge summary). Išrašymas reiškia išėjimą iš ligoninės.
        Jame jūsų GP gydytojui parašyta, kas vyko, kol buvote ligoninėje, ir apie visus jūsų vaistų pakeitimus. Jūs taip pat turėtumėte gauti kopiją.
    .if-not = Jei jūsų GP klinika sako, kad negavo laiško, paskambinkite į skyrių. Paprašykite jį išsiųsti.
    .ask =
        Ar galiu gauti savo išrašo iš ligoninės kopiją?
        Ar mano GP gydytojas turi ką nors padaryti?

leaving-hospital-questions =
    .title = Jei namie turite klausimų
    .body =
        Jei turite klausimą apie gulėjimą ligoninėje arba apie naujus vaistus, paskambinkite į skyrių. Numeris dažnai būna laiške, kurį gavote iš skyriaus.
        Jei laiške skyriaus numerio nėra, skambinkite pagrindiniu ligoninės numeriu. Paprašykite sujungti jus su skyriumi.
        Skyriaus komanda turėtų jums atsakyti pati. Ji neturėtų liepti jums klausti GP gydytojo.
        Jei blogai jaučiatės ir nežinote, ką daryti, tą pačią dieną skambinkite į savo GP kliniką arba NHS 111. Skubiu atveju skambinkite 999.
    .if-not = Jei skyrius jums neperskambino iki kitos darbo dienos pabaigos, skambinkite dar kartą. Jei nepavyksta prisiskambinti, kreipkitės į ligoninės pacientų patarimų komandą.
    .ask =
        Kam skambinti, jei turiu problemų su vaistais?
        Kada turėčiau skambinti jums, o kada savo GP gydytojui?
