# Journey: the hospital sends you on to another team.
# Structure and sources: src/journeys/onward_referral.rs

onward-referral =
    .title = Szpital kieruje Cię do innego zespołu
    .summary = Gdy zespół w szpitalu kieruje Cię od razu do innego zespołu, bez powrotu do lekarza rodzinnego (GP).
    .intro = Czasem zespół w szpitalu stwierdza, że musisz iść do innego zespołu. Często może Cię tam skierować sam. Oto jak to działa i kogo pytać.
    .keywords = dalsze skierowanie, skierowanie do innego zespołu, inny zespół, inny specjalista, drugi specjalista, inny oddział, inna poradnia, nowy problem, powiązany problem, pilne badania, pilne leczenie, skierowanie ze szpitala, czy muszę iść do lekarza GP, powrót do lekarza GP, przeniesienie, onward referral, referral, transfer, GP

onward-referral-direct =
    .title = Szpital kieruje Cię tam bezpośrednio
    .body =
        Zespół w szpitalu może stwierdzić, że musisz iść do innego zespołu. Sam Cię tam kieruje, gdy nowy problem wiąże się z powodem pierwszego skierowania.
        Robi tak też wtedy, gdy potrzebujesz pilnych badań albo leczenia. Na przykład wtedy, gdy lekarze podejrzewają, że możesz mieć raka.
        Nie musisz w tej sprawie wracać do lekarza GP.
    .if-not = Czy zespół w szpitalu każe Ci wrócić do lekarza GP? Jeśli problem jest powiązany albo pilny, poproś, żeby sami Cię skierowali.
    .ask =
        Do którego zespołu mnie Państwo kierują i dlaczego?
        Czy to pilne?
        Czy powiedzą Państwo o tym mojemu lekarzowi GP?

onward-referral-hear =
    .title = Nowy zespół się z Tobą kontaktuje
    .body =
        Nowy zespół kontaktuje się z Tobą, żeby umówić wizytę. Często robi to listem, SMS-em albo telefonicznie.
        Pilnuj, żeby szpital miał Twoje aktualne dane kontaktowe. Wtedy nowy zespół będzie mógł się z Tobą skontaktować.
        Jeśli nie masz pewności, czy SMS albo telefon naprawdę jest ze szpitala, zadzwoń pod numer z listu ze szpitala.
    .if-not = Jeśli nikt się nie odezwał w terminie, który Ci podano, zadzwoń do zespołu, który Cię skierował. Poproś, żeby sprawdzili, czy skierowanie zostało wysłane.
    .ask =
        Kiedy powinien odezwać się nowy zespół?
        Jak się ze mną skontaktują?

onward-referral-questions =
    .title = Do kogo dzwonić z pytaniami
    .body =
        Jeśli masz pytanie, dlaczego Cię skierowano dalej, zadzwoń do zespołu, który Cię skierował.
        Jeśli masz pytanie o nową wizytę, zadzwoń do nowego zespołu. Ich numer jest w liście albo SMS-ie.
        Oba zespoły powinny same odpowiadać na Twoje pytania. Nie powinny odsyłać Cię do lekarza GP.
        Jeśli w czasie czekania poczujesz się dużo gorzej, tego samego dnia skontaktuj się z przychodnią GP albo z NHS 111 i powiedz o tym zespołowi w szpitalu. W nagłym wypadku zadzwoń pod 999.
    .if-not = Jeśli nie możesz dostać odpowiedzi, poproś o kontakt z biurem porad dla pacjentów w szpitalu. Pomagają, gdy coś pójdzie nie tak.
    .ask =
        Kto teraz odpowiada za moją opiekę?
        Do kogo mam dzwonić, jeśli poczuję się gorzej?

onward-referral-not-linked =
    .title = Jeśli nowy problem nie jest powiązany
    .body =
        Jeśli nowy problem nie jest powiązany ani pilny, zespół w szpitalu może Cię nie skierować dalej. Może zamiast tego napisać o nim do lekarza GP.
        Zapytaj zespół w szpitalu, co masz teraz zrobić.
        Z każdym nowym problemem, który Cię niepokoi, możesz jak zwykle iść do lekarza GP.
    .if-not = Jeśli nie wiesz, kto zajmuje się nowym problemem, zapytaj zespół w szpitalu. Możesz też zapytać w przychodni GP.
    .ask =
        Kto zajmie się tym nowym problemem?
        Czy napiszą Państwo o tym do mojego lekarza GP?
