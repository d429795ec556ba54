# Journey: referring yourself, and Pharmacy First.
# Structure and sources: src/journeys/self_referral.rs

self-referral =
    .title = Pomoc bez wcześniejszej wizyty u lekarza GP
    .summary = Usługi, do których możesz zgłosić się samodzielnie, co może wyleczyć farmaceuta w aptece i kto się wtedy Tobą opiekuje.
    .intro = Przy niektórych problemach nie musisz najpierw iść do lekarza rodzinnego (GP). Możesz samodzielnie skontaktować się z daną usługą. Nazywa się to samodzielnym zgłoszeniem (self-referral). Oto jak to działa i kto co robi.
    .keywords = samodzielne zgłoszenie, zgłosić się samemu, bez skierowania, bez lekarza GP, fizjoterapia, fizjoterapeuta, ból pleców, podiatra, stopy, problemy ze stopami, słuch, badanie słuchu, położna, ciąża, w ciąży, zdrowie seksualne, terapia rozmową, apteka, farmaceuta, ból gardła, ból ucha, zapalenie zatok, zakażenie układu moczowego, zapalenie pęcherza, półpasiec, liszajec, ukąszenie owada, refer myself, self referral, self-referral, physio, physiotherapy, podiatry, audiology, midwife, maternity, sexual health, talking therapies, pharmacy first, pharmacist, UTI, shingles, impetigo

self-referral-services =
    .title = Miejsca, do których możesz zgłosić się samodzielnie
    .body =
        Z niektórymi usługami NHS możesz skontaktować się samodzielnie, bez wcześniejszej wizyty u lekarza GP.
        Mogą to być fizjoterapia przy problemach z mięśniami i stawami, opieka nad stopami, badania słuchu i terapie rozmową. Możesz też skontaktować się z położną, gdy jesteś w ciąży, i z poradnią zdrowia seksualnego.
        To, z którymi usługami możesz skontaktować się samodzielnie, zależy od tego, gdzie mieszkasz.
    .if-not = Jeśli nie możesz znaleźć usługi, zapytaj w przychodni GP. W recepcji powiedzą Ci, jak się z nią skontaktować.
    .ask =
        Czy mogę się tu zgłosić do tej usługi samodzielnie?
        Jak mogę się z nią skontaktować?

self-referral-pharmacy-first =
    .title = Apteka może leczyć niektóre problemy
    .body =
        Farmaceuta może Cię zbadać i dać Ci leczenie przy niektórych częstych problemach, bez wizyty u lekarza GP. Nazywa się to Pharmacy First (najpierw apteka).
        Chodzi o ból gardła, ból ucha, ból zatok, półpasiec i liszajec. Na liście są też zakażone ukąszenia oraz zakażenia układu moczowego u kobiet. Niektóre z nich dotyczą tylko osób w określonym wieku.
        Jeśli potrzebujesz leku, który zwykle przepisuje lekarz, farmaceuta może Ci go dać.
    .if-not = Jeśli farmaceuta uzna, że musisz iść do lekarza GP, powie Ci o tym. Wtedy skontaktuj się z przychodnią GP.
    .ask =
        Czy mogą Państwo to tutaj leczyć?
        Co mam zrobić, jeśli nie poczuję się lepiej?

self-referral-in-charge =
    .title = Odpowiada usługa, która Cię przyjmuje
    .body =
        Usługa, z którą się kontaktujesz, zajmuje się tym problemem. Podaje Ci wyniki badań, które zleca.
        Jeśli lekarz GP musi o czymś wiedzieć, ta usługa mu o tym mówi.
    .if-not = Jeśli usługa nie odezwie się do Ciebie w czasie, który podała, skontaktuj się z nią jeszcze raz.
    .ask =
        Z kim mam się kontaktować, jeśli będę mieć pytanie?
        Czy powiedzą Państwo o tym mojemu lekarzowi GP?

self-referral-gp =
    .title = Kiedy lepiej iść do lekarza GP
    .body =
        Jeśli nie wiesz, gdzie iść, zapytaj w przychodni GP. Personel pomoże Ci wybrać.
        Jeśli nie poczujesz się lepiej albo poczujesz się gorzej, tego samego dnia skontaktuj się z przychodnią GP albo zadzwoń pod NHS 111. W nagłym wypadku zadzwoń pod 999.
    .if-not = Jeśli nie możesz dodzwonić się do przychodni GP i się niepokoisz, zadzwoń pod NHS 111.
    .ask =
        Gdzie najlepiej z tym iść?
