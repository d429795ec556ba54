# Journey: after a hospital clinic visit.
# Structure and sources: src/journeys/after_appointment.rs

after-appointment =
    .title = Po wizycie u zespołu w szpitalu
    .summary = Co się dzieje po wizycie u zespołu w szpitalu i kto za co odpowiada.
    .intro = Masz już za sobą wizytę u zespołu w poradni szpitalnej. Oto co będzie dalej. Piszemy, kto za co odpowiada i kogo pytać.
    .keywords = po wizycie, po wizycie w poradni, poradnia, poradnia szpitalna, list z poradni, list do lekarza GP, list ze szpitala, list od konsultanta, wizyta kontrolna, kontrola, następna wizyta, ponowna wizyta, kolejne badania, list prosi lekarza GP o badanie, kto umawia badanie, wyniki, z kim się kontaktować, kogo zapytać, pytania, skarga, złożyć skargę, biuro porad dla pacjentów, problem ze szpitalem, lekarz rodzinny i szpital, zapytaj lekarza GP, skierowanie do innego zespołu, after appointment, clinic letter, follow-up, outpatient, complaint, PALS, GP

after-appointment-letter =
    .title = Szpital pisze do Twojego lekarza GP
    .body =
        Po wizycie zespół w szpitalu pisze o niej list. Nazywa się on listem z poradni (clinic letter).
        Jeśli lekarz GP ma coś zrobić, w liście jest napisane, co. Kopia powinna trafić też do Ciebie.
        Pozostałe części Twojego planu leczenia zespół w szpitalu robi sam.
    .if-not = Jeśli przychodnia GP nie dostała listu w podanym czasie, zadzwoń do zespołu w szpitalu. Poproś, żeby go wysłali.
    .ask =
        Czy mój lekarz GP musi coś zrobić?
        Czy mogę dostać kopię listu?
        Kto zrobi każdą część mojego planu leczenia?

after-appointment-gp-task =
    .title = Jeśli list prosi lekarza GP o zrobienie czegoś
    .body =
        Czasem list prosi lekarza GP o jakieś zadanie, na przykład badanie albo nową receptę.
        Poczekaj, aż list dotrze do lekarza GP. Potem skontaktuj się z przychodnią GP, żeby to umówić albo o to zapytać.
        Jeśli badanie zlecił sam zespół w szpitalu, powinien Ci powiedzieć, jak je umówić. Ten zespół podaje Ci też wynik.
    .if-not = Jeśli przychodnia GP nie wie, o co prosi list, może zapytać zespół w szpitalu. Możesz też samodzielnie zadzwonić do zespołu w szpitalu.
    .ask =
        Kto umawia to badanie: Państwo czy mój lekarz GP?
        Kto poda mi wynik?

after-appointment-tests =
    .title = Szpital sam robi swoje badania
    .body =
        Jeśli zespół w szpitalu chce zrobić Ci więcej badań, sam je zleca. Sprawdza wyniki i mówi Ci, co one znaczą.
        To, gdzie zrobisz badanie, zależy od tego, gdzie mieszkasz. Zapytaj zespół w szpitalu, gdzie iść.
        Bez względu na to, gdzie zrobisz badanie, wynik podaje Ci zespół w szpitalu, który je zlecił.
    .if-not = Jeśli nie znasz wyniku w terminie, który Ci podano, zadzwoń do zespołu w szpitalu.
    .ask =
        Po co mi to badanie?
        Gdzie mam na nie iść?
        Jak i kiedy poznam wynik?

after-appointment-next =
    .title = Jeśli musisz przyjść ponownie
    .body =
        Jeśli masz znowu przyjść do zespołu, powinni Ci powiedzieć, jak to zostanie zorganizowane. Gdy szpital chce Cię znowu zobaczyć, sam umawia wizytę albo badanie.
        Niektóre zespoły zamiast tego proszą, żeby samodzielnie kontaktować się z nimi, gdy ich potrzebujesz. Nazywa się to wizytą kontrolną na prośbę pacjenta (patient initiated follow-up). Zapytaj, jak długo możesz tak robić. Więcej mówi o tym poradnik o wizytach kontrolnych.
        Jeśli musisz iść do innego zespołu w szpitalu z powiązanym problemem, zespół w szpitalu sam Cię tam kieruje. Nie musisz najpierw wracać do lekarza GP.
    .if-not = Czy powiedziano Ci, że szpital umówi Twoją następną wizytę? Jeśli w podanym czasie nikt się nie odezwał, zadzwoń do zespołu w szpitalu.
    .ask =
        Czy muszę przyjść ponownie i kiedy?
        Czy to Państwo umówią moją następną wizytę, czy ja mam się z Państwem skontaktować?
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
