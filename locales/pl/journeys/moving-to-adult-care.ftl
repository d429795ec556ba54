# Journey: Moving from children's to adult services (for young people).
# Structure and sources: src/journeys/moving_to_adult_care.rs

moving-to-adult-care =
    .title = Przejście z opieki dla dzieci do opieki dla dorosłych
    .summary = Kto planuje Twoje przejście do opieki dla dorosłych i z kim się kontaktować przed nim i po nim.
    .intro = Masz problem zdrowotny, który trwa długo. Nazywa się to chorobą przewlekłą. Gdy dorastasz, Twoja opieka przechodzi od zespołu dziecięcego do usług dla dorosłych. Oto kto co robi.
    .keywords = przejście do opieki dla dorosłych, opieka dla dorosłych, usługi dla dorosłych, przejście, przeniesienie, dorastanie, 16 lat, 18 lat, skończę 18 lat, nastolatek, nastolatka, młoda osoba, młody dorosły, szpital dziecięcy, choroba przewlekła, poradnia dla dorosłych, koniec opieki dziecięcej, transition, adult services, transfer, long-term condition, GP

moving-to-adult-care-plan =
    .title = Zespół dziecięcy planuje przejście
    .body =
        Twój zespół dziecięcy w szpitalu planuje Twoje przejście do opieki dla dorosłych.
        Powinni z Tobą o tym porozmawiać. Zapytaj ich, kiedy to nastąpi i co się zmieni.
        Jeśli chcesz, możesz przyjść z rodzicem albo opiekunem.
    .if-not = Jeśli nikt nie rozmawiał z Tobą o przejściu, zapytaj swój zespół dziecięcy. Możesz zapytać na następnej wizycie.
    .ask =
        Kiedy przejdę do opieki dla dorosłych?
        Kto będzie się mną opiekować po przejściu?
        Czy mogę poznać nowy zespół przed przejściem?

moving-to-adult-care-before =
    .title = Przed przejściem
    .body =
        Do czasu przejścia Twoją opieką nadal kieruje zespół dziecięcy.
        Kontaktuj się z nimi, jeśli masz pytania albo jeśli Twoja choroba się pogorszy.
        Jeśli źle się czujesz i nie wiesz, co zrobić, zadzwoń do przychodni GP albo pod NHS 111. W nagłym wypadku zadzwoń pod 999.
    .if-not = Jeśli zespół dziecięcy nie oddzwoni, zadzwoń jeszcze raz. Jeśli czujesz się gorzej, zadzwoń pod NHS 111 albo do lekarza GP.
    .ask =
        Z kim mam się kontaktować do czasu przejścia?
        Co mam zrobić, jeśli poczuję się gorzej?

moving-to-adult-care-adult-team =
    .title = Zespół dla dorosłych przejmuje opiekę
    .body =
        Po przejściu Twoją chorobą może się zajmować zespół dla dorosłych w szpitalu.
        Za każdą część Twojej opieki powinien odpowiadać jeden zespół. Powinno być dla Ciebie jasne, który to zespół.
        Zapisz ich numer telefonu i trzymaj go w bezpiecznym miejscu.
    .if-not = Jeśli nie wiesz, kto teraz odpowiada za Twoją opiekę, zapytaj w przychodni GP. Możesz też zapytać swój dawny zespół dziecięcy.
    .ask =
        Który zespół odpowiada teraz za moją opiekę?
        Jak mogę się z Państwem skontaktować?
        Jak często będę mieć u Państwa wizyty?

moving-to-adult-care-gp =
    .title = Lekarz GP może zostać Twoim głównym lekarzem
    .body =
        Od tego momentu Twoim głównym lekarzem może zostać lekarz GP. To znaczy, że przychodnia GP zajmuje się większą częścią Twojej opieki.
        Zapytaj zespół dziecięcy, czy tak będzie w Twoim przypadku.
        Z nowymi problemami zdrowotnymi też zwracaj się do przychodni GP.
    .if-not = Jeśli nie wiesz, czy lekarz GP jest teraz Twoim głównym lekarzem, zapytaj w przychodni GP.
    .ask =
        Czy jest Pan/Pani teraz moim głównym lekarzem?
        Czy ma Pan/Pani moje listy ze szpitala?
        Do kogo mam dzwonić, jeśli moja choroba się pogorszy?
