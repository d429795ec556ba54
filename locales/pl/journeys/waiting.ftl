# Journey: waiting for a hospital visit.
# Structure and sources: src/journeys/waiting.rs

waiting =
    .title = Gdy czekasz na wizytę w szpitalu
    .summary = Kto się Tobą opiekuje, gdy czekasz, i komu powiedzieć, jeśli poczujesz się gorzej.
    .intro = Czekasz na liście na wizytę u zespołu w szpitalu. Oto kto co robi, gdy czekasz. Piszemy też, do kogo dzwonić, jeśli poczujesz się gorzej.
    .keywords = lista oczekujących, czas oczekiwania, czekanie, czekam, jak długo, długo czekam, nadal czekam, pogorszenie, czuję się gorzej, gorsze objawy, nowe objawy, szybciej, przyspieszyć, przesunąć na liście, termin wizyty, kiedy mam wizytę, średni czas czekania, SMS ze szpitala, czy nadal potrzebujesz wizyty, ciśnienie krwi, dbać o zdrowie, inne problemy zdrowotne, ponaglić szpital, waiting list, waiting time, my planned care, appointment, GP

waiting-list =
    .title = Szpital pilnuje Twojego miejsca
    .body =
        Zespół w szpitalu prowadzi listę i pilnuje Twojego miejsca na niej.
        Średni czas czekania możesz sprawdzić na stronie My Planned Care. Pokazuje ona każdy szpital i każdy rodzaj leczenia. Jest aktualizowana co tydzień.
        To tylko średnia, więc Ty możesz czekać dłużej albo krócej. Strona nie pokazuje czasu czekania na leczenie raka.
    .if-not = Jeśli szpital nie odezwał się w terminie, który Ci podano, zadzwoń do zespołu w szpitalu. Poproś, żeby sprawdzili, czy jesteś na liście.
    .ask =
        Mniej więcej jak długo będę czekać?
        Do kogo mam dzwonić, jeśli zmienią się moje plany?
        Czy powiedzą mi Państwo, jeśli czas czekania się wydłuży?

waiting-check =
    .title = Szpital sprawdza, czy nadal potrzebujesz wizyty
    .body =
        Szpital może się z Tobą skontaktować, żeby sprawdzić, czy nadal potrzebujesz wizyty. Często jest to SMS.
        Prosimy, odpowiedz, jeśli możesz. Jeśli nie potrzebujesz już wizyty, napisz to. Wtedy Twoje miejsce może dostać ktoś inny.
        Jeśli nie odpowiesz, nie stracisz miejsca tylko z tego powodu. Szpital spróbuje skontaktować się z Tobą w inny sposób albo zapyta lekarza GP.
        Niektóre SMS-y, które wyglądają jak wiadomości od NHS, to oszustwo. NHS nie poprosi Cię o zapłatę ani o dane Twojego konta bankowego. Jeśli nie masz pewności, czy SMS jest prawdziwy, nie używaj linku z niego. Zadzwoń pod numer z listu ze szpitala.
    .if-not = Jeśli przegapisz SMS albo odpowiesz przez pomyłkę, zadzwoń do zespołu w szpitalu i powiedz im o tym.
    .ask =
        Jak będą się Państwo ze mną kontaktować?
        Co, jeśli przegapię Państwa SMS?

waiting-care =
    .title = Lekarz GP nadal się Tobą opiekuje
    .body =
        Przychodnia GP nadal zajmuje się Twoimi innymi problemami zdrowotnymi. Na przykład pomaga utrzymać ciśnienie krwi pod kontrolą.
        To ważne. Dzięki temu leczenie w szpitalu nie będzie opóźnione.
        Ty też możesz pomóc. Dalej bierz swoje leki. Chodź na wizyty kontrolne.
        Jeśli masz nowy problem, który nie wiąże się z tym, na który czekasz, idź jak zwykle do lekarza GP.
    .if-not = Jeśli jest już czas na wizytę kontrolną, a nikt się nie odezwał, skontaktuj się z przychodnią GP.
    .ask =
        Co mogę zrobić, żeby dbać o zdrowie, gdy czekam?
        Czy moje inne problemy zdrowotne są pod kontrolą?
        Kiedy mam następną wizytę kontrolną?

waiting-worse =
    .title = Jeśli poczujesz się gorzej
    .body =
        Jeśli poczujesz się dużo gorzej albo masz nowe objawy, które Cię niepokoją, tego samego dnia skontaktuj się z przychodnią GP albo zadzwoń pod NHS 111.
        W nagłym wypadku zadzwoń pod 999.
        Powiedz o tym też zespołowi w szpitalu. Lekarz w szpitalu może sprawdzić, czy trzeba Cię przyjąć szybciej.
        Lekarz GP też może poprosić szpital, żeby przyjął Cię szybciej, albo zmienić skierowanie na pilne.
    .if-not = Jeśli zespół w szpitalu nie oddzwoni do końca następnego dnia roboczego, zadzwoń jeszcze raz. Nie czekaj na nich, jeśli czujesz się gorzej: tego samego dnia zadzwoń do przychodni GP albo pod NHS 111.
    .ask =
        Przy jakich zmianach mam do Państwa zadzwonić?
        Do kogo mam dzwonić w nocy albo w weekend?

waiting-questions =
    .title = Jeśli masz pytanie
    .body =
        Jeśli masz pytanie o wizytę, zapytaj zespół w szpitalu. Szpital musi Ci powiedzieć, jak się z nim skontaktować. Sprawdź list albo SMS.
        Zespół w szpitalu powinien odpowiedzieć Ci sam. Nie powinien odsyłać Cię do lekarza GP.
        Jeśli czekasz już długo, możesz zapytać o przeniesienie do innego szpitala. Przeczytaj poradnik o Twoich prawach na liście oczekujących.
    .if-not = Jeśli nie możesz dostać odpowiedzi, poproś o kontakt z biurem porad dla pacjentów w szpitalu. Pomagają, gdy coś pójdzie nie tak.
    .ask =
        Jak najlepiej się z Państwem skontaktować?
        Z kim mogę porozmawiać o moim miejscu na liście?
