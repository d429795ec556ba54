# Journey: care at home after leaving hospital.
# Structure and sources: src/journeys/care_at_home.rs

care-at-home =
    .title = Opieka w domu po pobycie w szpitalu
    .summary = Kto planuje pomoc w domu, kto przychodzi i do kogo dzwonić, jeśli pomoc nie przyjdzie.
    .intro = Niektórzy ludzie po pobycie w szpitalu potrzebują pomocy w domu. Niektórymi zespół ze szpitala opiekuje się w domu, zamiast na oddziale. Oto kto co robi i do kogo dzwonić.
    .keywords = opieka w domu, pomoc w domu, pielęgniarka środowiskowa, pielęgniarka domowa, wizyty pielęgniarki, powrót do samodzielności, opiekunowie, opiekunka, opieka domowa, wirtualny oddział, szpital w domu, po szpitalu, powrót do domu, wypis, wsparcie w domu, sprzęt, care at home, district nurse, community nurse, reablement, carers, home care, virtual ward, hospital at home, discharge

care-at-home-plan =
    .title = Zespół oddziału planuje z Tobą pomoc
    .body =
        Zanim wyjdziesz ze szpitala, zespół oddziału rozmawia z Tobą o pomocy, której potrzebujesz w domu.
        Powinni Ci powiedzieć, kto przyjdzie, kiedy i jak się z tą osobą skontaktować. Poproś o to na piśmie.
        Jeśli ktoś opiekuje się Tobą w domu, ta osoba też może brać udział w tej rozmowie.
    .if-not = Jeśli nikt nie rozmawiał z Tobą o pomocy w domu, a uważasz, że jej potrzebujesz, zapytaj personel oddziału, zanim wyjdziesz.
    .ask =
        Czy będę potrzebować pomocy w domu?
        Kto przyjdzie i kiedy?

care-at-home-nurse =
    .title = Może przyjść pielęgniarka albo opiekun
    .body =
        Może Cię odwiedzać w domu pielęgniarka środowiskowa (district nurse). Może zmieniać opatrunki, robić zastrzyki i sprawdzać, jak się czujesz.
        Niektórzy ludzie przez krótki czas dostają pomoc, żeby znowu radzić sobie samodzielnie. Czasem nazywa się to reablement.
        Zespół, który Cię odwiedza, daje Ci swój numer telefonu.
    .if-not = Jeśli wizyta, o której Ci powiedziano, się nie odbędzie, zadzwoń pod numer, który dał Ci zespół. Jeśli nie masz numeru, zadzwoń na oddział albo do przychodni GP.
    .ask =
        Jaki jest Państwa numer telefonu?
        Co mam zrobić, jeśli Państwo nie przyjdą?

care-at-home-virtual-ward =
    .title = Jeśli jesteś na wirtualnym oddziale
    .body =
        Wirtualny oddział (virtual ward) oznacza, że zespół ze szpitala opiekuje się Tobą w domu, a nie na oddziale. Nazywa się to też szpitalem w domu (hospital at home).
        Zespół może Cię odwiedzać, dzwonić do Ciebie albo sprawdzać Twój stan za pomocą sprzętu, którego używasz w domu.
        Gdy jesteś na wirtualnym oddziale, za Twoją opiekę odpowiada zespół ze szpitala. Mówi Ci, jak się z nim skontaktować w dzień i w nocy.
    .if-not = Jeśli nie możesz skontaktować się z zespołem wirtualnego oddziału i czujesz się gorzej, zadzwoń pod NHS 111. W nagłym wypadku zadzwoń pod 999.
    .ask =
        Kto teraz odpowiada za moją opiekę?
        Jak mogę się z Państwem skontaktować w nocy?

care-at-home-worse =
    .title = Jeśli w domu poczujesz się gorzej
    .body =
        Jeśli poczujesz się gorzej, najpierw zadzwoń do zespołu, który opiekuje się Tobą w domu, jeśli masz jego numer.
        Jeśli nie możesz się z nim skontaktować, tego samego dnia skontaktuj się z przychodnią GP albo zadzwoń pod NHS 111. W nagłym wypadku zadzwoń pod 999.
    .if-not = Jeśli nikt nie oddzwonił, a czujesz się gorzej, zadzwoń pod NHS 111. Nie czekaj.
    .ask =
        Do kogo mam najpierw dzwonić, jeśli poczuję się gorzej?
