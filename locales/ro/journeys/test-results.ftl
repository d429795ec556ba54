# Journey: Your test results.
# Structure and sources: src/journeys/test_results.rs

test-results =
    .title = Rezultatele testelor
    .summary = Cine vă spune rezultatul testului și ce faceți dacă nu ați aflat nimic.
    .intro = Un test ajută să se afle ce problemă aveți sau verifică cum vă merge. Echipa care cere testul vă spune rezultatul. Iată ce ar trebui să se întâmple.
    .keywords = rezultatele testelor, rezultatul testului, rezultate, rezultatele analizelor, analize de sânge, analize, scanare, ecografie, tomografie, RMN, radiografie, analiza urinei, probă, biopsie, aștept rezultatele, nu am rezultatele, nu am aflat nimic, cine îmi spune rezultatele, rezultat în NHS App, rezultat anormal, test la spital, analize la cabinetul medicului de familie, ce înseamnă rezultatul meu, analize de sange, test results, blood test, results, scan, x-ray, result in the NHS App, abnormal result, GP

test-results-asked =
    .title = Vi se spune de ce aveți nevoie de un test
    .body =
        O echipă de la spital vă poate cere să faceți un test. Poate fi o analiză de sânge, o radiografie sau o scanare.
        Ar trebui să vă spună de ce aveți nevoie de el și ce ar putea arăta.
        Ar trebui să vă spună și cum veți afla rezultatul, cine vi-l va spune și până când.
        Dacă medicul GP cere testul, atunci cabinetul GP ar trebui să vă spună aceste lucruri.
    .if-not = Dacă nu vi s-a spus cum veți primi rezultatul, întrebați echipa care a cerut testul.
    .ask =
        De ce am nevoie de acest test?
        Ce ar putea arăta?
        Cine îmi va spune rezultatul și când?

test-results-taken =
    .title = Faceți testul
    .body =
        Locul unde faceți testul depinde de zona în care locuiți. Poate fi la spital, la o clinică de analize de sânge din apropiere sau la cabinetul GP.
        Multe cabinete GP nu pot lua sânge pentru testele cerute de spital. Întrebați echipa care a cerut testul unde să mergeți.
        Oriunde se face testul, rezultatul ajunge la echipa care l-a cerut.
        Un rezultat poate veni în câteva zile sau săptămâni. Depinde de test.
    .if-not = Dacă nu puteți merge la test, anunțați cât mai repede locul care v-a făcut programarea. Cereți o nouă oră.
    .ask =
        Unde merg pentru test?
        Trebuie să fac ceva înainte, de exemplu să nu mănânc?

test-results-app =
    .title = S-ar putea să vedeți rezultatul mai întâi în NHS App
    .body =
        Multe rezultate apar acum singure în NHS App. S-ar putea să vedeți un rezultat înainte ca cineva să vă vorbească despre el.
        Un rezultat marcat ca anormal nu este întotdeauna grav. Unele rezultate sunt puțin în afara limitelor obișnuite și sunt în regulă.
        Dacă un rezultat vă îngrijorează, contactați echipa care a cerut testul. Ei vă pot spune ce înseamnă pentru dumneavoastră.
    .if-not = Dacă nu reușiți să contactați echipa și vă faceți griji, sunați la cabinetul GP sau la NHS 111. În caz de urgență, sunați la 999.
    .ask =
        Rezultatul meu va apărea în NHS App?
        Va vorbi cineva cu mine înainte să-l văd?

test-results-told =
    .title = Echipa vă spune rezultatul
    .body =
        Echipa care a cerut testul verifică rezultatul. Ei decid ce urmează și vă spun.
        Dacă testul a fost cerut de o echipă de la spital, echipa de la spital vă spune rezultatul. Așa este chiar dacă sângele v-a fost recoltat la cabinetul GP.
        S-ar putea ca medicul GP să vadă rezultatul, dar echipa care a cerut testul este cea care vi-l explică.
    .if-not = Dacă nu ați aflat nimic până la data care vi s-a spus, contactați echipa care a cerut testul.
    .ask =
        Ce înseamnă rezultatul meu?
        Ce urmează?
        Trebuie medicul meu GP să facă ceva?

test-results-chase =
    .title = Dacă nu ați aflat nimic
    .body =
        Dacă a trecut data care vi s-a dat, contactați echipa care a cerut testul. Nu așteptați pur și simplu.
        Dacă l-a cerut o echipă de la spital, sunați echipa de la spital. Dacă l-a cerut medicul GP, contactați cabinetul GP.
        Dacă vă simțiți mai rău cât așteptați, sunați la cabinetul GP sau la NHS 111 în aceeași zi. În caz de urgență, sunați la 999.
    .if-not = Dacă tot nu primiți un răspuns de la spital, cereți să vorbiți cu serviciul de consiliere pentru pacienți al spitalului. Ei vă ajută când ceva nu merge bine.
    .ask =
        Până când ar fi trebuit să aflu ceva?
        Cine poate vorbi cu mine despre rezultatul meu?
