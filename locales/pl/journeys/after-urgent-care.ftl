# Journey: after A&E or an urgent treatment centre.
# Structure and sources: src/journeys/after_urgent_care.rs

after-urgent-care =
    .title = Po wizycie w A&E albo w ośrodku pilnej pomocy
    .summary = Kto co robi po wizycie w A&E, kto podaje Ci wyniki badań i kiedy iść do lekarza GP.
    .intro = Masz za sobą wizytę w A&E (szpitalnym oddziale ratunkowym) albo w ośrodku pilnej pomocy (urgent treatment centre), a teraz jesteś w domu. Oto kto co robi dalej i z kim się kontaktować.
    .keywords = A&E, SOR, szpitalny oddział ratunkowy, izba przyjęć, pogotowie, ośrodek pilnej pomocy, punkt pomocy bez umawiania, drobne urazy, po A&E, poradnia złamań, złamana kość, złamanie, wyniki prześwietlenia, idź do lekarza GP, jeśli, wizyta kontrolna po A&E, A and E, accident and emergency, emergency department, urgent treatment centre, UTC, walk-in centre, minor injuries, fracture clinic, x-ray results, follow-up after A&E

after-urgent-care-letter =
    .title = Szpital mówi lekarzowi GP o Twojej wizycie
    .body =
        A&E albo ośrodek pilnej pomocy wysyła do przychodni GP list o Twojej wizycie.
        Nie musisz umawiać wizyty u lekarza GP tylko po to, żeby powiedzieć o tej wizycie.
        Poproś o kartę z zaleceniami, jeśli ją mają. Wtedy będziesz wiedzieć, na co uważać w domu.
    .if-not = Jeśli przychodnia GP potrzebuje listu, a go nie dostała, zadzwoń do A&E albo do ośrodka pilnej pomocy. Poproś, żeby go wysłali.
    .ask =
        Czy powiedzą Państwo mojemu lekarzowi GP o dzisiejszej wizycie?
        Czy mogę dostać kartę z zaleceniami do domu?

after-urgent-care-follow-up =
    .title = Szpital umawia Twoją następną wizytę
    .body =
        Możesz musieć przyjść ponownie, na przykład do poradni złamań (fracture clinic), jeśli masz złamaną kość. Umawia to szpital, a nie lekarz GP.
        Czasem zespół od złamań dzwoni do Ciebie, zamiast spotkać się z Tobą.
    .if-not = Jeśli powiedziano Ci, że dostaniesz wiadomość o dalszej wizycie, a nikt się nie odezwał, zadzwoń pod numer z karty z zaleceniami albo z listu. Jeśli nie masz numeru, zadzwoń pod główny numer szpitala.
    .ask =
        Czy muszę przyjść ponownie? Kto to umówi?
        Jak się Państwo ze mną skontaktują?

after-urgent-care-results =
    .title = Wynik podaje zespół, który zrobił badanie
    .body =
        Niektóre badania, na przykład prześwietlenia, ktoś ogląda jeszcze raz po Twoim wyjściu. Za wynik odpowiada zespół, który zlecił badanie.
        Jeśli z powodu wyniku trzeba coś zrobić, ten zespół kontaktuje się z Tobą albo z lekarzem GP. Zapytaj, jak to zrobią.
    .if-not = Jeśli powiedziano Ci, że dostaniesz wiadomość o wyniku, a nikt się nie odezwał, zadzwoń tam, gdzie była Twoja wizyta.
    .ask =
        Czy jakieś wyniki jeszcze nie przyszły?
        Kto mi o nich powie?

after-urgent-care-see-gp =
    .title = Gdy mówią: idź do lekarza GP, jeśli…
    .body =
        Personel może powiedzieć: idź do lekarza GP, jeśli coś się nie poprawi. To znaczy, że musisz samodzielnie skontaktować się z przychodnią GP. Przychodnia nie będzie wiedzieć, że ma się z Tobą skontaktować.
        Jeśli podali Ci termin, skontaktuj się z przychodnią GP, jeśli do tego czasu nie poczujesz się lepiej.
    .if-not = Jeśli nie możesz dodzwonić się do przychodni GP i się niepokoisz, zadzwoń pod NHS 111.
    .ask =
        Na co mam uważać?
        Kiedy mam iść do lekarza GP, jeśli nie będzie lepiej?

after-urgent-care-worse =
    .title = Jeśli poczujesz się gorzej
    .body =
        Jeśli poczujesz się gorzej albo masz nowe objawy, które Cię niepokoją, tego samego dnia zadzwoń pod NHS 111 albo skontaktuj się z przychodnią GP.
        Jeśli personel powiedział Ci, że masz wrócić, gdy coś się stanie, a to się stało, wróć.
        W nagłym wypadku zadzwoń pod 999.
    .if-not = Jeśli nie możesz dostać pomocy i czujesz się bardzo źle, zadzwoń pod 999.
    .ask =
        Przy jakich objawach mam wrócić?
