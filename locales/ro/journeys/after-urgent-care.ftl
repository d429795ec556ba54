# Journey: After A&E or an urgent treatment centre.
# Structure and sources: src/journeys/after_urgent_care.rs

after-urgent-care =
    .title = După A&E (urgențe) sau un centru de tratament urgent
    .summary = Cine ce face după ce mergeți la A&E, cine vă spune rezultatele testelor și când să mergeți la medicul GP.
    .intro = Ați fost la A&E (urgențe) sau la un centru de tratament urgent (urgent treatment centre) și acum sunteți acasă. Iată cine ce face mai departe și pe cine să contactați.
    .keywords = A&E, urgențe, camera de gardă, UPU, centru de tratament urgent, UTC, leziuni minore, după A&E, clinica de fracturi, os rupt, fractură, rezultate radiografie, mergeți la medicul de familie dacă, control după A&E, A and E, accident and emergency, emergency department, urgent treatment centre, walk-in centre, minor injuries, fracture clinic, broken bone, x-ray results, see your GP if, follow-up after A&E, GP

after-urgent-care-letter =
    .title = Spitalul îi spune medicului GP despre vizita dumneavoastră
    .body =
        A&E sau centrul de tratament urgent îi trimite cabinetului GP o scrisoare despre vizita dumneavoastră.
        Nu trebuie să faceți o programare la medicul GP doar ca să le spuneți că ați fost acolo.
        Cereți fișa cu sfaturi, dacă au una, ca să știți ce trebuie să urmăriți acasă.
    .if-not = Dacă cabinetul GP are nevoie de scrisoare și nu a primit-o, sunați la A&E sau la centrul de tratament urgent. Rugați-i să o trimită.
    .ask =
        Îi veți spune medicului meu GP despre ziua de azi?
        Pot primi o fișă cu sfaturi pe care să o iau acasă?

after-urgent-care-follow-up =
    .title = Spitalul vă face următoarea programare
    .body =
        S-ar putea să fie nevoie să reveniți, de exemplu la o clinică de fracturi (fracture clinic) pentru un os rupt. Spitalul face această programare, nu medicul GP.
        Uneori, echipa de la clinica de fracturi vă sună în loc să vă vadă.
    .if-not = Dacă vi s-a spus că veți afla ceva despre control și nu ați aflat, sunați la numărul de pe fișa cu sfaturi sau din scrisoare. Dacă nu aveți un număr, sunați la numărul principal al spitalului.
    .ask =
        Trebuie să revin? Cine face programarea?
        Cum mă veți contacta?

after-urgent-care-results =
    .title = Echipa care a făcut testul vă dă rezultatul
    .body =
        Unele teste, de exemplu radiografiile, sunt verificate din nou după ce plecați. Echipa care a cerut testul se ocupă de rezultat.
        Dacă un rezultat arată că trebuie făcut ceva, ei vă contactează pe dumneavoastră sau pe medicul GP. Întrebați-i cum vor face asta.
    .if-not = Dacă vi s-a spus că veți afla un rezultat și nu ați aflat, sunați la locul unde ați fost.
    .ask =
        Mai am rezultate care urmează să vină?
        Cine îmi va spune despre ele?

after-urgent-care-see-gp =
    .title = Când vi se spune: mergeți la medicul GP dacă…
    .body =
        Personalul vă poate spune să mergeți la medicul GP dacă ceva nu se îmbunătățește. Asta înseamnă că trebuie să contactați chiar dumneavoastră cabinetul GP. Cabinetul nu va ști că trebuie să vă contacteze.
        Dacă v-au spus un termen, contactați cabinetul GP dacă nu vă simțiți mai bine până atunci.
    .if-not = Dacă nu reușiți să vorbiți cu cabinetul GP și vă faceți griji, sunați la NHS 111.
    .ask =
        Ce ar trebui să urmăresc?
        Când ar trebui să merg la medicul GP dacă nu mă simt mai bine?

after-urgent-care-worse =
    .title = Dacă vă simțiți mai rău
    .body =
        Dacă vă simțiți mai rău sau aveți simptome noi care vă îngrijorează, sunați la NHS 111 sau contactați cabinetul GP în aceeași zi.
        Dacă personalul v-a spus să reveniți în cazul în care se întâmplă ceva, întoarceți-vă.
        În caz de urgență, sunați la 999.
    .if-not = Dacă nu puteți primi ajutor și vă simțiți foarte rău, sunați la 999.
    .ask =
        Ce semne înseamnă că trebuie să revin?
