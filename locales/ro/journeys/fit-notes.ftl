# Journey: A fit note ("sick note") after hospital care.
# Structure and sources: src/journeys/fit_notes.rs

fit-notes =
    .title = Cum primiți un certificat medical (fit note)
    .summary = Când aveți nevoie de un certificat medical (fit note), cine vi-l dă și ce faceți dacă nu l-ați primit.
    .intro = Un certificat medical (fit note) spune dacă sunteți destul de bine ca să lucrați. Unii îi spun sick note. Iată când aveți nevoie de el, cine vi-l dă și ce faceți dacă nu l-ați primit.
    .keywords = certificat medical, concediu medical, adeverință medicală, certificat pentru muncă, bolnav, nu pot merge la muncă, liber de la muncă, scutire medicală, hârtie pentru angajator, angajator, șef, indemnizație de boală, certificat medical de la spital, primele 7 zile, declarație pe propria răspundere, ajutoare sociale, beneficii, sick note, fit note, off work, med 3, statement of fitness for work, sick pay, self certify, self-certification, universal credit, benefits, ESA

fit-notes-first-week =
    .title = Primele 7 zile în care lipsiți de la muncă
    .body =
        În primele 7 zile în care lipsiți de la muncă pentru că sunteți bolnav, nu aveți nevoie de un certificat medical. Se numără și zilele în care nu lucrați.
        Îi spuneți chiar dumneavoastră angajatorului. Unii angajatori au un formular pentru asta.
        Dacă lipsiți mai mult de 7 zile, aveți nevoie de un certificat medical.
    .if-not = Dacă angajatorul vă cere un certificat medical pentru primele 7 zile, spuneți-i că puteți completa formularul lui sau formularul de pe site-ul GOV.UK.
    .ask =
        Am nevoie deja de un certificat medical?
        Cum îi spun angajatorului că lipsesc din cauza bolii?

fit-notes-hospital =
    .title = Spitalul vi-l dă
    .body =
        Echipa de la spital crede că nu veți putea lucra mai mult de atât? Atunci vă dă un certificat medical (fit note) înainte să plecați.
        Certificatul ar trebui să acopere tot timpul în care ei cred că nu veți lucra. Deci nu ar trebui să aveți nevoie de un al doilea certificat de la medicul GP pentru asta.
        Îl puteți da angajatorului. Îl puteți folosi și pentru ajutoare sociale (benefits), de exemplu Universal Credit.
    .if-not = Dacă plecați fără certificat, sunați echipa de la spital. Rugați-i să vă trimită un certificat medical.
    .ask =
        Cât timp credeți că nu voi putea lucra?
        Pot primi un certificat medical pentru tot acest timp?
        Pot lucra puțin sau pot face o muncă mai ușoară?

fit-notes-who =
    .title = Cine îl poate semna
    .body =
        Un certificat medical (fit note) nu trebuie să vină neapărat de la un medic.
        Vi-l poate da și o asistentă medicală, un farmacist, un fizioterapeut sau un terapeut ocupațional, dacă v-a consultat.
        Un fizioterapeut vă ajută corpul să se miște. Un terapeut ocupațional vă ajută să faceți treburile de zi cu zi.
        Deci persoana care vă tratează poate fi cea care vă dă certificatul medical.
    .if-not = Dacă persoana care vă tratează nu vă poate da certificatul, întrebați-o cine din echipa ei poate.
    .ask =
        Îmi puteți da un certificat medical?
        Dacă nu, cine din echipa dumneavoastră poate?

fit-notes-missing =
    .title = Dacă nu l-ați primit
    .body =
        Dacă spitalul credea că nu veți putea lucra, dar nu v-a dat un certificat medical, sunați echipa de la spital care v-a tratat.
        Este treaba lor să vi-l dea. Nu ar trebui să fie nevoie ca medicul GP să o facă în locul lor.
    .if-not = Dacă echipa de la spital nu vă ajută, cereți să vorbiți cu serviciul de consiliere pentru pacienți al spitalului.
    .ask =
        Îmi puteți trimite certificatul medical prin poștă sau pe e-mail?
        Acoperă tot timpul în care nu pot lucra?

fit-notes-gp =
    .title = Când vi-l dă medicul GP
    .body =
        Cabinetul GP dă certificate medicale pentru problemele pe care le tratează medicul GP.
        Pentru o problemă tratată de spital, întrebați mai întâi echipa de la spital.
        Dacă nu știți cine vă tratează pentru o problemă, întrebați la cabinetul GP.
    .if-not = Dacă nu puteți primi un certificat medical de la nimeni, întrebați la cabinetul GP ce să faceți.
    .ask =
        Cine mă tratează pentru această problemă?
        Îmi puteți da un certificat medical pentru ea?
