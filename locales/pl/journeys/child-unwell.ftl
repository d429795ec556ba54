# Journey: your child seems more unwell. Written for parents and carers.
# Structure and sources: src/journeys/child_unwell.rs

child-unwell =
    .title = Jeśli dziecko wydaje się bardziej chore
    .summary = Kiedy dzwonić pod 999, kiedy szukać pomocy tego samego dnia i komu powiedzieć, jeśli dzieckiem opiekuje się zespół w szpitalu.
    .intro = Stan dziecka może się szybko pogorszyć. Ty znasz swoje dziecko najlepiej. Oto kiedy szukać pomocy, do kogo dzwonić i komu powiedzieć.
    .keywords = dziecko chore, chore dziecko, dziecko źle się czuje, niemowlę chore, dziecku się pogarsza, gorączka, wysoka temperatura, wysypka, nie je, nie pije, oddychanie, duszność, wiotkie, martwię się o dziecko, kiedy dzwonić pod 999, kiedy dzwonić pod 111, otwarty dostęp, oddział dziecięcy, child unwell, sick child, baby unwell, fever, rash, breathing, floppy, when to call 999, when to call 111, open access, children's ward

child-unwell-emergency =
    .title = Kiedy dzwonić pod 999
    .body =
        Zadzwoń pod 999, jeśli dziecko ma trudności z oddychaniem albo bardzo trudno je obudzić.
        Zadzwoń pod 999 także wtedy, gdy dziecko ma drgawki albo robi się bardzo blade, sine albo ma plamy na skórze.
        Zadzwoń pod 999, jeśli dziecko ma wysypkę, która nie blednie, kiedy przyciśniesz do niej szklankę.
    .if-not = Jeśli nie możesz dodzwonić się pod 999, próbuj dalej. Nie czekaj, żeby zobaczyć, czy dziecku się poprawi.
    .ask =
        Przy jakich objawach mam dzwonić pod 999?

child-unwell-same-day =
    .title = Szukaj pomocy tego samego dnia
    .body =
        Jeśli dziecko wydaje się bardziej chore albo się niepokoisz, tego samego dnia skontaktuj się z przychodnią GP albo zadzwoń pod NHS 111.
        Powiedz im, jeśli dziecko nie pije, jest dużo bardziej senne niż zwykle albo jego stan się pogarsza.
        NHS 111 działa w dzień i w nocy. Możesz też wejść na stronę 111.nhs.uk.
    .if-not = Jeśli nie możesz dodzwonić się do przychodni GP i się niepokoisz, zadzwoń pod NHS 111. Jeśli dziecku się pogorszy, zadzwoń pod 999.
    .ask =
        Na co mam uważać dziś w nocy?
        Kiedy mam znowu do Państwa zadzwonić?

child-unwell-hospital-team =
    .title = Jeśli dzieckiem już opiekuje się zespół w szpitalu
    .body =
        Niektóre dzieci mogą od razu wrócić na oddział dziecięcy, jeśli zachorują. Nazywa się to otwartym dostępem (open access). Jeśli Twoje dziecko go ma, zespół już Ci o tym powiedział.
        Jeśli masz numer do zespołu, zadzwoń do nich. Powiedz, że dziecko jest bardziej chore.
        Jeśli nie możesz się z nimi skontaktować, tego samego dnia skontaktuj się z przychodnią GP albo z NHS 111. W nagłym wypadku zadzwoń pod 999.
    .if-not = Jeśli zespół nie oddzwonił, a dziecku nie jest lepiej, zadzwoń pod NHS 111 albo do przychodni GP. Nie czekaj.
    .ask =
        Czy moje dziecko ma otwarty dostęp do oddziału?
        Do kogo mam dzwonić w nocy?

child-unwell-after =
    .title = Po tym, jak ktoś zbadał dziecko
    .body =
        Osoba, która zbadała dziecko, powinna Ci powiedzieć, na co uważać i kiedy wrócić.
        Jeśli dziecko było w A&E (szpitalnym oddziale ratunkowym) albo w szpitalu, szpital wysyła list do lekarza GP.
        Jeśli dziecku nie jest lepiej w czasie, który podano, albo jest mu gorzej, znowu szukaj pomocy. Można prosić o pomoc więcej niż raz.
    .if-not = Jeśli nie wiesz, co robić dalej, zadzwoń pod NHS 111 albo do przychodni GP.
    .ask =
        Przy jakich objawach mam wrócić z dzieckiem?
        Ile czasu powinno zająć, żeby dziecku się poprawiło?
