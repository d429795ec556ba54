# Journey: getting help for your mental health.
# Structure and sources: src/journeys/mental_health.rs

mental-health =
    .title = Pagalba dėl jūsų psichikos sveikatos
    .summary = Kur kreiptis krizės atveju, kaip paprašyti pokalbių terapijos ir kas jumis rūpinasi.
    .intro = Jūsų psichikos sveikata yra tokia pat svarbi kaip kūno sveikata. Štai kur gauti pagalbą, taip pat ir krizės atveju, ir kas atlieka kiekvieną dalį.
    .keywords = psichikos sveikata, krizė, mintys apie savižudybę, savižudybė, savęs žalojimas, nerimas, depresija, stresas, prasta nuotaika, panika, pokalbių terapija, konsultavimas, terapija, KET, psichikos sveikatos komanda, psichiatras, antidepresantai, vaistai psichikos sveikatai, mental health, crisis, anxiety, depression, talking therapies, CBT

mental-health-crisis =
    .title = Krizės atveju gaukite pagalbą dabar
    .body =
        Jei jūsų ar kito žmogaus gyvybei gresia pavojus, skambinkite 999 arba eikite į A&E (skubios pagalbos skyrių).
        Jei pagalbos reikia dabar, skambinkite NHS 111 ir pasirinkite psichikos sveikatos parinktį. Ji veikia dieną ir naktį, bet kokio amžiaus žmonėms.
        Jei jau turite psichikos sveikatos komandą, skambinkite krizės numeriu, kuris yra jūsų priežiūros plane.
    .if-not = Jei nepavyksta prisiskambinti, skambinkite 999 arba eikite į A&E.
    .ask =
        Kam skambinti, jei vėl taip jausiuosi?

mental-health-talking-therapies =
    .title = Pokalbių terapijos galite paprašyti patys
    .body =
        NHS Talking Therapies (NHS pokalbių terapija) padeda, kai jaučiate nerimą, prastą nuotaiką ar stresą. Jums nereikia pirmiausia eiti pas GP gydytoją (šeimos gydytoją).
        Galite patys užsiregistruoti internetu arba telefonu. NHS svetainėje (NHS website) ieškokite NHS Talking Therapies, kad rastumėte paslaugą savo vietovėje.
        Ši paslauga skirta suaugusiesiems. Vaikams ir jaunuoliams yra atskiros paslaugos. Paklauskite savo GP klinikos arba mokyklos.
    .if-not = Jei iki nurodyto laiko negavote atsakymo iš paslaugos, susisiekite su ja dar kartą. Jei laukiant jaučiatės blogiau, tą pačią dieną susisiekite su savo GP klinika arba NHS 111.
    .ask =
        Kiek laiko čia reikia laukti pokalbių terapijos?
        Kokią pagalbą teikiate?

mental-health-gp =
    .title = Jūsų GP gydytojas gali padėti ir jus nusiųsti
    .body =
        Jūsų GP gydytojas gali su jumis pasikalbėti apie tai, kaip jaučiatės, ir kokia pagalba yra.
        Jei jums reikia daugiau pagalbos, jūsų GP gydytojas gali jus nusiųsti pas psichikos sveikatos komandą. Šią komandą sudaro tokie darbuotojai kaip slaugytojai, gydytojai ir terapeutai.
    .if-not = Jei laukiate psichikos sveikatos komandos ir jaučiatės blogiau, tą pačią dieną susisiekite su savo GP klinika arba skambinkite NHS 111. Krizės atveju skambinkite NHS 111 ir pasirinkite psichikos sveikatos parinktį.
    .ask =
        Kokia pagalba man yra?
        Ar galite mane nusiųsti pas psichikos sveikatos komandą?

mental-health-team =
    .title = Psichikos sveikatos komanda planuoja jūsų priežiūrą
    .body =
        Jei jumis rūpinasi psichikos sveikatos komanda, ji kartu su jumis sudaro priežiūros planą. Jame parašyta, kas atsakingas už jūsų priežiūrą ir kaip su juo susisiekti.
        Paprašykite komandos jos telefono numerio ir numerio, kuriuo skambinti krizės atveju.
    .if-not = Jei nežinote, kas atsakingas už jūsų priežiūrą, paklauskite komandos. Arba paklauskite savo GP klinikos.
    .ask =
        Kas atsakingas už mano priežiūrą?
        Kam skambinti krizės atveju?

mental-health-medicines =
    .title = Kas jums duoda vaistus
    .body =
        Dažnai psichikos sveikatos komanda pasiūlo vaistą, o jūsų GP gydytojas jį išrašo.
        Kai kuriuos vaistus turi stebėti specialistas, reguliariai atliekant kraujo tyrimus. Tada psichikos sveikatos komanda gali juos išrašyti pati arba dalytis priežiūra su jūsų GP gydytoju.
        Paklauskite, kas jums duos daugiau vaistų ir kas atliks patikrinimus.
    .if-not = Jei vaistai tuoj baigsis ir nežinote, į ką kreiptis, susisiekite su savo GP klinika. Jei ji uždaryta, skambinkite NHS 111.
    .ask =
        Kas man duos daugiau šio vaisto?
        Ar jam reikia kraujo tyrimų?
