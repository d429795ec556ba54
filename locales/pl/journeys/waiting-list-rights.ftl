# Journey: your rights on a waiting list.
# Structure and sources: src/journeys/waiting_list_rights.rs

waiting-list-rights =
    .title = Twoje prawa, gdy czekasz na leczenie w szpitalu
    .summary = Wybór szpitala, prośba o przeniesienie po długim czekaniu i jak rozpoznać fałszywe SMS-y.
    .intro = Gdy lekarz GP daje Ci skierowanie, masz prawa dotyczące tego, gdzie i jak szybko Cię przyjmą. Oto jakie to prawa i kogo pytać.
    .keywords = prawa, moje prawa, prawa pacjenta, wybór, wybór szpitala, wybrać szpital, inny szpital, zmiana szpitala, krótsze czekanie, długie czekanie, 18 tygodni, za długo czekam, SMS z listy oczekujących, czy ten SMS jest prawdziwy, oszustwo, fałszywy SMS, SMS od NHS, stracę miejsce, skarga, rights, choice, choose hospital, 18 weeks, waiting list, scam, scam text, fake text, NHS text, complaint

waiting-list-rights-choice =
    .title = Często możesz wybrać szpital
    .body =
        Gdy lekarz GP daje Ci skierowanie, często możesz wybrać szpital albo poradnię, do której pójdziesz. W Anglii masz do tego prawo przy większości zwykłych skierowań.
        Średni czas czekania możesz porównać na stronie My Planned Care. Zapytaj lekarza GP, spośród jakich miejsc możesz wybrać.
    .if-not = Jeśli nie zaproponowano Ci wyboru, a chcesz wybrać, zapytaj w przychodni GP. Możesz też zapytać zespół, który umawia wizyty, gdy umawiasz wizytę.
    .ask =
        Spośród jakich szpitali mogę wybrać?
        W którym czeka się najkrócej?

waiting-list-rights-long-wait =
    .title = Jeśli czekasz już długo
    .body =
        Przy większości problemów, które nie są pilne, masz prawo zacząć leczenie w ciągu 18 tygodni od skierowania. Mówi o tym Konstytucja NHS (NHS Constitution).
        Teraz wiele osób czeka dłużej. Jeśli Ty też, możesz zapytać o przeniesienie do innego szpitala, w którym czeka się krócej.
        Zapytaj zespół w szpitalu. Czasem to oni sami się z Tobą skontaktują i to zaproponują.
    .if-not = Jeśli zespół w szpitalu nie może pomóc, zapytaj w przychodni GP. Możesz też zapytać biuro porad dla pacjentów w szpitalu.
    .ask =
        Czy mogę mieć wizytę szybciej gdzie indziej?
        Czy po przeniesieniu zmieni się to, kto się mną opiekuje?

waiting-list-rights-texts =
    .title = SMS-y, które sprawdzają, czy nadal potrzebujesz wizyty
    .body =
        Szpital może wysłać SMS, żeby sprawdzić, czy nadal potrzebujesz wizyty. Odpowiedz, jeśli możesz. Jeśli już jej nie potrzebujesz, napisz to.
        Nie skreślą Cię z listy tylko dlatego, że nie było odpowiedzi. Tylko Ty albo lekarz może zdecydować, że nie potrzebujesz już wizyty.
    .if-not = Jeśli martwisz się, że skreślono Cię z listy, zadzwoń do zespołu w szpitalu i zapytaj.
    .ask =
        Czy nadal jestem na Państwa liście?
        Jak będą się Państwo ze mną kontaktować?

waiting-list-rights-scams =
    .title = Jak rozpoznać fałszywy SMS
    .body =
        Niektóre SMS-y udają wiadomości od NHS. Mogą pisać, że stracisz miejsce na liście, jeśli nie klikniesz linku.
        NHS nie poprosi Cię o zapłatę ani o dane Twojego konta bankowego, żeby zachować Twoje miejsce albo umówić wizytę.
        Jeśli nie masz pewności, czy SMS jest prawdziwy, nie używaj linku z niego. Zadzwoń pod numer z listu ze szpitala albo zapytaj w przychodni GP.
    .if-not = Jeśli po kliknięciu linku podano dane Twojego konta bankowego, od razu zadzwoń do swojego banku.
    .ask =
        Czy ten SMS naprawdę jest od Państwa?

waiting-list-rights-help =
    .title = Jeśli uważasz, że nie przestrzegano Twoich praw
    .body =
        Najpierw porozmawiaj z zespołem w szpitalu. Może uda im się to załatwić.
        Jeśli nie, poproś o kontakt z biurem porad dla pacjentów w szpitalu. Pomagają, gdy coś pójdzie nie tak. Mogą też powiedzieć Ci, jak złożyć skargę.
    .if-not = Jeśli biuro porad dla pacjentów nie może pomóc, zapytaj, jak złożyć skargę. Możesz też powiedzieć o tym w przychodni GP.
    .ask =
        Kto może mi w tym pomóc?
        Jak złożyć skargę?
