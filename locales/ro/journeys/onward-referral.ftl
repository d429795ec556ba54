# Journey: The hospital sends you on to another hospital team.
# Structure and sources: src/journeys/onward_referral.rs

onward-referral =
    .title = Spitalul vă trimite la o altă echipă
    .summary = Când o echipă de la spital vă trimite direct la o altă echipă, fără să mai treceți pe la medicul de familie (GP).
    .intro = Uneori o echipă de la spital constată că trebuie să vedeți o altă echipă. Adesea vă pot trimite chiar ei acolo. Iată cum funcționează și pe cine să întrebați.
    .keywords = trimitere mai departe, trimis mai departe, altă echipă, alt specialist, specialist diferit, al doilea specialist, altă secție, altă clinică, problemă nouă, problemă legată, teste urgente, analize urgente, tratament urgent, trimitere de la spital, trebuie să merg la medicul de familie, înapoi la medicul de familie, transfer, onward referral, referral, GP

onward-referral-direct =
    .title = Spitalul vă trimite direct acolo
    .body =
        Echipa de la spital poate constata că trebuie să vedeți o altă echipă. Vă trimit chiar ei acolo când problema nouă are legătură cu motivul primei trimiteri.
        Fac asta și când aveți nevoie urgent de teste sau de tratament. Un exemplu este când cred că ați putea avea cancer.
        Nu trebuie să mergeți înapoi la medicul GP pentru asta.
    .if-not = Echipa de la spital vă spune să mergeți înapoi la medicul GP? Dacă problema are legătură sau este urgentă, rugați-i să vă trimită chiar ei mai departe.
    .ask =
        La ce echipă mă trimiteți și de ce?
        Este urgent?
        Îi veți spune medicului meu GP?

onward-referral-hear =
    .title = Noua echipă vă contactează
    .body =
        Noua echipă vă contactează ca să vă facă programarea. Adesea prin scrisoare, SMS sau telefon.
        Țineți la zi datele de contact la spital, ca noua echipă să vă poată găsi.
        Dacă nu știți sigur dacă un SMS sau un apel este chiar de la spital, sunați la numărul din scrisoarea de la spital.
    .if-not = Dacă nu ați aflat nimic până la data care vi s-a spus, sunați echipa care v-a trimis. Rugați-i să verifice dacă trimiterea a plecat.
    .ask =
        Când ar trebui să mă contacteze noua echipă?
        Cum mă vor contacta?

onward-referral-questions =
    .title = Pe cine sunați cu întrebări
    .body =
        Dacă aveți o întrebare despre motivul pentru care v-au trimis mai departe, sunați echipa care v-a trimis.
        Dacă aveți o întrebare despre noua programare, sunați noua echipă. Numărul lor este în scrisoare sau în SMS.
        Ambele echipe ar trebui să vă răspundă singure la întrebări. Nu ar trebui să vă spună să-l întrebați pe medicul GP.
        Dacă vă simțiți mult mai rău cât așteptați, contactați cabinetul GP sau NHS 111 în aceeași zi și spuneți echipei de la spital. În caz de urgență, sunați la 999.
    .if-not = Dacă nu primiți un răspuns, cereți să vorbiți cu serviciul de consiliere pentru pacienți al spitalului. Ei vă ajută când ceva nu merge bine.
    .ask =
        Cine se ocupă acum de îngrijirea mea?
        Pe cine sun dacă mă simt mai rău?

onward-referral-not-linked =
    .title = Dacă problema nouă nu are legătură
    .body =
        Dacă problema nouă nu are legătură și nu este urgentă, echipa de la spital poate să nu vă trimită mai departe. În schimb, îi poate scrie medicului GP despre ea.
        Întrebați echipa de la spital ce ar trebui să faceți mai departe.
        Pentru orice problemă nouă care vă îngrijorează, puteți merge ca de obicei la medicul GP.
    .if-not = Dacă nu știți cine se ocupă de problema nouă, întrebați echipa de la spital. Puteți întreba și la cabinetul GP.
    .ask =
        Cine se va ocupa de această problemă nouă?
        Îi veți scrie medicului meu GP despre ea?
