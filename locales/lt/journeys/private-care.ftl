# Journey: moving from private care to the NHS.
# Structure and sources: src/journeys/private_care.rs

private-care =
    .title = Perėjimas iš privačios priežiūros į NHS
    .summary = Kas jums duoda vaistus ir atlieka patikrinimus po vizito pas privatų gydytoją ir kaip patekti į NHS laukiančiųjų sąrašą.
    .intro = Lankėtės pas privatų gydytoją, o dabar norite, kad dalis jūsų priežiūros būtų per NHS. Kai kas pereina, o kai kas ne. Štai kas ką daro.
    .keywords = privatus, privatus gydytojas, privati klinika, privati ligoninė, privatus konsultantas, privatus receptas, mokama, draudimas, pereiti į NHS, NHS eilė po privataus gydymo, GP neišrašo, privatūs tyrimai, private, private doctor, private clinic, insurance, private prescription

private-care-clinic =
    .title = Privati klinika rūpinasi tuo, ką pradėjo
    .body =
        Privati klinika jums duoda pirmąjį receptą viskam, ką ji pradeda. Už jį mokate jūs.
        Jei privatus gydytojas paskiria tyrimų ar patikrinimų, privati klinika juos atlieka ir praneša jums rezultatus.
        Privati klinika turėtų parašyti jūsų GP gydytojui (šeimos gydytojui) apie jūsų priežiūrą.
    .if-not = Jei turite klausimą apie savo privačią priežiūrą, susisiekite su privačia klinika. Jos kontaktai yra jūsų laiške.
    .ask =
        Ar parašysite mano GP gydytojui?
        Kas atlieka mano tyrimus ir patikrinimus?

private-care-gp-prescribing =
    .title = Jūsų GP gydytojas gali perimti kai kuriuos vaistus
    .body =
        Galite paprašyti savo GP gydytojo išrašyti vaistą, kurį pradėjo privatus gydytojas. Jūsų GP gydytojas nusprendžia, ar tai jums tinka.
        Jūsų GP gydytojas gali atsisakyti. Taip gali būti todėl, kad vaistą turi stebėti specialistas. Arba todėl, kad per NHS jo paprastai neskiria.
        Jei jūsų GP gydytojas atsisako, privati klinika ir toliau jums jį duoda.
    .if-not = Jei vaistai tuoj baigsis, susisiekite su privačia klinika, kol jie dar nesibaigė.
    .ask =
        Ar galite išrašyti šį vaistą per NHS?
        Jei ne, ką turėčiau daryti?

private-care-nhs-list =
    .title = Patekimas į NHS laukiančiųjų sąrašą
    .body =
        Kad jus priimtų NHS ligoninės komanda, paprastai reikia NHS siuntimo. Pasikalbėkite su savo GP gydytoju.
        Jūsų GP gydytojas nusprendžia, ar jums reikia siuntimo. Paklauskite GP gydytojo, kaip tai vyks jūsų atveju.
    .if-not = Jei nežinote, kaip taisyklės veikia jūsų vietovėje, paklauskite savo GP klinikos.
    .ask =
        Ar galite dėl to mane nusiųsti į NHS?
        Ar man teks laukti nuo pradžių?

private-care-worse =
    .title = Jei jums pablogėja
    .body =
        Jei jums labai pablogėja arba atsiranda naujų simptomų, kurie jus neramina, tą pačią dieną susisiekite su savo GP klinika arba skambinkite NHS 111. Skubiu atveju skambinkite 999.
        Taip pat praneškite privačiam gydytojui, kuris jus gydo.
    .if-not = Jei niekas jums neperskambino iki kitos darbo dienos pabaigos, skambinkite dar kartą. Jei jaučiatės blogiau, tą pačią dieną skambinkite NHS 111.
    .ask =
        Kam skambinti, jei man pablogės naktį?
