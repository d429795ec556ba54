# Journey: missing or cancelling a hospital visit.
# Structure and sources: src/journeys/missed_appointments.rs

missed-appointments =
    .title = Jeśli opuścisz albo odwołasz wizytę w szpitalu
    .summary = Co zrobić, jeśli nie możesz przyjść na wizytę w szpitalu, i kto umawia nową.
    .intro = Czasem nie możesz przyjść na wizytę w szpitalu. Oto co zrobić i kto ustala nowy termin. Najczęściej nie powinno być tak, że musisz zaczynać wszystko od nowa u lekarza rodzinnego (GP).
    .keywords = opuszczona wizyta, nieobecność na wizycie, zapomniałem, zapomniałam, zapomniałem o wizycie, zapomniałam o wizycie, odwołać wizytę, odwołanie wizyty, odwołana wizyta, nie mogę przyjść, nie dam rady przyjść, zmiana terminu, przełożyć wizytę, przesunąć wizytę, nowy termin, umówić ponownie, wypisany, wypisana, list o wypisaniu, szpital odwołał wizytę, odwołana operacja, odwołany zabieg, szpital przesunął wizytę, ponowne skierowanie, powrót do lekarza GP, missed appointment, cancel, cancelled, reschedule, rebook, did not attend, DNA, discharged, discharge letter, operation cancelled, surgery cancelled, GP

missed-appointments-tell =
    .title = Powiedz szpitalowi jak najszybciej
    .body =
        Jeśli nie możesz przyjść na wizytę w szpitalu, jak najszybciej powiedz o tym zespołowi w szpitalu. Użyj numeru z listu albo SMS-a.
        Wtedy mogą dać Twój termin komuś innemu.
        Podczas rozmowy poproś o nowy termin.
    .if-not = Jeśli nie możesz się dodzwonić, spróbuj jeszcze raz następnego dnia roboczego. Niektóre szpitale pozwalają też zmienić wizytę przez internet albo SMS-em.
    .ask =
        Czy mogę teraz dostać nowy termin?
        Czy zamiast tego mogę mieć rozmowę przez telefon albo wideo?

missed-appointments-rebook =
    .title = Szpital umawia nowy termin
    .body =
        Nowy termin umawia zespół w szpitalu. Nie robi tego lekarz GP.
        Jeśli nie było Cię na wizycie i nikt nie uprzedził szpitala, jak najszybciej zadzwoń do zespołu w szpitalu. Powiedz, że nadal potrzebujesz wizyty.
        Szpital nie powinien mieć zasady, że każdy, kto opuści wizytę, jest odsyłany do swojego lekarza GP.
    .if-not = Jeśli szpital każe Ci wrócić do lekarza GP, zapytaj dlaczego. Zapytaj, czy mogą zamiast tego dać Ci nowy termin.
    .ask =
        Kiedy jest mój nowy termin?
        Co się stanie, jeśli opuszczę kolejną wizytę?

missed-appointments-discharged =
    .title = Jeśli dostaniesz list o wypisaniu z poradni
    .body =
        Po opuszczonej wizycie lekarz w szpitalu przegląda Twoją dokumentację. Może uznać, że nie musisz przychodzić na wizytę. Wtedy wysyła list do Ciebie i do lekarza GP. Nazywa się to listem o wypisaniu (discharge letter).
        Jeśli nadal masz ten problem, najpierw zadzwoń do zespołu w szpitalu. Powiedz, dlaczego nie było Cię na wizycie. Zapytaj, czy mogą Cię przyjąć.
        Jeśli nie mogą, skontaktuj się z przychodnią GP. Lekarz GP może Cię skierować jeszcze raz, jeśli nadal tego potrzebujesz.
    .if-not = Jeśli nie wiesz, czy nadal jesteś na liście, zadzwoń do zespołu w szpitalu i zapytaj. Nie czekaj, aż się dowiesz.
    .ask =
        Czy nadal jestem na Państwa liście?
        Czy po moich wyjaśnieniach mogą mnie Państwo przyjąć?

missed-appointments-hospital-cancels =
    .title = Jeśli szpital odwoła wizytę
    .body =
        Czasem szpital musi odwołać albo przełożyć Twoją wizytę.
        Wtedy zespół w szpitalu powinien dać Ci nowy termin. To ich zadanie, a nie lekarza GP.
        Szpital może odwołać Twoją operację w dniu zabiegu z powodu, który nie dotyczy Twojego zdrowia. Wtedy powinien zaproponować Ci nowy termin w ciągu 28 dni. Jeśli nie może, powinien zapłacić za operację w innym szpitalu.
        Jeśli w czasie czekania poczujesz się gorzej, tego samego dnia skontaktuj się z przychodnią GP albo z NHS 111 i powiedz o tym zespołowi w szpitalu. W nagłym wypadku zadzwoń pod 999.
    .if-not = Jeśli nie masz nowego terminu, zadzwoń do zespołu w szpitalu.
    .ask =
        Dlaczego moja wizyta została odwołana?
        Kiedy dostanę nowy termin?
