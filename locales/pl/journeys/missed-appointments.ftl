# Journey: If you miss or cancel a hospital appointment.
# Structure and sources: src/journeys/missed_appointments.rs

missed-appointments =
    .title = Jeśli opuścisz albo odwołasz wizytę w szpitalu
    .summary = Co zrobić, jeśli nie możesz przyjść na wizytę w szpitalu, i kto umawia nową.
    .intro = Czasem nie możesz przyjść na wizytę w szpitalu. Oto co zrobić i kto ustala nowy termin. Nie musisz zaczynać wszystkiego od nowa u lekarza rodzinnego (GP).
    .keywords = opuszczona wizyta, nieobecność na wizycie, zapomniałem, zapomniałam, zapomniałem o wizycie, zapomniałam o wizycie, odwołać wizytę, odwołanie wizyty, odwołana wizyta, nie mogę przyjść, nie dam rady przyjść, zmiana terminu, przełożyć wizytę, przesunąć wizytę, nowy termin, umówić ponownie, szpital odwołał wizytę, szpital przesunął wizytę, ponowne skierowanie, powrót do lekarza GP, missed appointment, cancel, cancelled, reschedule, rebook, did not attend, DNA, GP

missed-appointments-tell =
    .title = Powiedz szpitalowi jak najszybciej
    .body =
        Jeśli nie możesz przyjść na wizytę w szpitalu, jak najszybciej powiedz o tym zespołowi w szpitalu. Użyj numeru z listu albo SMS-a.
        Wtedy mogą dać Twój termin komuś innemu.
        Podczas rozmowy poproś o nowy termin.
    .if-not = Jeśli nie możesz się dodzwonić, próbuj dalej. Niektóre szpitale pozwalają też zmienić wizytę przez internet albo SMS-em.
    .ask =
        Czy mogę teraz dostać nowy termin?
        Czy zamiast tego mogę mieć rozmowę przez telefon albo wideo?

missed-appointments-rebook =
    .title = Szpital umawia nowy termin
    .body =
        Nowy termin umawia zespół w szpitalu. Nie robi tego lekarz GP.
        Jeśli nie było Cię na wizycie i nikt nie uprzedził szpitala, jak najszybciej zadzwoń do zespołu w szpitalu. Powiedz, że nadal potrzebujesz wizyty.
        Szpital nie powinien po prostu odsyłać Cię do lekarza GP po nowe skierowanie.
    .if-not = Jeśli szpital każe Ci wrócić do lekarza GP, zapytaj dlaczego. Zapytaj, czy mogą zamiast tego dać Ci nowy termin.
    .ask =
        Kiedy jest mój nowy termin?
        Co się stanie, jeśli opuszczę kolejną wizytę?

missed-appointments-hospital-cancels =
    .title = Jeśli szpital odwoła wizytę
    .body =
        Czasem szpital musi odwołać albo przełożyć Twoją wizytę.
        Wtedy zespół w szpitalu powinien dać Ci nowy termin. To ich zadanie, a nie lekarza GP.
        Jeśli w czasie czekania poczujesz się gorzej, powiedz o tym zespołowi w szpitalu. Jeśli źle się czujesz, zadzwoń do przychodni GP albo pod NHS 111. W nagłym wypadku zadzwoń pod 999.
    .if-not = Jeśli nie masz nowego terminu, zadzwoń do zespołu w szpitalu.
    .ask =
        Dlaczego moja wizyta została odwołana?
        Kiedy dostanę nowy termin?
