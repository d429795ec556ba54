# Journey: your test results.
# Structure and sources: src/journeys/test_results.rs

test-results =
    .title = Twoje wyniki badań
    .summary = Kto podaje Ci wynik badania i co zrobić, jeśli nikt się nie odezwał.
    .intro = Badanie pomaga sprawdzić, co Ci dolega, albo jak przebiega leczenie. Wynik podaje Ci zespół, który zlecił badanie. Oto co powinno się dziać.
    .keywords = wyniki badań, wynik badania, wyniki, badanie krwi, wyniki krwi, morfologia, badanie, skan, tomografia, rezonans, USG, prześwietlenie, RTG, badanie moczu, próbka, biopsja, czekam na wyniki, brak wyników, nikt się nie odezwał, kto poda mi wyniki, wynik w NHS App, wynik w aplikacji NHS, nieprawidłowy wynik, zły wynik, badanie w szpitalu, badanie w przychodni, co znaczy mój wynik, wyniki badan, test results, blood test, results, scan, x-ray, NHS App, abnormal result, GP

test-results-asked =
    .title = Dowiadujesz się, po co jest badanie
    .body =
        Zespół w szpitalu może zlecić Ci badanie. Może to być badanie krwi, prześwietlenie albo skan.
        Powinni powiedzieć Ci, po co ono jest i co może pokazać.
        Powinni też powiedzieć, jak poznasz wynik, kto Ci go poda i do kiedy.
        Jeśli badanie zleca lekarz GP, te informacje powinna dać Ci przychodnia GP.
    .if-not = Jeśli nikt Ci nie powiedział, jak dostaniesz wynik, zapytaj zespół, który zlecił badanie.
    .ask =
        Po co mi to badanie?
        Co może pokazać?
        Kto poda mi wynik i kiedy?

test-results-taken =
    .title = Robisz badanie
    .body =
        To, gdzie zrobisz badanie, zależy od tego, gdzie mieszkasz. Może to być szpital, punkt pobrań krwi w pobliżu albo Twoja przychodnia GP.
        Wiele przychodni GP nie może pobierać krwi do badań, które zlecił szpital. Zapytaj zespół, który zlecił badanie, gdzie iść.
        Bez względu na to, gdzie zrobisz badanie, wynik trafia do zespołu, który je zlecił.
        Na wynik czeka się kilka dni albo tygodni. Zależy to od badania.
    .if-not = Jeśli nie możesz przyjść na badanie, jak najszybciej powiedz o tym tam, gdzie je umówiono. Poproś o nowy termin.
    .ask =
        Gdzie mam iść na badanie?
        Czy muszę coś zrobić wcześniej, na przykład nie jeść?

test-results-app =
    .title = Wynik możesz najpierw zobaczyć w NHS App
    .body =
        Wiele wyników pojawia się teraz w NHS App samych, bez niczyjej pomocy. Możesz zobaczyć wynik, zanim ktokolwiek z Tobą o nim porozmawia.
        Wynik oznaczony jako nieprawidłowy nie zawsze oznacza coś poważnego. Niektóre wyniki są trochę poza normą i to nic złego.
        Jeśli wynik Cię niepokoi, skontaktuj się z zespołem, który zlecił badanie. Powie Ci, co ten wynik znaczy dla Ciebie.
    .if-not = Jeśli nie możesz skontaktować się z zespołem i się niepokoisz, zadzwoń do przychodni GP albo pod NHS 111. W nagłym wypadku zadzwoń pod 999.
    .ask =
        Czy mój wynik pojawi się w NHS App?
        Czy ktoś ze mną porozmawia, zanim go zobaczę?

test-results-told =
    .title = Zespół podaje Ci wynik
    .body =
        Zespół, który zlecił badanie, sprawdza wynik. Decyduje, co dalej, i mówi Ci o tym.
        Jeśli badanie zlecił zespół w szpitalu, to on podaje Ci wynik. Tak jest nawet wtedy, gdy krew pobrano w przychodni GP.
        Lekarz GP może widzieć wynik, ale wyjaśnić go powinien zespół, który zlecił badanie.
    .if-not = Jeśli nikt się nie odezwał w terminie, który Ci podano, skontaktuj się z zespołem, który zlecił badanie.
    .ask =
        Co znaczy mój wynik?
        Co będzie dalej?
        Czy mój lekarz GP musi coś zrobić?

test-results-chase =
    .title = Jeśli nikt się nie odezwał
    .body =
        Jeśli minął termin, który Ci podano, skontaktuj się z zespołem, który zlecił badanie. Nie czekaj po prostu.
        Jeśli zlecił je zespół w szpitalu, zadzwoń do zespołu w szpitalu. Jeśli zlecił je lekarz GP, skontaktuj się z przychodnią GP.
        Jeśli w czasie czekania poczujesz się gorzej, tego samego dnia zadzwoń do przychodni GP albo pod NHS 111. W nagłym wypadku zadzwoń pod 999.
    .if-not = Jeśli nadal nie możesz dostać odpowiedzi ze szpitala, poproś o kontakt z biurem porad dla pacjentów w tym szpitalu. Pomagają, gdy coś pójdzie nie tak.
    .ask =
        Kiedy najpóźniej powinien być wynik?
        Kto może ze mną porozmawiać o moim wyniku?
