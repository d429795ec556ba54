# Journey: moving from children's to adult care. Written for young people.
# Structure and sources: src/journeys/moving_to_adult_care.rs

moving-to-adult-care =
    .title = Przejście z opieki dla dzieci do opieki dla dorosłych
    .summary = Kto planuje Twoje przejście do opieki dla dorosłych i z kim się kontaktować przed nim i po nim.
    .intro = Masz problem zdrowotny, który trwa długo. Nazywa się to chorobą przewlekłą. Gdy dorastasz, Twoja opieka przechodzi od zespołu dziecięcego do usług dla dorosłych. Oto kto co robi.
    .keywords = przejście do opieki dla dorosłych, opieka dla dorosłych, usługi dla dorosłych, przejście, przeniesienie, dorastanie, 16 lat, 18 lat, skończę 18 lat, nastolatek, nastolatka, młoda osoba, młody dorosły, szpital dziecięcy, choroba przewlekła, poradnia dla dorosłych, koniec opieki dziecięcej, transition, adult services, transfer, long-term condition, GP

moving-to-adult-care-plan =
    .title = Zespół dziecięcy planuje przejście
    .body =
        Twój zespół dziecięcy w szpitalu planuje Twoje przejście do opieki dla dorosłych. Powinni zacząć z Tobą o tym rozmawiać najpóźniej w 9. klasie szkoły (Year 9), gdy masz 13 albo 14 lat.
        Powinna być jedna wyznaczona osoba (named worker), która pomaga Ci to zaplanować. Zapytaj, kto to jest.
        Jeśli chcesz, możesz przyjść z rodzicem albo opiekunem. Możesz też poprosić, żeby przez część każdej wizyty porozmawiać z lekarzem na osobności.
    .if-not = Jeśli nikt nie rozmawiał z Tobą o przejściu, zapytaj swój zespół dziecięcy. Możesz zapytać na następnej wizycie.
    .ask =
        Kiedy przejdę do opieki dla dorosłych?
        Kto jest moją wyznaczoną osobą (named worker)?
        Czy przez część wizyty mogę porozmawiać z Panem/Panią na osobności?

moving-to-adult-care-before =
    .title = Przed przejściem
    .body =
        Do czasu przejścia Twoją opieką nadal kieruje zespół dziecięcy.
        Przed przejściem powinna być możliwość poznania kogoś z zespołu dla dorosłych.
        Kontaktuj się z zespołem dziecięcym, jeśli masz pytania albo jeśli Twoja choroba się pogorszy. Jeśli źle się czujesz i nie wiesz, co zrobić, tego samego dnia zadzwoń do przychodni GP albo pod NHS 111. W nagłym wypadku zadzwoń pod 999.
    .if-not = Jeśli zespół dziecięcy nie oddzwoni do końca następnego dnia roboczego, zadzwoń jeszcze raz. Jeśli czujesz się gorzej, tego samego dnia zadzwoń pod NHS 111 albo do lekarza GP.
    .ask =
        Z kim mam się kontaktować do czasu przejścia?
        Czy mogę poznać zespół dla dorosłych przed przejściem?

moving-to-adult-care-adult-team =
    .title = Zespół dla dorosłych przejmuje opiekę
    .body =
        Po przejściu Twoją chorobą może się zajmować zespół dla dorosłych w szpitalu.
        Twoja wyznaczona osoba (named worker) powinna być z Tobą w kontakcie przez około 6 miesięcy po przejściu, żeby sprawdzić, czy wszystko poszło dobrze.
        Za każdą część Twojej opieki powinien odpowiadać jeden zespół. Powinno być dla Ciebie jasne, który to zespół. Zapisz ich numer telefonu i trzymaj go w bezpiecznym miejscu.
    .if-not = Jeśli nie wiesz, kto teraz odpowiada za Twoją opiekę, zapytaj swoją wyznaczoną osobę (named worker). Możesz też zapytać w przychodni GP.
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
