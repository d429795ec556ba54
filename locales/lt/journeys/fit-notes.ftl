# Journey: getting a fit note.
# Structure and sources: src/journeys/fit_notes.rs

fit-notes =
    .title = Kaip gauti nedarbingumo pažymą
    .summary = Kada jums reikia nedarbingumo pažymos, kas ją duoda ir ką daryti, jei jos negavote.
    .intro = Nedarbingumo pažyma (fit note) parodo, ar esate pakankamai sveikas dirbti. Kai kas ją vadina „sick note“. Štai kada jos reikia, kas ją jums duoda ir ką daryti, jei jos negavote.
    .keywords = nedarbingumo pažyma, pažyma darbui, nedarbingumas, nedirbu, laisvadienis dėl ligos, gydytojo pažyma, pažyma darbdaviui, darbdavys, ligos išmoka, savo deklaracija, Universal Credit, išmokos, sick note, fit note, off work, med 3, statement of fitness for work, sick pay, self-certification, ESA

fit-notes-first-week =
    .title = Pirmosios 7 nedarbo dienos
    .body =
        Pirmąsias 7 dienas, kai sergate ir nedirbate, nedarbingumo pažymos nereikia. Įskaičiuojamos ir dienos, kai jums ir taip nereikia dirbti.
        Darbdaviui pranešate patys. Kai kurie darbdaviai tam turi formą.
        Jei nedirbate ilgiau nei 7 dienas, jums reikia nedarbingumo pažymos.
    .if-not = Jei darbdavys prašo nedarbingumo pažymos už pirmąsias 7 dienas, pasakykite, kad galite užpildyti jų formą arba formą GOV.UK svetainėje.
    .ask =
        Ar man jau reikia nedarbingumo pažymos?
        Kaip pranešti darbdaviui, kad sergu ir nedirbu?

fit-notes-hospital =
    .title = Ją jums duoda ligoninė
    .body =
        Ar ligoninės komanda mano, kad nedirbsite ilgiau nei 7 dienas? Tada ji jums duoda nedarbingumo pažymą, prieš jums išeinant.
        Pažyma turėtų apimti visą laiką, kurį, jų manymu, nedirbsite. Todėl jums neturėtų reikėti antros pažymos iš GP gydytojo (šeimos gydytojo) dėl to paties.
        Galite ją duoti savo darbdaviui. Taip pat galite ją naudoti išmokoms gauti, pavyzdžiui, Universal Credit.
    .if-not = Jei išeinate be jos, paskambinkite ligoninės komandai. Paprašykite atsiųsti jums nedarbingumo pažymą.
    .ask =
        Kiek laiko, jūsų manymu, negalėsiu dirbti?
        Ar galiu gauti nedarbingumo pažymą visam tam laikui?
        Ar galiu šiek tiek dirbti arba dirbti lengvesnį darbą?

fit-notes-who =
    .title = Kas gali ją pasirašyti
    .body =
        Nedarbingumo pažymą nebūtinai turi duoti gydytojas.
        Ją jums gali duoti slaugytoja, vaistininkas, kineziterapeutas arba ergoterapeutas, jei jie jus apžiūrėjo.
        Kineziterapeutas padeda jūsų kūnui judėti. Ergoterapeutas padeda atlikti kasdienius darbus.
        Todėl nedarbingumo pažymą jums gali duoti tas žmogus, kuris jus gydo.
    .if-not = Jei jus gydantis žmogus negali jums jos duoti, paklauskite, kas jo komandoje gali.
    .ask =
        Ar galite man duoti nedarbingumo pažymą?
        Jei ne, kas jūsų komandoje gali?

fit-notes-missing =
    .title = Jei jos negavote
    .body =
        Jei ligoninė tikėjosi, kad nedirbsite, bet nedavė jums nedarbingumo pažymos, paskambinkite ligoninės komandai, kuri jus gydė.
        Duoti ją yra jų darbas. Jūsų GP gydytojui neturėtų reikėti to daryti už juos.
    .if-not = Jei ligoninės komanda nepadeda, kreipkitės į ligoninės pacientų patarimų komandą.
    .ask =
        Ar galite atsiųsti man nedarbingumo pažymą paštu arba el. paštu?
        Ar ji apima visą laiką, kurio man reikia?

fit-notes-gp =
    .title = Kada ją duoda GP gydytojas
    .body =
        Jūsų GP klinika duoda nedarbingumo pažymas dėl problemų, kurias gydo jūsų GP gydytojas.
        Dėl problemos, kurią gydo ligoninė, pirmiausia klauskite ligoninės komandos.
        Jei nežinote, kas jus gydo dėl tam tikros problemos, paklauskite savo GP klinikos.
    .if-not = Jei niekas negali jums duoti nedarbingumo pažymos, paklauskite savo GP klinikos, ką daryti.
    .ask =
        Kas mane gydo dėl šios problemos?
        Ar galite man duoti nedarbingumo pažymą dėl jos?
