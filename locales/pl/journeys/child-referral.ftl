# Journey: Your child has been referred to a children's doctor.
# Structure and sources: src/journeys/child_referral.rs

child-referral =
    .title = Twoje dziecko dostaje skierowanie do lekarza dla dzieci
    .summary = Kto umawia wizytę dziecka, do kogo dzwonić, gdy czekacie, i kto poda Ci wyniki.
    .intro = Twój lekarz rodzinny (GP) chce, żeby Twoje dziecko zbadał lekarz dla dzieci w szpitalu. Jako rodzic lub opiekun dostajesz informacje o tym, co dzieje się z dzieckiem. Oto co będzie dalej i kto za co odpowiada.
    .keywords = dziecko, dzieci, moje dziecko, syn, córka, niemowlę, bobas, pediatra, pediatria, lekarz dla dzieci, szpital dziecięcy, skierowanie dziecka, skierowanie, list ze szpitala, wizyta, lista oczekujących, rodzic, opiekun, child, paediatrician, children's doctor, referral, appointment, waiting list, GP

child-referral-sent =
    .title = Lekarz GP wysyła skierowanie
    .body =
        Lekarz GP pisze do lekarza dla dzieci w szpitalu. Ten lekarz to pediatra. Wysłanie do niego dziecka nazywa się skierowaniem.
        Czasem szpital prosi najpierw o badania, na przykład badanie krwi. Wtedy lekarz GP robi je, zanim wyśle skierowanie.
        Dostajesz te same informacje, które dostałby dorosły pacjent. Dostajesz je w imieniu dziecka.
    .if-not = Jeśli po 2 tygodniach nadal nic nie wiesz, skontaktuj się z przychodnią GP. Zapytaj, czy skierowanie zostało wysłane.
    .ask =
        Dlaczego moje dziecko musi iść do pediatry?
        Czy dziecko potrzebuje najpierw jakichś badań?
        Czy skierowanie będzie oznaczone jako pilne?

child-referral-booking =
    .title = Dostajesz list, e-mail albo SMS, żeby umówić wizytę
    .body =
        Możesz dostać list z numerem rezerwacji i hasłem. Trzymaj go w bezpiecznym miejscu.
        Możesz też dostać e-mail albo SMS od „NHS Referrals”. Jest w nim link, który otwiera NHS App albo stronę internetową NHS.
        Użyj go, żeby wybrać dzień i godzinę wizyty dziecka. Możesz też zadzwonić do zespołu, który umawia wizyty.
    .if-not = Jeśli w ciągu 2 tygodni nic nie przyjdzie, zadzwoń pod numer z listu ze skierowaniem. Jeśli nie masz listu, zapytaj w przychodni GP.
    .ask =
        Czy mogę wybrać szpital dla mojego dziecka?
        Czy dziecko może mieć wizytę blisko naszego domu?

child-referral-waiting =
    .title = Dziecko czeka na wizytę
    .body =
        Zespół w szpitalu pilnuje miejsca dziecka na liście. Lekarz GP nie może przyspieszyć wizyty.
        Szpital może wysłać SMS, żeby sprawdzić, czy dziecko nadal potrzebuje wizyty. Prosimy, odpowiedz, bo inaczej dziecko może stracić miejsce.
        Jeśli masz pytanie o wizytę, zapytaj zespół w szpitalu. Powinni Ci odpowiedzieć, a nie odsyłać Cię do lekarza GP.
    .if-not = Jeśli szpital nie odezwał się w terminie, który Ci podano, zadzwoń do zespołu w szpitalu.
    .ask =
        Jak długo czeka się na wizytę u tego zespołu?
        Do kogo mam dzwonić, jeśli zmienią się nasze plany?

child-referral-worse =
    .title = Jeśli dziecku się pogorszy, gdy czekacie
    .body =
        Jeśli problem się pogorszy, powiedz o tym zespołowi w szpitalu. To oni decydują, czy dziecko trzeba przyjąć szybciej.
        Jeśli dziecko źle się czuje i nie wiesz, co zrobić, zadzwoń do przychodni GP albo pod NHS 111.
        W nagłym wypadku zadzwoń pod 999.
        Jeśli dziecko ma nowy problem, który nie wiąże się z tym, idź z nim jak zwykle do lekarza GP.
    .if-not = Jeśli zespół w szpitalu nie oddzwoni, zadzwoń jeszcze raz. Jeśli dziecku jest gorzej, zadzwoń pod NHS 111 albo do lekarza GP.
    .ask =
        Przy jakich zmianach mam do Państwa zadzwonić?
        Czy dziecko może być przyjęte szybciej, jeśli poczuje się gorzej?

child-referral-visit =
    .title = Pierwsza wizyta dziecka
    .body =
        Dziecko spotyka się z pediatrą albo z kimś innym z zespołu dziecięcego. Mogą porozmawiać z Tobą i z dzieckiem, zbadać dziecko albo zrobić badania.
        Weź ze sobą list, listę leków dziecka i swoje pytania.
        Za każdą część opieki nad dzieckiem powinien odpowiadać jeden zespół. Jeśli nie wiesz, który to zespół, zapytaj.
    .if-not = Jeśli wizyta zostanie odwołana, zespół w szpitalu powinien dać Ci nowy termin. Zadzwoń do nich, jeśli nadal nie masz nowego terminu.
    .ask =
        Co Pana/Pani zdaniem dolega dziecku?
        Który zespół odpowiada za każdą część opieki nad moim dzieckiem?
        Do kogo mam dzwonić, jeśli później będę mieć pytanie?

child-referral-results =
    .title = Wyniki badań i co dalej
    .body =
        Jeśli zespół w szpitalu zleca badanie, sam sprawdza wynik i mówi Ci o nim. Tak jest nawet wtedy, gdy krew pobrano w przychodni GP.
        Jeśli lekarz GP ma coś zrobić, zespół w szpitalu pisze do niego w ciągu 10 dni. Kopia powinna trafić też do Ciebie.
    .if-not = Jeśli wynik się spóźnia, skontaktuj się z zespołem, który zlecił badanie. Jeśli po 2 tygodniach nie masz listu, zadzwoń do zespołu w szpitalu.
    .ask =
        Kiedy i jak poznam wyniki?
        Czy dziecko musi przyjść do Państwa ponownie?
        Czy nasz lekarz GP musi coś zrobić?
