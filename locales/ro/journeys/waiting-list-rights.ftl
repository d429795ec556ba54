# Journey: Your rights on a waiting list.
# Structure and sources: src/journeys/waiting_list_rights.rs

waiting-list-rights =
    .title = Drepturile dumneavoastră când așteptați îngrijire la spital
    .summary = Cum vă alegeți spitalul, cum cereți să vă mutați după o așteptare lungă și cum recunoașteți SMS-urile false.
    .intro = Când medicul de familie (GP) vă face o trimitere, aveți drepturi despre unde și cât de repede vă vede spitalul. Iată care sunt și pe cine să întrebați.
    .keywords = drepturi, drepturile mele, alegere, aleg spitalul, aleg unde merg, alt spital, mă mut la alt spital, așteptare mai scurtă, așteptare lungă, 18 săptămâni, aștept prea mult, SMS despre lista de așteptare, este adevărat acest SMS, înșelătorie, SMS înșelător, SMS fals, SMS de la NHS, îmi pierd locul, plângere, reclamație, rights, choice, choose hospital, long wait, 18 weeks, waiting list text, scam, scam text, fake text, NHS text, lose my place, complaint

waiting-list-rights-choice =
    .title = Adesea vă puteți alege spitalul
    .body =
        Când medicul GP vă face o trimitere, adesea puteți alege la ce spital sau clinică mergeți. Acesta este dreptul dumneavoastră în Anglia, pentru cele mai multe trimiteri de rutină.
        Puteți compara timpii medii de așteptare pe site-ul My Planned Care. Întrebați-l pe medicul GP dintre ce locuri puteți alege.
    .if-not = Dacă nu vi s-a oferit să alegeți și ați fi vrut, întrebați la cabinetul GP. Puteți întreba și echipa de programări când faceți programarea.
    .ask =
        Dintre ce spitale pot alege?
        Unde se așteaptă cel mai puțin?

waiting-list-rights-long-wait =
    .title = Dacă ați așteptat mult timp
    .body =
        Pentru cele mai multe probleme care nu sunt urgente, aveți dreptul să începeți tratamentul în termen de 18 săptămâni de la trimitere. Asta scrie în Constituția NHS (NHS Constitution).
        Acum, multe așteptări sunt mai lungi de atât. Dacă și a dumneavoastră este, puteți întreba dacă vă puteți muta la alt spital, unde se așteaptă mai puțin.
        Întrebați echipa de la spital. În unele cazuri, ei vă vor contacta ca să vă ofere asta.
    .if-not = Dacă echipa de la spital nu vă poate ajuta, întrebați la cabinetul GP. Puteți întreba și serviciul de consiliere pentru pacienți al spitalului.
    .ask =
        Mă poate vedea cineva mai repede în altă parte?
        Dacă mă mut, se schimbă cine are grijă de mine?

waiting-list-rights-texts =
    .title = SMS-uri care verifică dacă mai aveți nevoie de consultație
    .body =
        Spitalul vă poate trimite un SMS ca să verifice dacă mai aveți nevoie de consultație. Răspundeți dacă puteți. Dacă nu mai aveți nevoie de ea, spuneți asta.
        Nu vă vor scoate de pe listă doar pentru că nu ați răspuns. Doar dumneavoastră sau un medic puteți decide că nu mai aveți nevoie de consultație.
    .if-not = Dacă vă temeți că v-au scos de pe listă, sunați echipa de la spital și întrebați.
    .ask =
        Mai sunt pe lista dumneavoastră?
        Cum mă veți contacta?

waiting-list-rights-scams =
    .title = Cum recunoașteți un SMS înșelător
    .body =
        Unele SMS-uri se prefac că sunt de la NHS. Pot spune că vă pierdeți locul dacă nu apăsați pe un link.
        NHS nu vă va cere să plătiți sau să dați datele contului bancar ca să vă păstrați locul sau ca să faceți programarea.
        Dacă nu știți sigur dacă un SMS este adevărat, nu folosiți linkul din el. Sunați la numărul din scrisoarea de la spital sau întrebați la cabinetul GP.
    .if-not = Dacă ați apăsat pe un link și ați dat datele contului bancar, sunați imediat la bancă.
    .ask =
        Acest SMS este chiar de la dumneavoastră?

waiting-list-rights-help =
    .title = Dacă credeți că drepturile dumneavoastră nu au fost respectate
    .body =
        Mai întâi, vorbiți cu echipa de la spital. S-ar putea să poată rezolva problema.
        Dacă nu, cereți să vorbiți cu serviciul de consiliere pentru pacienți al spitalului. Ei vă ajută când ceva nu merge bine. Vă pot spune și cum să faceți o plângere.
    .if-not = Dacă serviciul de consiliere pentru pacienți nu vă poate ajuta, întrebați-i cum puteți face o plângere. Puteți spune și la cabinetul GP.
    .ask =
        Cine mă poate ajuta cu asta?
        Cum fac o plângere?
