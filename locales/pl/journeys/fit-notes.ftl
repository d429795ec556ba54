# Journey: getting a fit note.
# Structure and sources: src/journeys/fit_notes.rs

fit-notes =
    .title = Jak dostać zwolnienie lekarskie (fit note)
    .summary = Kiedy potrzebujesz zwolnienia lekarskiego (fit note), kto Ci je wystawia i co zrobić, jeśli go nie dostaniesz.
    .intro = Zwolnienie lekarskie (fit note) mówi, czy jesteś w stanie pracować. Po angielsku nazywa się je też sick note. Oto kiedy go potrzebujesz, kto Ci je wystawia i co zrobić, jeśli go nie dostaniesz.
    .keywords = zwolnienie lekarskie, zwolnienie, L4, zwolnienie z pracy, chorobowe, nieobecność w pracy, wolne z pracy, zaświadczenie lekarskie, zaświadczenie dla pracodawcy, pracodawca, szef, zasiłek chorobowy, zwolnienie lekarskie ze szpitala, oświadczenie o chorobie, pierwsze 7 dni, zasiłek, świadczenia, sick note, fit note, off work, med 3, statement of fitness for work, sick pay, self certify, self-certification, universal credit, benefits, ESA

fit-notes-first-week =
    .title = Pierwsze 7 dni choroby
    .body =
        Przez pierwsze 7 dni choroby nie potrzebujesz zwolnienia lekarskiego. Liczą się też dni, w które i tak nie pracujesz.
        O chorobie informujesz pracodawcę samodzielnie. Niektórzy pracodawcy mają na to formularz.
        Jeśli chorujesz dłużej niż 7 dni, potrzebujesz zwolnienia lekarskiego.
    .if-not = Jeśli pracodawca prosi o zwolnienie lekarskie za pierwsze 7 dni, powiedz, że możesz wypełnić jego formularz albo formularz ze strony GOV.UK.
    .ask =
        Czy potrzebuję już zwolnienia lekarskiego?
        Jak mam powiedzieć pracodawcy, że jestem na zwolnieniu?

fit-notes-hospital =
    .title = Dostajesz je w szpitalu
    .body =
        Czy zespół w szpitalu uważa, że nie będziesz w stanie pracować dłużej niż przez ten czas? Wtedy przed wyjściem wystawia Ci zwolnienie lekarskie (fit note).
        Zwolnienie powinno obejmować cały czas, przez który według nich nie będziesz pracować. Nie powinno więc być potrzebne drugie zwolnienie od lekarza GP na ten sam czas.
        Możesz dać je pracodawcy. Możesz go też użyć, żeby dostać świadczenia, na przykład Universal Credit.
    .if-not = Jeśli wyjdziesz bez zwolnienia, zadzwoń do zespołu w szpitalu. Poproś, żeby Ci je przysłali.
    .ask =
        Jak długo według Pana/Pani nie będę w stanie pracować?
        Czy mogę dostać zwolnienie na cały ten czas?
        Czy mogę wykonywać część pracy albo lżejszą pracę?

fit-notes-who =
    .title = Kto może je podpisać
    .body =
        Zwolnienia (fit note) nie musi wystawić lekarz.
        Może je wystawić także pielęgniarka, farmaceuta, fizjoterapeuta albo terapeuta zajęciowy, jeśli wcześniej Cię zbadał lub zbadała.
        Fizjoterapeuta pomaga Twojemu ciału się ruszać. Terapeuta zajęciowy pomaga Ci w codziennych czynnościach.
        Zwolnienie może Ci więc wystawić osoba, która Cię leczy.
    .if-not = Jeśli osoba, która Cię leczy, nie może go wystawić, zapytaj, kto w jej zespole może.
    .ask =
        Czy może mi Pan/Pani wystawić zwolnienie?
        Jeśli nie, to kto w Państwa zespole może to zrobić?

fit-notes-missing =
    .title = Jeśli nie dostaniesz zwolnienia
    .body =
        Jeśli szpital uważał, że nie będziesz w stanie pracować, ale nie dał Ci zwolnienia, zadzwoń do zespołu w szpitalu, który Cię leczył.
        Wystawienie zwolnienia to ich zadanie. Nie powinno być tak, że lekarz GP musi robić to za nich.
    .if-not = Jeśli zespół w szpitalu nie pomoże, poproś o kontakt z biurem porad dla pacjentów w szpitalu.
    .ask =
        Czy mogą Państwo wysłać mi zwolnienie pocztą albo e-mailem?
        Czy obejmuje ono cały czas, kiedy nie mogę pracować?

fit-notes-gp =
    .title = Kiedy wystawia je lekarz GP
    .body =
        Przychodnia GP wystawia zwolnienia przy problemach, które leczy lekarz GP.
        Przy problemie, który leczy szpital, najpierw zapytaj zespół w szpitalu.
        Jeśli nie wiesz, kto leczy dany problem, zapytaj w przychodni GP.
    .if-not = Jeśli nie możesz od nikogo dostać zwolnienia, zapytaj w przychodni GP, co robić.
    .ask =
        Kto leczy ten mój problem?
        Czy może mi Pan/Pani wystawić zwolnienie z tego powodu?
