# Journey: leaving hospital after a stay.
# Structure and sources: src/journeys/leaving_hospital.rs

leaving-hospital =
    .title = Gdy wracasz ze szpitala do domu
    .summary = Co musisz mieć, zanim pójdziesz do domu, i do kogo dzwonić po wyjściu.
    .intro = Po pobycie w szpitalu wracasz do domu. Oto co zespół w szpitalu powinien zrobić, zanim wyjdziesz. Piszemy też, do kogo dzwonić z pytaniami.
    .keywords = wyjście ze szpitala, wypis, wypis ze szpitala, wypisanie, powrót do domu, karta wypisowa, list wypisowy, nowe leki, leki, tabletki, recepta, skutki uboczne, zwolnienie lekarskie, L4, zwolnienie z pracy, oddział, telefon na oddział, pytania po szpitalu, wizyta kontrolna, opieka po szpitalu, opieka w domu, pielęgniarka środowiskowa, pomoc w domu, wirtualny oddział, lista kontrolna, grupy wsparcia, discharge, discharge summary, fit note, sick note, ward, district nurse, reablement, virtual ward, GP

leaving-hospital-medicines =
    .title = Twoje nowe leki
    .body =
        Jeśli potrzebujesz nowego leku, szpital daje Ci go do domu na co najmniej 7 dni. Jeśli kuracja jest krótsza, dostajesz całą kurację.
        Nie powinno być tak, że po ten pierwszy zapas musisz iść do lekarza GP. Jeśli go nie dostaniesz, poproś o niego, zanim wyjdziesz.
        Personel powinien powiedzieć Ci, na co jest każdy lek. Powinien też powiedzieć o jego skutkach ubocznych. Skutek uboczny to problem, który może wywołać lek.
        Poradnik o lekach po wyjściu ze szpitala mówi, kto daje Ci kolejne leki.
    .if-not = Jeśli masz wyjść bez nowych leków, zapytaj personel oddziału. Jeśli jesteś już w domu, zadzwoń na oddział.
    .ask =
        Na co jest każdy z tych leków?
        Na jakie skutki uboczne mam uważać?
        Kto przepisze mi kolejne leki, gdy te się skończą?

leaving-hospital-fit-note =
    .title = Zwolnienie lekarskie do pracy
    .body =
        Zwolnienie lekarskie (fit note) to dokument dla Twojej pracy. Mówi, czy jesteś w stanie pracować. Po angielsku nazywa się je też sick note.
        Przez pierwsze 7 dni choroby nie potrzebujesz zwolnienia lekarskiego. Samodzielnie wypełniasz formularz dla pracodawcy.
        Jeśli potrzebujesz więcej wolnego, szpital wystawia Ci zwolnienie. Powinno obejmować cały czas, przez który według nich nie będziesz pracować.
        Nie powinno więc być potrzeby, żeby prosić lekarza GP o zwolnienie na ten czas.
    .if-not = Jeśli wyjdziesz bez zwolnienia, którego potrzebujesz, zadzwoń na oddział i poproś o nie.
    .ask =
        Jak długo nie będę w stanie pracować?
        Czy moje zwolnienie obejmuje cały ten czas?

leaving-hospital-care-at-home =
    .title = Opieka w domu
    .body =
        Niektórzy ludzie po pobycie w szpitalu potrzebują pomocy w domu. Zespół oddziału planuje ją z Tobą, zanim wyjdziesz.
        Może to być wizyta pielęgniarki środowiskowej (district nurse). Albo zespół może przez krótki czas pomagać Ci znowu radzić sobie samodzielnie.
        Niektórymi ludźmi zespół ze szpitala opiekuje się w domu, zamiast na oddziale. Czasem nazywa się to wirtualnym oddziałem (virtual ward). Zespół mówi Ci, jak się z nim skontaktować w dzień i w nocy.
    .if-not = Jeśli pomoc, o której Ci powiedziano, nie przyszła, zadzwoń pod numer, który dał Ci w tej sprawie oddział. Jeśli nie masz numeru, zadzwoń na oddział.
    .ask =
        Czy będę potrzebować pomocy w domu?
        Kto przyjdzie i kiedy?
        Do kogo mam dzwonić, jeśli nikt nie przyjdzie?

leaving-hospital-check =
    .title = Sprawdź, zanim wyjdziesz
    .body =
        Zanim pójdziesz do domu, sprawdź, czy masz te rzeczy.
        Nowe leki na co najmniej 7 dni. Informację, na co jest każdy z nich i jakie ma skutki uboczne. Ulotkę o Twoim leczeniu.
        Numer telefonu na oddział i do zespołu w szpitalu. Zwolnienie lekarskie, jeśli go potrzebujesz. Informację, jak będzie umówiona następna wizyta.
        Nazwy grup, które mogą Ci pomóc, na przykład organizacji charytatywnych.
    .if-not = Jeśli czegoś brakuje, zapytaj personel oddziału, zanim wyjdziesz. Jeśli jesteś już w domu, zadzwoń na oddział.
    .ask =
        Do kogo mam dzwonić, jeśli w domu będę mieć pytanie?
        Jak będzie umówiona moja następna wizyta?
        Czy jest jakaś grupa, która może mi pomóc?

leaving-hospital-letter =
    .title = Szpital pisze do Twojego lekarza GP
    .body =
        Gdy wychodzisz, zespół w szpitalu pisze list do lekarza GP. Nazywa się on wypisem ze szpitala (discharge summary). Wypis oznacza wyjście ze szpitala.
        List mówi lekarzowi GP, co się działo podczas Twojego pobytu w szpitalu i czy zmieniły się Twoje leki. Kopia powinna trafić też do Ciebie.
    .if-not = Jeśli przychodnia GP mówi, że nie ma listu, zadzwoń na oddział. Poproś, żeby go wysłali.
    .ask =
        Czy mogę dostać kopię wypisu?
        Czy mój lekarz GP musi coś zrobić?

leaving-hospital-questions =
    .title = Jeśli masz pytania w domu
    .body =
        Jeśli masz pytanie o pobyt w szpitalu albo o nowe leki, zadzwoń na oddział. Numer często jest w liście z oddziału.
        Jeśli w liście nie ma numeru na oddział, zadzwoń pod główny numer szpitala. Poproś, żeby połączyli Cię z oddziałem.
        Zespół oddziału powinien odpowiedzieć Ci sam. Nie powinien odsyłać Cię do lekarza GP.
        Jeśli źle się czujesz i nie wiesz, co zrobić, tego samego dnia zadzwoń do przychodni GP albo pod NHS 111. W nagłym wypadku zadzwoń pod 999.
    .if-not = Jeśli oddział nie oddzwoni do końca następnego dnia roboczego, zadzwoń jeszcze raz. Jeśli nie możesz się dodzwonić, poproś o kontakt z biurem porad dla pacjentów w szpitalu.
    .ask =
        Do kogo mam dzwonić, jeśli będę mieć problem z lekami?
        Kiedy mam dzwonić do Państwa, a kiedy do lekarza GP?
