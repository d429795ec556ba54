# Journey: getting help for your mental health.
# Structure and sources: src/journeys/mental_health.rs

mental-health =
    .title = Pomoc w sprawie zdrowia psychicznego
    .summary = Gdzie szukać pomocy w kryzysie, jak poprosić o terapię rozmową i kto się Tobą opiekuje.
    .intro = Zdrowie psychiczne jest tak samo ważne jak zdrowie ciała. Oto gdzie szukać pomocy, także w kryzysie, i kto za co odpowiada.
    .keywords = zdrowie psychiczne, kryzys, myśli samobójcze, samookaleczenie, lęk, niepokój, depresja, stres, przygnębienie, zły nastrój, atak paniki, panika, terapia rozmową, psychoterapia, terapia, poradnictwo, CBT, terapia poznawczo-behawioralna, zespół zdrowia psychicznego, psychiatra, leki przeciwdepresyjne, leki psychiatryczne, mental health, crisis, suicidal, self harm, anxiety, depression, talking therapy, counselling, talking therapies, community mental health team, antidepressants

mental-health-crisis =
    .title = W kryzysie szukaj pomocy od razu
    .body =
        Jeśli zagrożone jest Twoje życie albo życie innej osoby, zadzwoń pod 999 albo idź do A&E (szpitalnego oddziału ratunkowego).
        Jeśli potrzebujesz pomocy teraz, zadzwoń pod NHS 111 i wybierz opcję dotyczącą zdrowia psychicznego. Działa w dzień i w nocy, dla osób w każdym wieku.
        Jeśli masz już zespół zdrowia psychicznego, zadzwoń pod numer kryzysowy z Twojego planu opieki.
    .if-not = Jeśli nie możesz się dodzwonić, zadzwoń pod 999 albo idź do A&E.
    .ask =
        Do kogo mam dzwonić, jeśli znowu poczuję się w ten sposób?

mental-health-talking-therapies =
    .title = O terapię rozmową możesz poprosić samodzielnie
    .body =
        NHS Talking Therapies (terapie rozmową w NHS) pomagają przy takich uczuciach jak zamartwianie się, przygnębienie i stres. Nie musisz najpierw iść do lekarza GP.
        Możesz zgłosić się samodzielnie przez internet albo telefonicznie. Wyszukaj NHS Talking Therapies na stronie internetowej NHS, żeby znaleźć usługę w swojej okolicy.
        Ta usługa jest dla dorosłych. Dzieci i młodzież mają swoje własne usługi. Zapytaj w przychodni GP albo w szkole.
    .if-not = Jeśli usługa nie odezwała się do Ciebie w podanym czasie, skontaktuj się z nią jeszcze raz. Jeśli w czasie czekania poczujesz się gorzej, tego samego dnia skontaktuj się z przychodnią GP albo z NHS 111.
    .ask =
        Jak długo czeka się tu na terapię rozmową?
        Jakie rodzaje pomocy Państwo oferują?

mental-health-gp =
    .title = Lekarz GP może pomóc i Cię skierować
    .body =
        Lekarz GP może z Tobą porozmawiać o tym, jak się czujesz, i o tym, jaka pomoc jest dostępna.
        Jeśli potrzebujesz więcej pomocy, lekarz GP może skierować Cię do zespołu zdrowia psychicznego. W takim zespole pracują na przykład pielęgniarki, lekarze i terapeuci.
    .if-not = Jeśli czekasz na zespół zdrowia psychicznego i czujesz się gorzej, tego samego dnia skontaktuj się z przychodnią GP albo zadzwoń pod NHS 111. W kryzysie zadzwoń pod NHS 111 i wybierz opcję dotyczącą zdrowia psychicznego.
    .ask =
        Jaka pomoc jest dla mnie dostępna?
        Czy może mnie Pan/Pani skierować do zespołu zdrowia psychicznego?

mental-health-team =
    .title = Zespół zdrowia psychicznego planuje Twoją opiekę
    .body =
        Jeśli opiekuje się Tobą zespół zdrowia psychicznego, tworzy on z Tobą plan opieki. Jest w nim napisane, kto odpowiada za Twoją opiekę i jak się z tą osobą skontaktować.
        Poproś zespół o ich numer telefonu i o numer, pod który możesz dzwonić w kryzysie.
    .if-not = Jeśli nie wiesz, kto odpowiada za Twoją opiekę, zapytaj zespół. Możesz też zapytać w przychodni GP.
    .ask =
        Kto odpowiada za moją opiekę?
        Do kogo mam dzwonić w kryzysie?

mental-health-medicines =
    .title = Kto daje Ci leki
    .body =
        Często zespół zdrowia psychicznego proponuje lek, a lekarz GP go przepisuje.
        Niektóre leki wymagają stałej kontroli specjalisty i regularnych badań krwi. Wtedy może je przepisywać zespół zdrowia psychicznego albo dzielić opiekę z lekarzem GP.
        Zapytaj, kto daje Ci kolejne opakowania i kto robi badania kontrolne.
    .if-not = Jeśli lek niedługo się skończy, a nie wiesz, kogo zapytać, skontaktuj się z przychodnią GP. Jeśli przychodnia jest zamknięta, zadzwoń pod NHS 111.
    .ask =
        Kto da mi kolejne opakowanie tego leku?
        Czy przy tym leku trzeba robić badania krwi?
