# Journey: moving from private care to the NHS.
# Structure and sources: src/journeys/private_care.rs

private-care =
    .title = Przejście z prywatnej opieki do NHS
    .summary = Kto daje Ci leki i robi badania kontrolne po wizycie u prywatnego lekarza i jak trafić na listę oczekujących NHS.
    .intro = Masz za sobą wizytę u prywatnego lekarza, a teraz chcesz, żeby część Twojego leczenia była w NHS. Niektóre rzeczy przechodzą do NHS, a inne nie. Oto kto co robi.
    .keywords = prywatnie, prywatny lekarz, prywatna klinika, prywatny szpital, prywatny konsultant, prywatna recepta, płatne, płatna wizyta, ubezpieczenie, przejście do NHS, lista oczekujących NHS po leczeniu prywatnym, lekarz GP nie chce przepisać, prywatne badania, private, private doctor, private clinic, private hospital, private prescription, insurance, switch to NHS, private tests

private-care-clinic =
    .title = Prywatna klinika zajmuje się tym, co zaczęła
    .body =
        Prywatna klinika daje Ci pierwszą receptę na każdy lek, który włączyła. Płacisz za nią.
        Jeśli prywatny lekarz zleca badania albo kontrole, robi je prywatna klinika i podaje Ci wyniki.
        Prywatna klinika powinna napisać do lekarza GP o Twoim leczeniu.
    .if-not = Jeśli masz pytanie o leczenie prywatne, skontaktuj się z prywatną kliniką. Jej dane kontaktowe są w liście.
    .ask =
        Czy napiszą Państwo do mojego lekarza GP?
        Kto robi moje badania i kontrole?

private-care-gp-prescribing =
    .title = Lekarz GP może przejąć przepisywanie niektórych leków
    .body =
        Możesz poprosić lekarza GP, żeby przepisywał lek, który włączył prywatny lekarz. Lekarz GP decyduje, czy to dla Ciebie właściwe.
        Lekarz GP może odmówić. Może tak być, bo lek wymaga stałej kontroli specjalisty. Albo dlatego, że zwykle nie daje się go w NHS.
        Jeśli lekarz GP odmówi, lek nadal daje Ci prywatna klinika.
    .if-not = Jeśli lek niedługo się skończy, skontaktuj się z prywatną kliniką, zanim to nastąpi.
    .ask =
        Czy może mi Pan/Pani przepisać ten lek w NHS?
        Jeśli nie, co mam zrobić?

private-care-nhs-list =
    .title = Jak trafić na listę oczekujących NHS
    .body =
        Żeby przyjął Cię zespół w szpitalu NHS, zwykle potrzebujesz skierowania w NHS. Porozmawiaj z lekarzem GP.
        Lekarz GP decyduje, czy potrzebujesz skierowania. Zapytaj lekarza GP, jak to będzie wyglądać w Twoim przypadku.
    .if-not = Jeśli nie wiesz, jakie zasady obowiązują w Twojej okolicy, zapytaj w przychodni GP.
    .ask =
        Czy może mnie Pan/Pani skierować z tym do NHS?
        Czy będę musieć czekać od początku?

private-care-worse =
    .title = Jeśli poczujesz się gorzej
    .body =
        Jeśli poczujesz się dużo gorzej albo masz nowe objawy, które Cię niepokoją, tego samego dnia skontaktuj się z przychodnią GP albo zadzwoń pod NHS 111. W nagłym wypadku zadzwoń pod 999.
        Powiedz o tym też prywatnemu lekarzowi, który Cię leczy.
    .if-not = Jeśli nikt nie oddzwoni do końca następnego dnia roboczego, zadzwoń jeszcze raz. Jeśli czujesz się gorzej, tego samego dnia zadzwoń pod NHS 111.
    .ask =
        Do kogo mam dzwonić, jeśli w nocy poczuję się gorzej?
