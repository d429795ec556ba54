# Journey: your GP asked a specialist for advice.
# Structure and sources: src/journeys/advice_and_guidance.rs

advice-and-guidance =
    .title = Lekarz GP poprosił specjalistę o poradę
    .summary = Dlaczego lekarz GP najpierw prosi o poradę, kto poda Ci odpowiedź i do kogo dzwonić, gdy czekasz.
    .intro = Twój lekarz rodzinny (GP) poprosił specjalistę ze szpitala o poradę w Twojej sprawie. Specjalista to lekarz, który dużo wie o jednym rodzaju problemów zdrowotnych. Oto co będzie dalej i kto za co odpowiada.
    .keywords = porada specjalisty, porada, konsultacja, specjalista, lekarz poprosił o poradę, druga opinia, lekarz w szpitalu, konsultant, e-skierowanie, skierowanie odesłane, skierowanie zwrócone, skierowanie wróciło, czekam na odpowiedź, advice and guidance, A and G, specialist advice, referral sent back, referral returned, consultant, GP

advice-and-guidance-asked =
    .title = Lekarz GP prosi o poradę
    .body =
        Twój lekarz GP chce poznać zdanie specjalisty o Twoim problemie. Dlatego wysyła mu pytanie. Może to zrobić przez internet albo telefonicznie.
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
        Specjalista odpowiada lekarzowi GP, a nie Tobie.
        To, ile to trwa, zależy od szpitala. Zapytaj lekarza GP, kiedy spodziewa się odpowiedzi.
    .if-not = Jeśli do czasu, który podał lekarz GP, nadal nic nie wiesz, skontaktuj się z przychodnią GP. Zapytaj, czy odpowiedź już przyszła.
    .ask =
        Kiedy może przyjść odpowiedź?
        Czy przychodnia do mnie zadzwoni, czy to ja mam zadzwonić?

advice-and-guidance-worse =
    .title = Jeśli poczujesz się gorzej, gdy czekasz
    .body =
        Gdy czekasz na odpowiedź, z pytaniami zwracaj się do przychodni GP.
        Jeśli poczujesz się dużo gorzej albo masz nowe objawy, które Cię niepokoją, tego samego dnia skontaktuj się z przychodnią GP albo zadzwoń pod NHS 111. Nie czekaj tylko na odpowiedź.
        W nagłym wypadku zadzwoń pod 999.
        Lekarz GP może powiedzieć o tym specjaliście albo wysłać pilne skierowanie.
    .if-not = Jeśli przychodnia GP nie odezwie się do końca następnego dnia roboczego, zadzwoń jeszcze raz. Jeśli czujesz się gorzej, zadzwoń pod NHS 111 tego samego dnia.
    .ask =
        Przy jakich zmianach mam do Państwa zadzwonić?
        Czy mogą Państwo przekazać specjaliście, że czuję się gorzej?

advice-and-guidance-next =
    .title = Lekarz GP mówi Ci, co dalej
    .body =
        Lekarz GP mówi Ci, co napisał specjalista. Potem dzieje się jedna z dwóch rzeczy.
        Lekarz GP może postąpić zgodnie z poradą. Na przykład może zmienić Ci lek albo zlecić badanie.
        Albo specjalista może zamienić pytanie w skierowanie. To znaczy, że przyjmie Cię zespół w szpitalu. Wtedy dostaniesz list, e-mail albo SMS, żeby umówić wizytę.
        Czasem skierowanie, które wysłał lekarz GP, wraca z poradą zamiast wizyty. Lekarz GP powinien Ci powiedzieć, co to dla Ciebie znaczy.
        Jeśli nie masz pewności, czy SMS albo e-mail jest prawdziwy, nie używaj linku z niego. Zadzwoń do przychodni GP albo pod numer z listu.
    .if-not = Jeśli lekarz GP nie powiedział Ci, co napisał specjalista, skontaktuj się z przychodnią GP.
    .ask =
        Co powiedział specjalista?
        Co będzie dalej i kto to zrobi?
        Czy muszę iść do zespołu w szpitalu?
