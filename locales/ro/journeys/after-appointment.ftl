# Journey: After a hospital appointment.
# Structure and sources: src/journeys/after_appointment.rs

after-appointment =
    .title = După ce vă vede o echipă de la spital
    .summary = Ce se întâmplă după ce vă vede o echipă de la spital și cine face fiecare lucru.
    .intro = O echipă de la spital v-a consultat la o clinică. Iată ce urmează. Aflați cine face fiecare parte și pe cine să întrebați.
    .keywords = după consultație, după programare, ambulatoriu, clinică, scrisoare de la clinică, scrisoare către medicul de familie, scrisoare de la spital, scrisoare de la medicul specialist, control, următoarea programare, revin la spital, alte teste, alte analize, scrisoarea îi cere medicului de familie un test, cine programează testul, rezultate, pe cine contactez, pe cine întreb, întrebări, plângere, reclamație, consiliere pentru pacienți, problemă cu spitalul, medicul de familie și spitalul, întrebați medicul de familie, trimis la altă echipă, after appointment, clinic letter, follow-up, outpatient, complaint, PALS, GP

after-appointment-letter =
    .title = Spitalul îi scrie medicului GP
    .body =
        După consultație, echipa de la spital scrie o scrisoare despre ea. Aceasta se numește scrisoare de la clinică (clinic letter).
        Dacă medicul GP trebuie să facă ceva, în scrisoare scrie ce anume. Ar trebui să primiți și dumneavoastră o copie.
        Celelalte părți ale planului dumneavoastră le face chiar echipa de la spital.
    .if-not = Dacă cabinetul GP nu a primit scrisoarea în termenul arătat, sunați echipa de la spital. Rugați-i să o trimită.
    .ask =
        Trebuie medicul meu GP să facă ceva?
        Pot primi o copie a scrisorii?
        Cine se ocupă de fiecare parte a planului meu?

after-appointment-gp-task =
    .title = Dacă scrisoarea îi cere medicului GP să facă ceva
    .body =
        Uneori scrisoarea îi cere medicului GP să facă ceva, de exemplu un test sau o rețetă nouă.
        Așteptați până când scrisoarea a ajuns la medicul GP. Apoi contactați cabinetul GP ca să faceți programarea sau ca să întrebați despre asta.
        Dacă testul l-a cerut chiar echipa de la spital, ei ar trebui să vă spună cum să faceți programarea. Tot ei vă spun și rezultatul.
    .if-not = Dacă la cabinetul GP nu știu sigur ce cere scrisoarea, ei pot întreba echipa de la spital. Puteți suna și dumneavoastră echipa de la spital.
    .ask =
        Cine programează acest test, dumneavoastră sau medicul meu GP?
        Cine îmi va spune rezultatul?

after-appointment-tests =
    .title = Spitalul își face singur testele
    .body =
        Dacă echipa de la spital vrea să mai faceți teste, ea le cere. Verifică rezultatele și vă spune ce înseamnă.
        Locul unde faceți testul depinde de zona în care locuiți. Întrebați echipa de la spital unde să mergeți.
        Oriunde se face testul, echipa de la spital care l-a cerut vă spune rezultatul.
    .if-not = Dacă nu ați aflat un rezultat până la data care vi s-a spus, sunați echipa de la spital.
    .ask =
        De ce am nevoie de acest test?
        Unde merg pentru test?
        Cum și când îmi veți spune rezultatul?

after-appointment-next =
    .title = Dacă trebuie să reveniți
    .body =
        Dacă trebuie să vedeți din nou echipa, ei ar trebui să vă spună cum se va organiza asta. Când spitalul vrea să vă vadă din nou, face chiar el programarea pentru consultație sau test.
        Unele echipe vă cer, în schimb, să le contactați dumneavoastră când aveți nevoie de ele. Aceasta se numește control la cererea pacientului (patient initiated follow-up). Întrebați cât timp puteți face asta. Ghidul despre controale spune mai multe.
        Dacă trebuie să mergeți la o altă echipă de la spital pentru o problemă legată de aceasta, echipa de la spital vă trimite acolo. Nu trebuie să mergeți mai întâi înapoi la medicul GP.
    .if-not = Vi s-a spus că spitalul vă va face următoarea programare? Dacă nu ați aflat nimic până la data pe care v-au spus-o, sunați echipa de la spital.
    .ask =
        Trebuie să revin? Dacă da, când?
        Îmi faceți dumneavoastră următoarea programare sau trebuie să vă contactez eu?
        Trebuie să merg și la altă echipă?

after-appointment-questions =
    .title = Dacă aveți o întrebare
    .body =
        Spitalul trebuie să vă spună cum îl puteți contacta. Uitați-vă în scrisoarea de la clinică sau pe site-ul spitalului.
        Dacă aveți o întrebare despre îngrijirea de la spital, întrebați echipa de la spital. Ei ar trebui să vă răspundă singuri. Nu ar trebui să vă spună să-l întrebați pe medicul GP.
    .if-not = Dacă nu primiți un răspuns, cereți să vorbiți cu serviciul de consiliere pentru pacienți al spitalului. Ei vă ajută când ceva nu merge bine.
    .ask =
        Care este cel mai bun mod să vă contactez?
        Pe cine întreb despre medicamentele mele noi?

after-appointment-problems =
    .title = Dacă ceva nu merge bine
    .body =
        Uneori lucrurile nu merg bine între medicul GP și spital. De exemplu, fiecare poate spune că celălalt ar trebui să facă un anumit lucru.
        Dacă se întâmplă asta, cereți să vorbiți cu serviciul de consiliere pentru pacienți al spitalului. Adesea se numește PALS. Ei vă ajută când ceva nu merge bine.
        Fiecare spital are și o persoană responsabilă numită. Rolul ei este să ajute spitalul și cabinetele GP să lucreze bine împreună.
    .if-not = Dacă serviciul de consiliere pentru pacienți nu vă poate ajuta, întrebați-i cum puteți face o plângere. Puteți spune și la cabinetul GP.
    .ask =
        Cine va rezolva această problemă?
        Îi puteți spune despre asta persoanei responsabile care lucrează cu cabinetele GP?
