# Journey: your child seems more unwell. Written for parents and carers.
# Structure and sources: src/journeys/child_unwell.rs

child-unwell =
    .title = Jei jūsų vaikui, atrodo, blogėja
    .summary = Kada skambinti 999, kada gauti pagalbą tą pačią dieną ir kam pranešti, jei jūsų vaiką gydo ligoninės komanda.
    .intro = Vaikams gali greitai pablogėti. Jūs geriausiai pažįstate savo vaiką. Štai kada kreiptis pagalbos, kam skambinti ir kam pranešti.
    .keywords = vaikas serga, vaikui bloga, sergantis vaikas, kūdikis serga, vaikui blogėja, karščiavimas, aukšta temperatūra, bėrimas, nevalgo, negeria, kvėpavimas, suglebęs, nerimauju dėl vaiko, kada skambinti 999, kada skambinti 111, atvira prieiga, vaikų skyrius, child unwell, fever, rash, open access, children's ward

child-unwell-emergency =
    .title = Kada skambinti 999
    .body =
        Skambinkite 999, jei jūsų vaikui sunku kvėpuoti arba jį labai sunku pažadinti.
        Taip pat skambinkite 999, jei jūsų vaikui prasidėjo traukuliai arba jis tapo labai išblyškęs, pamėlęs ar dėmėtas.
        Skambinkite 999, jei jūsų vaikui atsirado bėrimas, kuris neišnyksta, kai prie jo prispaudžiate stiklinę.
    .if-not = Jei nepavyksta prisiskambinti 999, bandykite toliau. Nelaukite, ar vaikui pagerės.
    .ask =
        Kokie požymiai turėtų paskatinti mane skambinti 999?

child-unwell-same-day =
    .title = Gaukite pagalbą tą pačią dieną
    .body =
        Jei jūsų vaikui, atrodo, blogėja arba jūs nerimaujate, tą pačią dieną susisiekite su savo GP klinika (šeimos gydytojo klinika) arba skambinkite NHS 111.
        Pasakykite jiems, jei jūsų vaikas negeria, yra daug mieguistesnis nei paprastai arba jam blogėja.
        NHS 111 dirba dieną ir naktį. Taip pat galite apsilankyti 111.nhs.uk.
    .if-not = Jei nepavyksta prisiskambinti į GP kliniką ir jūs nerimaujate, skambinkite NHS 111. Jei jūsų vaikui pablogėja, skambinkite 999.
    .ask =
        Į ką turėčiau atkreipti dėmesį šiąnakt?
        Kada turėčiau jums vėl paskambinti?

child-unwell-hospital-team =
    .title = Jei jūsų vaiką jau gydo ligoninės komanda
    .body =
        Kai kurie vaikai, susirgę, gali iš karto grįžti į vaikų skyrių. Tai vadinama atvira prieiga (open access). Jei jūsų vaikas ją turi, komanda jums tai bus pasakiusi.
        Jei turite komandos telefono numerį, paskambinkite jai. Pasakykite, kad jūsų vaikui pablogėjo.
        Jei su ja susisiekti nepavyksta, tą pačią dieną kreipkitės į savo GP kliniką arba NHS 111. Skubiu atveju skambinkite 999.
    .if-not = Jei komanda jums neperskambino, o jūsų vaikui negerėja, skambinkite NHS 111 arba į savo GP kliniką. Nelaukite.
    .ask =
        Ar mano vaikas turi atvirą prieigą prie skyriaus?
        Kam skambinti naktį?

child-unwell-after =
    .title = Kai jūsų vaiką apžiūrėjo
    .body =
        Žmogus, kuris apžiūrėjo jūsų vaiką, turėtų pasakyti, į ką atkreipti dėmesį ir kada grįžti.
        Jei jūsų vaikas buvo A&E (skubios pagalbos skyriuje) arba ligoninėje, iš ten išsiunčiamas laiškas jūsų GP gydytojui.
        Jei jūsų vaikui nepagerėjo iki to laiko, kurį jie nurodė, arba jam pablogėjo, vėl kreipkitės pagalbos. Galima klausti ne vieną kartą.
    .if-not = Jei nežinote, ką daryti toliau, skambinkite NHS 111 arba į savo GP kliniką.
    .ask =
        Kokie požymiai reiškia, kad turėčiau vėl atvežti vaiką?
        Per kiek laiko vaikui turėtų pagerėti?
