# Journey: A medicine started by a hospital specialist.
# Structure and sources: src/journeys/specialist_medicines.rs

specialist-medicines =
    .title = Specjalista w szpitalu włącza nowy lek
    .summary = Kto daje Ci lek, kto przepisuje kolejne opakowania i kogo pytać o skutki uboczne i badania kontrolne.
    .intro = Specjalista w szpitalu włączył Ci nowy lek. Oto kto Ci go daje i kto przepisuje kolejne opakowania. Piszemy też, kogo pytać, jeśli masz z nim problem.
    .keywords = recepta, tabletki, lek, leki, nowy lek, stała recepta, recepta na stałe leki, wspólna opieka, umowa o wspólnej opiece, skutki uboczne, działania niepożądane, badanie krwi, kontrola, badania kontrolne, kończy się lek, recepta ze szpitala, lek od specjalisty, apteka, prescription, repeat prescription, shared care, side effects, blood test, medication, pharmacy, GP

specialist-medicines-start =
    .title = Szpital włącza Ci lek
    .body =
        Specjalista w szpitalu decyduje, że potrzebujesz nowego leku.
        Jeśli musisz zacząć go brać od razu, szpital daje Ci pierwszą receptę. Recepta to dokument, dzięki któremu dostajesz lek.
        Po ten pierwszy zapas nie musisz iść do lekarza GP.
    .if-not = Jeśli powiedziano Ci, żeby od razu zacząć brać lek, ale go nie dostajesz, zadzwoń do zespołu w szpitalu.
    .ask =
        Na co jest ten lek?
        Kiedy i jak mam go brać?
        Czy jest o nim ulotka?

specialist-medicines-week =
    .title = Dostajesz lek na co najmniej 7 dni
    .body =
        Gdy wychodzisz ze szpitala albo z poradni, każdy nowy lek powinien Ci wystarczyć na co najmniej 7 dni. Jeśli kuracja jest krótsza, dostajesz całą kurację.
        Zanim wyjdziesz, zapytaj, na co jest każdy lek. Zapytaj, jakie może mieć skutki uboczne. Skutek uboczny to niechciane działanie leku.
        Poproś o ulotkę i o numer telefonu do zespołu w szpitalu.
    .if-not = Jeśli wychodzisz z nowym lekiem na mniej niż 7 dni, od razu zadzwoń do zespołu w szpitalu.
    .ask =
        Na ile dni dostanę ten lek?
        Kto przepisze mi kolejne opakowanie, gdy lek się skończy?
        Do kogo mam dzwonić, jeśli będę mieć z nim problem?

specialist-medicines-more =
    .title = Kto przepisuje kolejne opakowania
    .body =
        Niektóre leki wymagają stałej kontroli specjalisty. Jeśli szpital włączył taki lek, szpital nadal go przepisuje.
        Czasem szpital prosi lekarza GP, żeby przejął przepisywanie leku. Potrzebna jest do tego umowa o wspólnej opiece (shared care). To plan, na który zgadzają się i szpital, i lekarz GP.
        Lekarz GP może to przejąć tylko wtedy, gdy się zgodzi. Do tego czasu kolejne opakowania daje szpital.
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
        Powinni odpowiedzieć na Twoje pytania. Nie powinni tylko odsyłać Cię do lekarza GP.
        Jeśli źle się czujesz i nie wiesz, co zrobić, zadzwoń pod NHS 111. W nagłym wypadku zadzwoń pod 999.
    .if-not = Jeśli zespół w szpitalu nie oddzwoni, zadzwoń jeszcze raz. Jeśli czujesz się gorzej, zadzwoń pod NHS 111 albo do lekarza GP.
    .ask =
        Przy jakich skutkach ubocznych mam do Państwa zadzwonić?
        Co mam zrobić, jeśli zapomnę wziąć dawkę?
