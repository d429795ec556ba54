# Journey: your child is sent to a children's doctor. Written for parents and carers.
# Structure and sources: src/journeys/child_referral.rs

child-referral =
    .title = Twoje dziecko dostaje skierowanie do lekarza dla dzieci
    .summary = Kto umawia wizytę dziecka, do kogo dzwonić, gdy czekacie, i kto poda Ci wyniki.
    .intro = Twój lekarz rodzinny (GP) chce, żeby lekarz dla dzieci w szpitalu pomógł w opiece nad Twoim dzieckiem. Jako rodzic lub opiekun dostajesz informacje o tym, co dzieje się z dzieckiem. Oto co będzie dalej i kto za co odpowiada.
    .keywords = dziecko, dzieci, moje dziecko, syn, córka, niemowlę, bobas, pediatra, pediatria, lekarz dla dzieci, szpital dziecięcy, skierowanie dziecka, skierowanie, list ze szpitala, wizyta, lista oczekujących, rodzic, opiekun, dziecko bardziej chore, dziecku się pogarsza, child, paediatrician, children's doctor, referral, appointment, waiting list, child more unwell, child getting worse, GP

child-referral-advice =
    .title = Lekarz GP może najpierw poprosić lekarza dla dzieci o poradę
    .body =
        Lekarz dla dzieci to pediatra. Lekarz GP może najpierw poprosić pediatrę o poradę w sprawie Twojego dziecka. Może to zrobić telefonicznie albo przez internet.
        W niektórych okolicach pediatra przychodzi do przychodni GP i tam przyjmuje dzieci. Niektórymi dziećmi zespół ze szpitala może opiekować się w domu.
        Dzięki poradzie dziecko może nie musieć iść do szpitala. Lekarz GP mówi Ci, co powiedział pediatra.
    .if-not = Jeśli nie wiesz, co lekarz GP robi w sprawie Twojego dziecka, skontaktuj się z przychodnią GP i zapytaj.
    .ask =
        Czy prosi Pan/Pani pediatrę o poradę, czy kieruje moje dziecko do szpitala?
        Jak się dowiem, co powiedział pediatra?

child-referral-sent =
    .title = Lekarz GP wysyła skierowanie
    .body =
        Jeśli dziecko musi iść do pediatry, lekarz GP do niego pisze. Nazywa się to skierowaniem.
        Lekarz GP pisze też, jak szybko trzeba przyjąć dziecko. Skierowanie może być zwykłe albo pilne.
        Czasem szpital prosi najpierw o badania. Wtedy lekarz GP je organizuje, zanim wyśle skierowanie.
        Dostajesz te same informacje, które dostałby dorosły pacjent. Dostajesz je w imieniu dziecka.
    .if-not = Zapytaj lekarza GP, kiedy powinna przyjść wiadomość o skierowaniu. Jeśli do tego czasu nic nie wiesz, skontaktuj się z przychodnią GP. Zapytaj, czy skierowanie zostało wysłane.
    .ask =
        Dlaczego moje dziecko musi iść do pediatry?
        Czy to skierowanie jest zwykłe, czy pilne?
        Czy dziecko potrzebuje najpierw jakichś badań?

child-referral-booking =
    .title = Dostajesz list, e-mail albo SMS, żeby umówić wizytę
    .body =
        Możesz dostać list z numerem rezerwacji i hasłem. Trzymaj go w bezpiecznym miejscu.
        Możesz też dostać e-mail albo SMS. Jest w nim link do umówienia wizyty w NHS App albo na stronie internetowej NHS.
        Użyj go, żeby wybrać dzień i godzinę wizyty dziecka. Możesz też zadzwonić do zespołu, który umawia wizyty.
        Niektóre SMS-y, które wyglądają jak wiadomości od NHS, to oszustwo. NHS nie poprosi Cię o zapłatę ani o dane Twojego konta bankowego. Jeśli nie masz pewności, nie używaj linku. Zadzwoń pod numer z listu.
    .if-not = Jeśli do czasu, który podał lekarz GP, nic nie przyszło, zadzwoń pod numer z listu ze skierowaniem. Jeśli nie masz listu, zapytaj w przychodni GP.
    .ask =
        Czy mogę wybrać szpital dla mojego dziecka?
        Czy dziecko może mieć wizytę blisko naszego domu?

child-referral-waiting =
    .title = Dziecko czeka na wizytę
    .body =
        Zespół w szpitalu pilnuje miejsca dziecka na liście.
        Szpital może wysłać SMS, żeby sprawdzić, czy dziecko nadal potrzebuje wizyty. Odpowiedz, jeśli możesz. Jeśli nie odpowiesz, zadzwoń do zespołu w szpitalu. Dziecko nie zostanie skreślone z listy tylko dlatego, że nie odpowiedziano na SMS.
        Jeśli masz pytanie o wizytę, zapytaj zespół w szpitalu. Powinni Ci odpowiedzieć, a nie odsyłać Cię do lekarza GP.
    .if-not = Jeśli szpital nie odezwał się w terminie, który Ci podano, zadzwoń do zespołu w szpitalu.
    .ask =
        Jak długo czeka się na wizytę u tego zespołu?
        Do kogo mam dzwonić, jeśli zmienią się nasze plany?

child-referral-worse =
    .title = Jeśli dziecko wydaje się bardziej chore
    .body =
        Ufaj swoim odczuciom. Ty znasz swoje dziecko najlepiej.
        Zadzwoń pod 999, jeśli dziecko ma trudności z oddychaniem, bardzo trudno je obudzić albo ma drgawki. Zadzwoń pod 999 także wtedy, gdy ma wysypkę, która nie blednie, kiedy przyciśniesz do niej szklankę.
        Jeśli dziecko wydaje się bardziej chore albo się niepokoisz, tego samego dnia skontaktuj się z przychodnią GP albo zadzwoń pod NHS 111.
        Powiedz o tym też zespołowi w szpitalu. Lekarz w szpitalu może sprawdzić, czy dziecko trzeba przyjąć szybciej. Lekarz GP może też zmienić skierowanie na pilne.
    .if-not = Jeśli zespół w szpitalu nie oddzwoni do końca następnego dnia roboczego, zadzwoń jeszcze raz. Nie czekaj na nich, jeśli dziecku wydaje się gorzej: tego samego dnia zadzwoń do przychodni GP albo pod NHS 111.
    .ask =
        Przy jakich objawach mam do Państwa zadzwonić?
        Czy dziecko może być przyjęte szybciej, jeśli poczuje się gorzej?

child-referral-visit =
    .title = Pierwsza wizyta dziecka
    .body =
        Dziecko spotyka się z pediatrą albo z kimś innym z zespołu dziecięcego. Mogą porozmawiać z Tobą i z dzieckiem, zbadać dziecko albo zrobić badania.
        Weź ze sobą list, listę leków dziecka i swoje pytania.
        Za każdą część opieki nad dzieckiem powinien odpowiadać jeden zespół. Jeśli nie wiesz, który to zespół, zapytaj.
        Starsze dzieci mogą chcieć porozmawiać z lekarzem same przez część wizyty. Młodzi ludzie często mogą sami zdecydować, co zostanie przekazane rodzicom.
    .if-not = Jeśli wizyta zostanie odwołana, zespół w szpitalu powinien dać Ci nowy termin. Zadzwoń do nich, jeśli nadal nie masz nowego terminu.
    .ask =
        Co Pana/Pani zdaniem dolega dziecku?
        Który zespół odpowiada za każdą część opieki nad moim dzieckiem?
        Do kogo mam dzwonić, jeśli później będę mieć pytanie?

child-referral-letter =
    .title = Szpital pisze do Twojego lekarza GP
    .body =
        Po wizycie zespół w szpitalu pisze do lekarza GP, jeśli lekarz GP ma coś zrobić. Nazywa się to listem z poradni (clinic letter). Kopia powinna trafić też do Ciebie.
    .if-not = Jeśli przychodnia GP nie dostała listu w podanym czasie, zadzwoń do zespołu w szpitalu. Poproś, żeby go wysłali.
    .ask =
        Czy nasz lekarz GP musi coś zrobić?
        Czy mogę dostać kopię listu?

child-referral-results =
    .title = Badania i wyniki
    .body =
        Jeśli zespół w szpitalu zleca badanie, sam sprawdza wynik i mówi Ci o nim.
        Dzieciom często pobiera się krew w poradni dla dzieci w szpitalu. Zapytaj zespół, gdzie iść.
        Bez względu na to, gdzie zrobiono badanie, wynik podaje Ci zespół, który je zlecił.
    .if-not = Jeśli wynik się spóźnia, skontaktuj się z zespołem, który zlecił badanie.
    .ask =
        Gdzie dziecko powinno zrobić badanie?
        Kiedy i jak poznam wyniki?
        Czy dziecko musi przyjść do Państwa ponownie?
