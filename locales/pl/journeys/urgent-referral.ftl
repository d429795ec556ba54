# Journey: an urgent referral, including when cancer is possible.
# Structure and sources: src/journeys/urgent_referral.rs

urgent-referral =
    .title = Lekarz GP pilnie skierował Cię do szpitala
    .summary = Co się dzieje, gdy lekarz GP szybko kieruje Cię do szpitala, i do kogo dzwonić, jeśli nikt się nie odezwie.
    .intro = Twój lekarz rodzinny (GP) chce, żeby zespół w szpitalu szybko Cię przyjął. Nazywa się to pilnym skierowaniem. Lekarz GP mógł powiedzieć, że chodzi o sprawdzenie, czy to nie rak. Większość osób skierowanych w ten sposób nie ma raka. Oto co będzie dalej i kto za co odpowiada.
    .keywords = pilne skierowanie, pilne, podejrzenie raka, rak, nowotwór, czy to rak, badanie w kierunku raka, szybka ścieżka, szybka diagnoza, od razu na badanie, guzek, guz, szybkie badanie, szpital do mnie dzwoni, nieznany numer, biopsja, urgent referral, suspected cancer, cancer, two week wait, 2 week wait, fast track, faster diagnosis, straight to test, biopsy, GP

urgent-referral-sent =
    .title = Lekarz GP wysyła pilne skierowanie
    .body =
        Lekarz GP pisze do zespołu w szpitalu i oznacza skierowanie jako pilne. Powinien Ci powiedzieć, dlaczego.
        Skierowanie jest pilne po to, żeby szybko znaleźć albo wykluczyć coś poważnego.
        Czasem idziesz od razu na badanie, na przykład skan, zanim spotkasz się ze specjalistą.
        Upewnij się, że przychodnia GP ma Twój właściwy numer telefonu i adres.
    .if-not = Jeśli nie wiesz, czy skierowanie zostało wysłane, następnego dnia roboczego skontaktuj się z przychodnią GP i zapytaj.
    .ask =
        Dlaczego kieruje mnie Pan/Pani pilnie?
        Jakiego badania albo jakiej wizyty mam się spodziewać?
        Czy mogę dostać ulotkę o tym?

urgent-referral-contact =
    .title = Szpital szybko się z Tobą kontaktuje
    .body =
        Szpital zwykle kontaktuje się z Tobą w ciągu kilku dni. Może to zrobić telefonicznie, SMS-em albo listem.
        Odbieraj telefony z nieznanych numerów i sprawdzaj wiadomości. Postaraj się mieć czas, żeby przyjść nawet w krótkim terminie.
    .if-not = Jeśli po tygodniu nikt się nie odezwał, zadzwoń do przychodni GP. Poproś, żeby sprawdzili, czy szpital dostał skierowanie. Możesz też zadzwonić do zespołu w szpitalu, który umawia wizyty.
    .ask =
        Kiedy powinien odezwać się szpital?
        Do kogo mam dzwonić, jeśli nie mogę przyjść w dniu, który mi Państwo podadzą?

urgent-referral-tests =
    .title = Zespół w szpitalu robi badania
    .body =
        Zespół w szpitalu może zrobić badania, na przykład skan, badanie krwi albo badanie kamerą. Mówi Ci, po co jest każde z nich.
        NHS stara się powiedzieć Ci, czy masz raka, czy nie, w ciągu 28 dni od skierowania. Większość osób dowiaduje się wcześniej.
        Jeśli trwa to dłużej, zespół w szpitalu powinien Ci powiedzieć, dlaczego i co będzie dalej.
    .if-not = Jeśli nie znasz wyniku w terminie, który podał zespół, zadzwoń do zespołu w szpitalu.
    .ask =
        Po co jest to badanie?
        Kiedy dostanę wynik i kto mi go poda?

urgent-referral-result =
    .title = Zespół w szpitalu podaje Ci wynik
    .body =
        Zespół w szpitalu podaje Ci wynik. Pisze też do lekarza GP.
        Jeśli to nie rak, mówi Ci, co będzie dalej. Może nie musisz już do nich przychodzić. Albo mogą skierować Cię do innego zespołu.
        Jeśli to rak, opiekuje się Tobą zespół specjalistów. Dostajesz wyznaczoną osobę do kontaktu, często pielęgniarkę specjalistyczną.
    .if-not = Jeśli nikt nie podał Ci wyniku, zadzwoń do zespołu w szpitalu. Nie czekaj, aż powie Ci go lekarz GP.
    .ask =
        Z kim mam się kontaktować, jeśli będę mieć pytania?
        Czy muszę przyjść ponownie?
        Na co mam uważać w przyszłości?

urgent-referral-worse =
    .title = Jeśli poczujesz się gorzej, gdy czekasz
    .body =
        Jeśli poczujesz się dużo gorzej albo masz nowe objawy, które Cię niepokoją, tego samego dnia skontaktuj się z przychodnią GP albo zadzwoń pod NHS 111.
        W nagłym wypadku zadzwoń pod 999.
        Powiedz o tym też zespołowi w szpitalu, żeby wiedzieli.
    .if-not = Jeśli zespół w szpitalu nie oddzwoni do końca następnego dnia roboczego, zadzwoń jeszcze raz. Jeśli czujesz się gorzej, tego samego dnia zadzwoń do przychodni GP albo pod NHS 111.
    .ask =
        Przy jakich zmianach mam do Państwa zadzwonić?
        Do kogo mam dzwonić w nocy albo w weekend?
