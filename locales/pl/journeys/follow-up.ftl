# Journey: follow-up after a clinic, patient initiated follow-up, and discharge from clinic.
# Structure and sources: src/journeys/follow_up.rs

follow-up =
    .title = Co się dzieje po wizycie w poradni
    .summary = Kto umawia następną wizytę albo badanie, kiedy samemu się kontaktować i co się dzieje, gdy poradnia kończy opiekę.
    .intro = Po wizycie w poradni zespół w szpitalu mówi, co będzie dalej. Może znowu się z Tobą spotkać, poprosić o kontakt, gdy go potrzebujesz, albo odesłać Cię z powrotem do lekarza GP. Oto kto co robi w każdej z tych sytuacji.
    .keywords = wizyta kontrolna, kontrola, wizyta kontrolna na prośbę pacjenta, otwarta wizyta, kontakt w razie objawów, proszę się z nami skontaktować, wypisany z poradni, wypisana z poradni, odesłany do lekarza GP, powrót do lekarza GP, następna wizyta, powtórny skan, wezwanie na kontrolę, przegląd roczny, follow-up, follow up, patient initiated follow-up, PIFU, open appointment, discharged from clinic, discharged to GP, recall, check-up, annual review

follow-up-choice =
    .title = Zespół w szpitalu mówi, co dalej
    .body =
        Na koniec wizyty w poradni zespół w szpitalu mówi Ci, co będzie dalej.
        Może umówić kolejną wizytę albo badanie. Może poprosić o kontakt wtedy, gdy go potrzebujesz. Albo może Cię wypisać z poradni. To znaczy, że znowu opiekuje się Tobą lekarz GP.
        Powinni Ci powiedzieć, która z tych rzeczy dotyczy Ciebie. Jest to też w liście z poradni.
    .if-not = Jeśli nie wiesz, co z tego dotyczy Ciebie, zadzwoń do zespołu w szpitalu i zapytaj.
    .ask =
        Czy jeszcze się u Państwa zobaczę?
        Czy to Państwo to umówią, czy ja mam się z Państwem skontaktować?

follow-up-recall =
    .title = Szpital sam umawia swoje wizyty i badania
    .body =
        Jeśli zespół w szpitalu chce Cię znowu zobaczyć albo powtórzyć badanie, sam to umawia. Dotyczy to też kontroli, które są co roku.
        Lekarz GP nie umawia Ci wizyt ani badań w szpitalu.
    .if-not = Jeśli wizyta albo badanie, o których Ci powiedziano, nie zostały umówione w podanym czasie, zadzwoń do zespołu w szpitalu.
    .ask =
        Kiedy będzie moja następna wizyta u Państwa?
        Kto umawia moje następne badanie?

follow-up-patient-initiated =
    .title = Jeśli masz samodzielnie kontaktować się z zespołem
    .body =
        Niektóre zespoły nie umawiają kolejnej wizyty. Zamiast tego to Ty kontaktujesz się z nimi, gdy ich potrzebujesz. Nazywa się to wizytą kontrolną na prośbę pacjenta (patient initiated follow-up, PIFU).
        Zespół daje Ci numer telefonu, mówi, przy jakich objawach dzwonić, i jak długo możesz tak robić.
        Jeśli do końca tego czasu nie zadzwonisz, zespół może wypisać Cię z poradni i oddać pod opiekę lekarza GP. Powinni Ci o tym powiedzieć, zanim to zrobią.
    .if-not = Jeśli dzwonisz i nie możesz się dodzwonić, spróbuj jeszcze raz następnego dnia roboczego. Jeśli czujesz się gorzej, tego samego dnia skontaktuj się z przychodnią GP albo z NHS 111.
    .ask =
        Przy jakich objawach mam się z Państwem skontaktować?
        Jak długo mogę się z Państwem kontaktować?
        Co się stanie, gdy ten czas minie?

follow-up-discharged =
    .title = Jeśli poradnia Cię wypisze
    .body =
        Wypisanie oznacza, że zespół w szpitalu skończył swoją pracę. Znowu opiekuje się Tobą przychodnia GP.
        List z poradni mówi lekarzowi GP, co robić dalej i na co uważać.
        Jeśli problem wróci albo się pogorszy, skontaktuj się z przychodnią GP. Lekarz GP może Cię skierować jeszcze raz, jeśli tego potrzebujesz.
    .if-not = Jeśli myślisz, że wypisano Cię przez pomyłkę, zadzwoń do zespołu w szpitalu i zapytaj.
    .ask =
        Dlaczego mnie Państwo wypisują?
        Z czym mam wrócić do lekarza GP?

follow-up-worse =
    .title = Jeśli poczujesz się gorzej
    .body =
        Jeśli poczujesz się dużo gorzej albo masz nowe objawy, które Cię niepokoją, tego samego dnia skontaktuj się z przychodnią GP albo zadzwoń pod NHS 111. W nagłym wypadku zadzwoń pod 999.
        Jeśli masz numer do zespołu w szpitalu, powiedz o tym też jemu.
    .if-not = Jeśli nikt nie oddzwoni do końca następnego dnia roboczego, zadzwoń jeszcze raz. Jeśli czujesz się gorzej, tego samego dnia zadzwoń pod NHS 111.
    .ask =
        Do kogo mam dzwonić w nocy albo w weekend?
