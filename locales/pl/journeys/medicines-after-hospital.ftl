# Journey: medicines after a hospital stay or a clinic visit.
# Structure and sources: src/journeys/medicines_after_hospital.rs

medicines-after-hospital =
    .title = Twoje leki po powrocie ze szpitala do domu
    .summary = Kto daje Ci nowe leki, kto zmienia listę Twoich stałych recept i co zrobić, zanim leki się skończą.
    .intro = Twoje leki mogą się zmienić, gdy leżysz w szpitalu albo masz wizytę u zespołu w szpitalu. Oto kto daje Ci każdy zapas leków, kto aktualizuje Twoją listę leków i kogo pytać.
    .keywords = leki po szpitalu, nowe leki, zmienione leki, odstawione leki, tabletki, lekarstwa, stała recepta, stałe recepty, lista leków, kończą się leki, skończyły się leki, pierwszy zapas, apteka, farmaceuta, leki na wypis, leki przeciwzakrzepowe, rozrzedzające krew, chemioterapia, linia pomocy, które leki mam brać, medicines after hospital, repeat prescription, running out, first supply, pharmacy, pharmacist, discharge medicines, blood thinner, chemotherapy, helpline

medicines-after-hospital-first-supply =
    .title = Pierwszy zapas leków daje Ci szpital
    .body =
        Po pobycie w szpitalu każdy nowy lek powinien Ci wystarczyć na co najmniej 7 dni. Jeśli kuracja jest krótsza, dostajesz całą kurację.
        Po wizycie w poradni jest inaczej. Jeśli musisz zacząć brać lek od razu, szpital daje Ci go tyle, żeby wystarczył, aż lekarz GP dostanie list z poradni. Jeśli nie, list prosi lekarza GP, żeby przepisał Ci ten lek.
    .if-not = Jeśli masz wyjść bez nowego leku, którego potrzebujesz od razu, zapytaj personel oddziału albo poradni. Jeśli jesteś już w domu, zadzwoń na oddział albo do zespołu w szpitalu.
    .ask =
        Czy muszę zacząć brać ten lek od razu?
        Ile leku mi Państwo dają?
        Czy kolejne opakowania da mi lekarz GP, czy Państwo?

medicines-after-hospital-list =
    .title = Dostajesz listę swoich leków
    .body =
        Zanim wyjdziesz, zespół oddziału powinien Ci powiedzieć, które leki są nowe, które się zmieniły i które masz odstawić.
        Ta lista jest też w liście, który szpital wysyła do lekarza GP. Poproś o kopię.
        Nie bierz dalej leku, który szpital odstawił, chyba że lekarz każe Ci go brać.
    .if-not = Jeśli nie wiesz, które leki brać, zadzwoń na oddział. Możesz też zapytać farmaceutę.
    .ask =
        Które z moich leków są nowe, zmienione albo odstawione?
        Czy mogę dostać listę na piśmie?

medicines-after-hospital-pharmacy =
    .title = Apteka może sprawdzić Twoje leki
    .body =
        Szpital może wysłać informacje o Twoich nowych lekach do apteki, z której zwykle korzystasz. Wtedy farmaceuta może je z Tobą omówić.
        Farmaceuta porównuje Twoją nową listę z Twoimi wcześniejszymi lekami. Może zauważyć problemy.
        Możesz poprosić oddział, żeby wysłał Twoje dane do apteki, z której korzystasz.
    .if-not = Jeśli apteka nie dostała nic ze szpitala, zanieś do niej list z oddziału. Poproś, żeby go sprawdzili.
    .ask =
        Czy mogą Państwo wysłać informacje o moich lekach do mojej apteki?
        Czy farmaceuta może sprawdzić ze mną moją nową listę?

medicines-after-hospital-repeat =
    .title = Przychodnia GP aktualizuje listę Twoich stałych recept
    .body =
        Przychodnia GP dostaje list ze szpitala. Potem aktualizuje Twoje stałe recepty.
        Zanim coś zamówisz, sprawdź listę stałych recept. Upewnij się, że są na niej nowe leki, a nie ma leków, które odstawiono.
        Zamawiaj każdą kolejną receptę odpowiednio wcześnie, żeby leki Ci się nie skończyły.
    .if-not = Jeśli lista stałych recept jest zła albo nie ma na niej nowego leku, skontaktuj się z przychodnią GP. Jeśli przychodnia nie ma jeszcze listu, zadzwoń do zespołu w szpitalu albo na oddział.
    .ask =
        Czy dostali Państwo mój list ze szpitala?
        Czy lista moich stałych recept jest aktualna?

medicines-after-hospital-running-out =
    .title = Jeśli leki niedługo się skończą
    .body =
        Jeśli lek niedługo się skończy, a lekarz GP nie ma listu, zadzwoń do zespołu w szpitalu albo na oddział. Poproś, żeby wysłali list albo dali Ci więcej leku.
        Jeśli przychodnia GP jest zamknięta, a lek jest Ci potrzebny dzisiaj, zadzwoń pod NHS 111. Mogą Ci pomóc dostać go w aptece.
    .if-not = Jeśli nikt nie może pomóc i bez leku źle się czujesz, tego samego dnia zadzwoń pod NHS 111. W nagłym wypadku zadzwoń pod 999.
    .ask =
        Co mam zrobić, jeśli lek skończy mi się w weekend?
        Czy mogę bezpiecznie pominąć dawkę tego leku?

medicines-after-hospital-high-risk =
    .title = Leki, przy których trzeba szybko szukać pomocy
    .body =
        Przy niektórych lekach trzeba szybko szukać pomocy, jeśli źle się poczujesz. Należą do nich leki na raka. Inne to leki, które rozrzedzają krew albo osłabiają walkę z zarazkami.
        Zespół w szpitalu powinien dać Ci numer linii pomocy (helpline) dla takich leków. Niektóre są czynne w dzień i w nocy. Noś ten numer przy sobie.
        Jeśli czujesz się bardzo źle, od razu zadzwoń pod numer linii pomocy. W nagłym wypadku zadzwoń pod 999.
    .if-not = Jeśli nie masz numeru linii pomocy, zadzwoń do zespołu w szpitalu i poproś o niego. Jeśli źle się czujesz i nie możesz się z nimi skontaktować, tego samego dnia zadzwoń pod NHS 111.
    .ask =
        Czy przy tym leku jest linia pomocy?
        Przy jakich objawach mam od razu tam dzwonić?
