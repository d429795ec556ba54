# Journey: Your GP asked a specialist for advice first.
# Structure and sources: src/journeys/advice_and_guidance.rs

advice-and-guidance =
    .title = Lekarz GP poprosił specjalistę o poradę
    .summary = Dlaczego lekarz GP najpierw prosi o poradę, ile trwa odpowiedź i do kogo dzwonić, gdy czekasz.
    .intro = Twój lekarz rodzinny (GP) poprosił specjalistę ze szpitala o poradę w Twojej sprawie. Specjalista to lekarz, który dużo wie o jednym rodzaju problemów zdrowotnych. Oto co będzie dalej i kto za co odpowiada.
    .keywords = porada specjalisty, porada, konsultacja, specjalista, lekarz poprosił o poradę, druga opinia, lekarz w szpitalu, konsultant, e-skierowanie, skierowanie, czekam na odpowiedź, advice and guidance, A and G, specialist advice, referral, consultant, GP

advice-and-guidance-asked =
    .title = Lekarz GP prosi o poradę
    .body =
        Twój lekarz GP chce poznać zdanie specjalisty o Twoim problemie. Dlatego wysyła mu pytanie przez internet. Używa do tego systemu e-Referral Service.
        Nazywa się to poradą specjalisty (advice and guidance). Porada może zastąpić skierowanie. Może też być przed skierowaniem.
        Specjalista czyta to, co wysłał lekarz GP. Na tym etapie nie spotyka się z Tobą.
    .if-not = Jeśli nie wiesz, czy lekarz GP wysłał pytanie, skontaktuj się z przychodnią GP. Zapytaj, czy pytanie zostało wysłane.
    .ask =
        O co zapytano specjalistę?
        Jak się dowiem, co odpowiedział?
        Czy później nadal mogę dostać skierowanie do szpitala?

advice-and-guidance-reply =
    .title = Specjalista odpisuje
    .body =
        Specjalista odpisuje lekarzowi GP, a nie Tobie.
        Często trwa to około 2 tygodni. Zależy to od szpitala. Jeden ze szpitali stara się odpowiedzieć w ciągu 10 dni roboczych.
    .if-not = Jeśli po 3 tygodniach nadal nic nie wiesz, skontaktuj się z przychodnią GP. Zapytaj, czy odpowiedź już przyszła.
    .ask =
        Kiedy może przyjść odpowiedź?
        Czy przychodnia do mnie zadzwoni, czy to ja mam zadzwonić?

advice-and-guidance-worse =
    .title = Jeśli poczujesz się gorzej, gdy czekasz
    .body =
        Gdy czekasz na odpowiedź, z pytaniami zwracaj się do przychodni GP.
        Jeśli problem się pogorszy, powiedz o tym w przychodni GP. Nie czekaj tylko na odpowiedź.
        Jeśli źle się czujesz i nie wiesz, co zrobić, zadzwoń do przychodni GP albo pod NHS 111.
        W nagłym wypadku zadzwoń pod 999.
    .if-not = Jeśli przychodnia GP się nie odezwie, zadzwoń jeszcze raz. Jeśli czujesz się gorzej, zadzwoń pod NHS 111.
    .ask =
        Przy jakich zmianach mam do Państwa zadzwonić?
        Czy mogą Państwo przekazać specjaliście, że czuję się gorzej?

advice-and-guidance-next =
    .title = Lekarz GP mówi Ci, co dalej
    .body =
        Lekarz GP mówi Ci, co napisał specjalista. Potem dzieje się jedna z dwóch rzeczy.
        Lekarz GP może postąpić zgodnie z poradą. Na przykład może zmienić Ci lek albo zlecić badanie.
        Albo specjalista może zamienić pytanie w skierowanie. To znaczy, że przyjmie Cię zespół w szpitalu.
        Wtedy dostaniesz list, e-mail albo SMS, żeby umówić wizytę. Może przyjść od „NHS Referrals”.
    .if-not = Jeśli lekarz GP nie powiedział Ci, co napisał specjalista, skontaktuj się z przychodnią GP.
    .ask =
        Co powiedział specjalista?
        Co będzie dalej i kto to zrobi?
        Czy muszę iść do zespołu w szpitalu?
