# Journey: a hospital specialist starts a new medicine.
# Structure and sources: src/journeys/specialist_medicines.rs

specialist-medicines =
    .title = Lekarz w szpitalu włącza Ci nowy lek
    .summary = Kto daje Ci lek, kto przepisuje kolejne opakowania i kogo pytać o skutki uboczne i badania kontrolne.
    .intro = Specjalista w szpitalu włączył Ci nowy lek. Specjalista to lekarz, który dużo wie o jednym rodzaju problemów zdrowotnych. Oto kto Ci go daje i kto przepisuje kolejne opakowania. Piszemy też, kogo pytać, jeśli masz z nim problem.
    .keywords = recepta, tabletki, lek, leki, nowy lek, specjalista włączył lek, lek z poradni, stała recepta, recepta na stałe leki, wspólna opieka, umowa o wspólnej opiece, skutki uboczne, działania niepożądane, badanie krwi, kontrola, badania kontrolne, kończy się lek, recepta ze szpitala, lek od specjalisty, apteka, prescription, repeat prescription, shared care, side effects, blood test, medication, pharmacy, GP

specialist-medicines-start =
    .title = Pierwszy zapas leku daje Ci szpital
    .body =
        Specjalista w szpitalu decyduje, że potrzebujesz nowego leku.
        Jeśli musisz zacząć go brać od razu, pierwszy zapas daje Ci szpital. Nie musisz po niego iść do lekarza GP.
        Po pobycie w szpitalu dostajesz lek na co najmniej 7 dni. Jeśli kuracja jest krótsza, dostajesz całą kurację.
        Po wizycie w poradni szpital daje Ci tyle leku, ile potrzeba na teraz, jeśli musisz zacząć od razu. Albo list z poradni prosi lekarza GP, żeby przepisał Ci ten lek.
    .if-not = Jeśli powiedziano Ci, żeby od razu zacząć brać lek, ale go nie dostajesz, zadzwoń do zespołu w szpitalu.
    .ask =
        Na co jest ten lek?
        Kiedy i jak mam go brać?
        Czy dostanę go od Pana/Pani, czy od mojego lekarza GP?

specialist-medicines-gp =
    .title = Potem większość leków przepisuje lekarz GP
    .body =
        Przy większości leków list z poradni prosi lekarza GP, żeby przepisywał kolejne opakowania. Recepta to dokument, dzięki któremu dostajesz lek.
        Poczekaj, aż przychodnia GP dostanie list. Potem poproś, żeby dodali ten lek do Twoich stałych recept.
        Zamawiaj każdą kolejną receptę odpowiednio wcześnie, żeby lek Ci się nie skończył.
    .if-not = Jeśli przychodnia GP nie dostała listu, a lek niedługo Ci się skończy, zadzwoń do zespołu w szpitalu. Poproś, żeby wysłali list albo dali Ci więcej leku.
    .ask =
        Czy wysłali Państwo list do mojego lekarza GP?
        Ile leku dostanę od Państwa do tego czasu?

specialist-medicines-shared-care =
    .title = Leki, które musi kontrolować specjalista
    .body =
        Niektóre leki wymagają stałej kontroli specjalisty. Jeśli szpital włączył taki lek, szpital nadal Ci go daje.
        Czasem szpital prosi lekarza GP, żeby przejął przepisywanie leku. Potrzebna jest do tego umowa o wspólnej opiece (shared care). To plan, na który zgadzają się szpital, lekarz GP i Ty.
        Lekarz GP nie musi się zgodzić. Dopóki wszyscy się nie zgodzą, kolejne opakowania daje szpital.
    .if-not = Jeśli lek niedługo się skończy, a nikt nie dał Ci kolejnego opakowania, zadzwoń do zespołu w szpitalu. Zrób to, zanim lek się skończy.
    .ask =
        Czy to Pan/Pani będzie dalej przepisywać ten lek, czy mój lekarz GP?
        Czy mój lekarz GP zgodził się na wspólną opiekę?
        Jak mam poprosić o kolejne opakowanie?

specialist-medicines-checks =
    .title = Badania krwi, żeby sprawdzić lek
    .body =
        Przy niektórych lekach trzeba robić badania krwi, żeby sprawdzić, czy są dla Ciebie bezpieczne. Zapytaj, czy tak jest z Twoim lekiem.
        Zapytaj, kto robi badania i jak często.
        Zespół, który zleca badanie, sprawdza wynik. Mówi Ci, co on znaczy.
    .if-not = Jeśli wynik się spóźnia, skontaktuj się z zespołem, który zlecił badanie. Zapytaj, co wykazało.
    .ask =
        Czy przy tym leku trzeba robić badania krwi?
        Kto je robi i jak często?
        Kto poda mi wyniki?

specialist-medicines-problems =
    .title = Jeśli masz problem z lekiem
    .body =
        Jeśli myślisz, że lek sprawia Ci problem, zadzwoń do zespołu w szpitalu, który go włączył.
        Przy niektórych lekach, na przykład lekach na raka, jest linia pomocy (helpline) czynna w dzień i w nocy. Jeśli zespół dał Ci jej numer, dzwoń pod niego.
        Jeśli czujesz się bardzo źle, tego samego dnia zadzwoń pod NHS 111 albo do przychodni GP. W nagłym wypadku zadzwoń pod 999.
    .if-not = Jeśli zespół w szpitalu nie oddzwoni do końca następnego dnia roboczego, zadzwoń jeszcze raz. Jeśli czujesz się gorzej, tego samego dnia zadzwoń pod NHS 111 albo do lekarza GP.
    .ask =
        Przy jakich skutkach ubocznych mam do Państwa zadzwonić?
        Czy przy tym leku jest linia pomocy?
        Co mam zrobić, jeśli zapomnę wziąć dawkę?
