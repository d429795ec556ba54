# Journey: Your test results.
# Structure and sources: src/journeys/test_results.rs

test-results =
    .title = Rezultatele testelor
    .summary = Cine vă spune rezultatul testului și ce faceți dacă nu ați aflat nimic.
    .intro = Un test ajută să se afle ce problemă aveți sau verifică cum vă merge. Echipa care cere testul vă spune rezultatul. Iată ce ar trebui să se întâmple.
    .keywords = rezultatele testelor, rezultatul testului, rezultate, rezultatele analizelor, analize de sânge, analize, scanare, ecografie, tomografie, RMN, radiografie, analiza urinei, probă, biopsie, aștept rezultatele, nu am rezultatele, nu am aflat nimic, cine îmi spune rezultatele, medicul de familie nu vede rezultatele, test la spital, analize la cabinetul medicului de familie, ce înseamnă rezultatul meu, analize de sange, test results, blood test, results, scan, x-ray, GP

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
        Puteți face testul la spital. Sau vi se poate lua sânge la cabinetul GP.
        Chiar dacă sângele este recoltat la cabinetul GP, rezultatul ajunge la echipa care a cerut testul.
        Un rezultat poate veni în câteva zile sau săptămâni. Depinde de test.
    .if-not = Dacă nu puteți merge la test, anunțați cât mai repede locul care v-a făcut programarea. Cereți o nouă oră.
    .ask =
        Unde merg pentru test?
        Trebuie să fac ceva înainte, de exemplu să nu mănânc?

test-results-told =
    .title = Echipa vă spune rezultatul
    .body =
        Echipa care a cerut testul verifică rezultatul. Ei decid ce urmează și vă spun.
        Dacă testul a fost cerut de o echipă de la spital, echipa de la spital vă spune rezultatul. Așa este chiar dacă sângele v-a fost recoltat la cabinetul GP.
        Medicul GP adesea nu poate vedea rezultatele testelor de la spital. Așa că s-ar putea ca medicul GP să nu vă poată spune nimic despre ele.
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
        Dacă vă simțiți mai rău cât așteptați, sunați la cabinetul GP sau la NHS 111. În caz de urgență, sunați la 999.
    .if-not = Dacă tot nu primiți un răspuns de la spital, cereți să vorbiți cu serviciul de consiliere pentru pacienți al spitalului. Ei vă ajută când ceva nu merge bine.
    .ask =
        Până când ar fi trebuit să aflu ceva?
        Cine poate vorbi cu mine despre rezultatul meu?
