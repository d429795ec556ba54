# Journey: Your GP has referred you to a hospital team.
# Structure and sources: src/journeys/referral.rs

referral =
    .title = Lekarz GP skierował Cię do zespołu w szpitalu
    .summary = Kto umawia pierwszą wizytę, ile to trwa i do kogo dzwonić, gdy czekasz.
    .intro = Twój lekarz rodzinny (GP) uważa, że powinien Cię przyjąć zespół w szpitalu. Nazywa się to skierowaniem. Oto co będzie dalej i kto za co odpowiada.
    .keywords = skierowanie, skierowany, skierowana, skierowanie do szpitala, specjalista, list ze szpitala, e-skierowanie, rezerwacja, umówienie wizyty, wizyta, konsultant, poradnia, lista oczekujących, referral, referred, e-referral, booking, appointment, consultant, clinic, waiting list, GP

referral-sent =
    .title = Lekarz GP wysyła skierowanie
    .body =
        Lekarz GP pisze do zespołu w szpitalu. Pisze, jaki jest problem i dlaczego zespół powinien Cię przyjąć.
        Czasem szpital prosi najpierw o badania, na przykład badanie krwi. Wtedy lekarz GP robi je, zanim wyśle skierowanie.
    .if-not = Jeśli po 2 tygodniach nadal nic nie wiesz, skontaktuj się z przychodnią GP. Zapytaj, czy skierowanie zostało wysłane.
    .ask =
        Do którego zespołu w szpitalu mnie Pan/Pani kieruje?
        Czy potrzebuję najpierw jakichś badań?
        Czy skierowanie będzie oznaczone jako pilne?

referral-booking =
    .title = Dostajesz list, e-mail albo SMS, żeby umówić wizytę
    .body =
        Możesz dostać list z numerem rezerwacji i hasłem. Trzymaj go w bezpiecznym miejscu.
        Możesz też dostać e-mail albo SMS od „NHS Referrals”. Jest w nim link, który otwiera NHS App albo stronę internetową NHS.
        Użyj go, żeby wybrać dzień i godzinę wizyty. Możesz też zadzwonić do zespołu, który umawia wizyty.
    .if-not = Jeśli w ciągu 2 tygodni nic nie przyjdzie, zadzwoń pod numer z listu ze skierowaniem. Jeśli nie masz listu, zapytaj w przychodni GP.
    .ask =
        Czy mogę wybrać szpital?
        Czy zamiast tego mogę mieć rozmowę przez telefon albo wideo?
        Czy mogę przyjść z kimś?

referral-waiting =
    .title = Czekasz na pierwszą wizytę
    .body =
        Zespół w szpitalu pilnuje Twojego miejsca na liście. Lekarz GP nie może przyspieszyć wizyty.
        Szpital może wysłać Ci SMS, żeby sprawdzić, czy nadal potrzebujesz wizyty. Prosimy, odpowiedz, bo inaczej możesz stracić miejsce.
        Średni czas czekania w każdym szpitalu możesz sprawdzić na stronie My Planned Care. To tylko średnia.
        Jeśli masz pytanie o wizytę, zapytaj zespół w szpitalu. Powinni Ci odpowiedzieć, a nie odsyłać Cię do lekarza GP.
    .if-not = Jeśli szpital nie odezwał się w terminie, który Ci podano, zadzwoń do zespołu w szpitalu.
    .ask =
        Jak długo czeka się na wizytę u tego zespołu?
        Do kogo mam dzwonić, jeśli zmienią się moje plany?

referral-worse =
    .title = Jeśli poczujesz się gorzej, gdy czekasz
    .body =
        Jeśli problem, z którym Cię skierowano, się pogorszy, powiedz o tym zespołowi w szpitalu. To oni decydują, czy trzeba Cię przyjąć szybciej.
        Jeśli źle się czujesz i nie wiesz, co zrobić, zadzwoń do przychodni GP albo pod NHS 111.
        W nagłym wypadku zadzwoń pod 999.
        Jeśli masz nowy problem, który nie wiąże się z tym, idź jak zwykle do lekarza GP.
    .if-not = Jeśli zespół w szpitalu nie oddzwoni, zadzwoń jeszcze raz. Jeśli czujesz się gorzej, zadzwoń pod NHS 111 albo do lekarza GP.
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

referral-after =
    .title = Po wizycie
    .body =
        Jeśli lekarz GP ma coś zrobić, zespół w szpitalu pisze do niego w ciągu 10 dni. Kopia powinna trafić też do Ciebie.
        Jeśli potrzebujesz więcej badań, zespół w szpitalu je robi i podaje Ci wyniki.
        Jeśli musisz iść do innego zespołu w szpitalu z powiązanym problemem, szpital sam Cię tam kieruje. Nie musisz najpierw wracać do lekarza GP.
    .if-not = Jeśli po 2 tygodniach nie masz listu, zadzwoń do zespołu w szpitalu.
    .ask =
        Czy dostanę kopię listu?
        Czy muszę przyjść do Państwa ponownie?
        Czy mój lekarz GP musi coś zrobić?
