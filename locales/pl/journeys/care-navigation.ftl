# Journey: Why your GP practice asks what the problem is.
# Structure and sources: src/journeys/care_navigation.rs

care-navigation =
    .title = Dlaczego w recepcji pytają, co Ci dolega
    .summary = Dlaczego przychodnia GP pyta o Twój problem, z kim możesz się spotkać i jak może pomóc doradca środowiskowy (link worker).
    .intro = Gdy kontaktujesz się z przychodnią lekarza rodzinnego (GP), personel może zapytać, jaki masz problem. Pytają, żeby skierować Cię do właściwej osoby. Oto jak to działa.
    .keywords = recepcja, recepcjonistka, rejestracja, dlaczego pytają, co mi dolega, umówienie wizyty u lekarza, wizyta u lekarza rodzinnego, pielęgniarka, farmaceuta, fizjoterapeuta, fizjoterapia, samotność, samotny, lokalne grupy, grupy wsparcia, organizacja charytatywna, wolontariusze, doradca środowiskowy, receptionist, care navigation, care navigator, social prescribing, link worker, GP appointment, GP

care-navigation-ask =
    .title = Personel pyta, jaki masz problem
    .body =
        Gdy dzwonisz albo przychodzisz, recepcjonistka może zapytać, jaki masz problem. Nie pyta z ciekawości.
        Pyta, żeby pomóc Ci trafić do właściwej osoby. Nazywa się to kierowaniem pacjentów (care navigation). Osoby, które to robią, to tak zwani care navigators.
    .if-not = Jeśli nie wiesz, do kogo iść, poproś personel o pomoc w wyborze.
    .ask =
        Kto najlepiej mi pomoże?
        Jak szybko ktoś mnie przyjmie?

care-navigation-right-person =
    .title = Trafiasz do właściwej osoby
    .body =
        Właściwą osobą nie musi być lekarz GP. Może to być pielęgniarka albo farmaceuta. Farmaceuta to znawca leków.
        Może to być fizjoterapeuta. Fizjoterapeuta pomaga przy problemach z mięśniami, stawami i ruchem.
        Personel może też skierować Cię do usługi poza przychodnią.
    .if-not = Jeśli uważasz, że nadal potrzebujesz lekarza GP, powiedz personelowi dlaczego. Jeśli poczujesz się gorzej, tego samego dnia skontaktuj się znowu z przychodnią GP albo zadzwoń pod NHS 111.
    .ask =
        Dlaczego ta osoba jest właściwa dla mojego problemu?
        Co mam zrobić, jeśli nie poczuję się lepiej?

care-navigation-ask-link-worker =
    .title = Prosisz o doradcę środowiskowego
    .body =
        Niektóre sprawy, które wpływają na zdrowie, nie są medyczne. Doradca środowiskowy (link worker) może w nich pomóc.
        Żeby dostać doradcę, zapytaj w przychodni GP. Mogą Cię z nim skontaktować.
        Nazywa się to wsparciem społecznym (social prescribing).
    .if-not = Jeśli przychodnia GP Cię z nim nie skontaktuje, poproś jeszcze raz. Zapytaj, kto jest doradcą w Twojej okolicy.
    .ask =
        Czy jest tu doradca środowiskowy?
        Ile czasu minie, zanim się do mnie odezwie?

care-navigation-link-worker =
    .title = Doradca środowiskowy Ci pomaga
    .body =
        Doradca środowiskowy kontaktuje Cię z grupami i usługami w pobliżu.
        Mogą je prowadzić miejscowi ludzie albo organizacje charytatywne. Nie są częścią przychodni GP.
        Doradca pomaga Ci znaleźć te, które Ci odpowiadają.
    .if-not = Jeśli doradca się do Ciebie nie odezwał, skontaktuj się z przychodnią GP. Poproś, żeby to sprawdzili.
    .ask =
        Jakie grupy są w mojej okolicy?
        Czy może mi Pan/Pani pomóc zacząć?
