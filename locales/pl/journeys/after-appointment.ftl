# Journey: After a hospital appointment.
# Structure and sources: src/journeys/after_appointment.rs

after-appointment =
    .title = Po wizycie w szpitalu
    .summary = Co się dzieje po wizycie u zespołu w szpitalu i kto za co odpowiada.
    .intro = Masz już za sobą wizytę u zespołu w poradni szpitalnej. Oto co będzie dalej. Piszemy, kto za co odpowiada i kogo pytać.
    .keywords = po wizycie, po wizycie w poradni, poradnia, poradnia szpitalna, list z poradni, list do lekarza GP, list ze szpitala, list od konsultanta, wizyta kontrolna, kontrola, następna wizyta, ponowna wizyta, kolejne badania, wyniki, z kim się kontaktować, kogo zapytać, pytania, skarga, złożyć skargę, biuro porad dla pacjentów, problem ze szpitalem, lekarz rodzinny i szpital, zapytaj lekarza GP, skierowanie do innego zespołu, after appointment, clinic letter, follow-up, outpatient, complaint, PALS, GP

after-appointment-letter =
    .title = Szpital pisze do Twojego lekarza GP
    .body =
        Po wizycie zespół w szpitalu pisze o niej list. Nazywa się on listem z poradni (clinic letter).
        Jeśli lekarz GP ma coś zrobić, list trafia do niego w ciągu 10 dni. Jest w nim napisane, co lekarz GP ma zrobić.
        Pozostałe części Twojego planu leczenia zespół w szpitalu robi sam.
    .if-not = Jeśli po 2 tygodniach lekarz GP nadal nie ma listu, zadzwoń do zespołu w szpitalu. Poproś, żeby go wysłali.
    .ask =
        Czy mój lekarz GP musi coś zrobić?
        Czy mogę dostać kopię listu?
        Kto zrobi każdą część mojego planu leczenia?

after-appointment-tests =
    .title = Szpital sam robi swoje badania
    .body =
        Jeśli zespół w szpitalu chce zrobić Ci więcej badań, sam je zleca. Sprawdza wyniki i mówi Ci, co one znaczą.
        Tak jest nawet wtedy, gdy krew pobiera Ci przychodnia GP. Lekarz GP często nie widzi wyników badań ze szpitala.
    .if-not = Jeśli nie znasz wyniku w terminie, który Ci podano, zadzwoń do zespołu w szpitalu.
    .ask =
        Po co mi to badanie?
        Jak i kiedy poznam wynik?

after-appointment-next =
    .title = Jeśli musisz przyjść ponownie
    .body =
        Jeśli masz znowu przyjść do zespołu, powinni Ci powiedzieć, jak zostanie umówiona wizyta. Najczęściej to oni ją umawiają.
        Jeśli musisz iść do innego zespołu w szpitalu z powiązanym problemem, zespół w szpitalu sam Cię tam kieruje. Nie musisz najpierw wracać do lekarza GP.
    .if-not = Czy powiedziano Ci, że znowu spotkasz się z zespołem? Jeśli nikt się nie odezwał, zadzwoń do zespołu w szpitalu.
    .ask =
        Czy muszę przyjść ponownie i kiedy?
        Kto umówi moją następną wizytę?
        Czy muszę iść do jakiegoś innego zespołu?

after-appointment-questions =
    .title = Jeśli masz pytanie
    .body =
        Szpital musi Ci powiedzieć, jak się z nim skontaktować. Sprawdź list z poradni albo stronę internetową szpitala.
        Jeśli masz pytanie o leczenie w szpitalu, zapytaj zespół w szpitalu. Powinni sami odpowiedzieć. Nie powinni odsyłać Cię z pytaniem do lekarza GP.
    .if-not = Jeśli nie możesz dostać odpowiedzi, poproś o kontakt z biurem porad dla pacjentów w szpitalu. Pomagają, gdy coś pójdzie nie tak.
    .ask =
        Jak najlepiej się z Państwem skontaktować?
        Kogo mam pytać o moje nowe leki?

after-appointment-problems =
    .title = Jeśli coś pójdzie nie tak
    .body =
        Czasem między lekarzem GP a szpitalem coś nie działa. Na przykład każde z nich mówi, że jakieś zadanie powinno zrobić to drugie.
        Jeśli tak się stanie, poproś o kontakt z biurem porad dla pacjentów w szpitalu. Często nazywa się je PALS. Pomagają, gdy coś pójdzie nie tak.
        Każdy szpital ma też wyznaczoną osobę odpowiedzialną za współpracę. Jej zadaniem jest pomagać szpitalowi i przychodniom GP dobrze ze sobą współpracować.
    .if-not = Jeśli biuro porad dla pacjentów nie może pomóc, zapytaj, jak złożyć skargę. Możesz też powiedzieć o tym w przychodni GP.
    .ask =
        Kto to załatwi?
        Czy mogą Państwo powiedzieć o tym osobie, która odpowiada za współpracę z przychodniami GP?
