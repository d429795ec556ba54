# Journey: Your GP has referred you to a hospital team.
# Structure and sources: src/journeys/referral.rs

referral =
    .title = Lekarz GP skierował Cię do zespołu w szpitalu
    .summary = Kto umawia pierwszą wizytę, do kogo dzwonić, gdy czekasz, i co zrobić, jeśli poczujesz się gorzej.
    .intro = Twój lekarz rodzinny (GP) uważa, że powinien Cię przyjąć zespół w szpitalu. Nazywa się to skierowaniem. Oto co będzie dalej i kto za co odpowiada. Jeśli lekarz GP powiedział, że to pilne albo że może to być rak, przeczytaj poradnik o pilnych skierowaniach.
    .keywords = skierowanie, skierowany, skierowana, skierowanie do szpitala, specjalista, list ze szpitala, e-skierowanie, rezerwacja, umówienie wizyty, wizyta, konsultant, poradnia, lista oczekujących, zwykłe skierowanie, referral, referred, e-referral, booking, appointment, consultant, clinic, waiting list, routine referral, GP

referral-sent =
    .title = Lekarz GP wysyła skierowanie
    .body =
        Lekarz GP pisze do zespołu w szpitalu. Pisze, jaki jest problem i dlaczego zespół powinien Cię przyjąć.
        Lekarz GP pisze też, jak szybko trzeba Cię przyjąć. Skierowanie może być zwykłe albo pilne.
        Czasem szpital prosi najpierw o badania, na przykład badanie krwi. Wtedy lekarz GP robi je, zanim wyśle skierowanie.
        Często możesz wybrać szpital, do którego pójdziesz. Zapytaj o to lekarza GP, gdy daje Ci skierowanie.
    .if-not = Zapytaj lekarza GP, kiedy powinna przyjść wiadomość o skierowaniu. Jeśli do tego czasu nic nie wiesz, skontaktuj się z przychodnią GP. Zapytaj, czy skierowanie zostało wysłane.
    .ask =
        Do którego zespołu w szpitalu mnie Pan/Pani kieruje?
        Czy moje skierowanie jest zwykłe, czy pilne?
        Czy mogę wybrać szpital, do którego pójdę?
        Czy potrzebuję najpierw jakichś badań?

referral-booking =
    .title = Dostajesz list, e-mail albo SMS, żeby umówić wizytę
    .body =
        Możesz dostać list z numerem rezerwacji i hasłem. Trzymaj go w bezpiecznym miejscu.
        Możesz też dostać e-mail albo SMS. Jest w nim link do umówienia wizyty w NHS App albo na stronie internetowej NHS.
        Użyj go, żeby wybrać dzień i godzinę wizyty. Możesz też zadzwonić do zespołu, który umawia wizyty.
        Niektóre SMS-y, które wyglądają jak wiadomości od NHS, to oszustwo. NHS nie poprosi Cię o zapłatę ani o dane Twojego konta bankowego, żeby umówić wizytę. Jeśli nie masz pewności, nie używaj linku. Zadzwoń pod numer z listu albo zapytaj w przychodni GP.
    .if-not = Jeśli do czasu, który podał lekarz GP, nic nie przyszło, zadzwoń pod numer z listu ze skierowaniem. Jeśli nie masz listu, zapytaj w przychodni GP.
    .ask =
        Czy zamiast tego mogę mieć rozmowę przez telefon albo wideo?
        Czy mogę przyjść z kimś?

referral-waiting =
    .title = Czekasz na pierwszą wizytę
    .body =
        Zespół w szpitalu pilnuje Twojego miejsca na liście.
        Szpital może wysłać Ci SMS, żeby sprawdzić, czy nadal potrzebujesz wizyty. Odpowiedz, jeśli możesz. Jeśli nie odpowiesz, zadzwoń do zespołu w szpitalu. Nie skreślą Cię z listy tylko dlatego, że nie było odpowiedzi.
        Średni czas czekania w każdym szpitalu możesz sprawdzić na stronie My Planned Care. To tylko średnia.
        Jeśli masz pytanie o wizytę, zapytaj zespół w szpitalu. Powinni Ci odpowiedzieć, a nie odsyłać Cię do lekarza GP.
    .if-not = Jeśli szpital nie odezwał się w terminie, który Ci podano, zadzwoń do zespołu w szpitalu.
    .ask =
        Jak długo czeka się na wizytę u tego zespołu?
        Do kogo mam dzwonić, jeśli zmienią się moje plany?

referral-worse =
    .title = Jeśli poczujesz się gorzej, gdy czekasz
    .body =
        Jeśli poczujesz się dużo gorzej albo masz nowe objawy, które Cię niepokoją, tego samego dnia skontaktuj się z przychodnią GP albo zadzwoń pod NHS 111.
        W nagłym wypadku zadzwoń pod 999.
        Powiedz o tym też zespołowi w szpitalu. Lekarz w szpitalu może sprawdzić, czy trzeba Cię przyjąć szybciej.
        Lekarz GP też może poprosić szpital, żeby przyjął Cię szybciej, albo zmienić skierowanie na pilne.
    .if-not = Jeśli zespół w szpitalu nie oddzwoni do końca następnego dnia roboczego, zadzwoń jeszcze raz. Nie czekaj na nich, jeśli czujesz się gorzej: tego samego dnia zadzwoń do przychodni GP albo pod NHS 111.
    .ask =
        Przy jakich zmianach mam do Państwa zadzwonić?
        Czy mogą mnie Państwo przyjąć szybciej, jeśli poczuję się gorzej?

referral-appointment =
    .title = Twoja pierwsza wizyta
    .body =
        Spotykasz się z zespołem w szpitalu. Mogą z Tobą porozmawiać, zbadać Cię albo zrobić badania.
        Weź ze sobą list, listę swoich leków i swoje pytania.
        Jeśli nie możesz przyjść, jak najszybciej powiedz o tym zespołowi w szpitalu. Wtedy mogą dać Twój termin komuś innemu.
    .if-not = Jeśli wizyta zostanie odwołana, zespół w szpitalu powinien dać Ci nowy termin. Zadzwoń do nich, jeśli nadal nie masz nowego terminu.
    .ask =
        Co Pana/Pani zdaniem mi dolega?
        Co będzie dalej i kto to zrobi?
        Do kogo mam dzwonić, jeśli później będę mieć pytanie?

referral-letter =
    .title = Szpital pisze do Twojego lekarza GP
    .body =
        Po wizycie zespół w szpitalu pisze do lekarza GP, jeśli lekarz GP ma coś zrobić. Nazywa się to listem z poradni (clinic letter). Kopia powinna trafić też do Ciebie.
    .if-not = Jeśli przychodnia GP nie dostała listu w podanym czasie, zadzwoń do zespołu w szpitalu. Poproś, żeby go wysłali.
    .ask =
        Czy dostanę kopię listu?
        Czy mój lekarz GP musi coś zrobić?

referral-after =
    .title = Co szpital robi dalej
    .body =
        Jeśli potrzebujesz więcej badań, zespół w szpitalu je zleca. Podaje Ci wyniki.
        Jeśli musisz przyjść ponownie, zespół w szpitalu powinien Ci powiedzieć, jak to zostanie zorganizowane. Czasem to Ty masz się z nimi skontaktować.
        Jeśli musisz iść do innego zespołu w szpitalu z powiązanym problemem, szpital sam Cię tam kieruje. Nie musisz najpierw wracać do lekarza GP.
    .if-not = Jeśli powiedziano Ci, że dostaniesz wiadomość o badaniu albo wizycie, a nikt się nie odezwał, zadzwoń do zespołu w szpitalu.
    .ask =
        Czy muszę przyjść do Państwa ponownie?
        Czy to Państwo to umówią, czy ja mam się z Państwem skontaktować?
        Kto poda mi wyniki badań?
