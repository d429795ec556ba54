# Journey: Your child has been referred to a children's doctor.
# Structure and sources: src/journeys/child_referral.rs

child-referral =
    .title = Copilul dumneavoastră este trimis la un medic pentru copii
    .summary = Cine face programarea copilului, pe cine sunați cât așteptați și cine vă spune rezultatele.
    .intro = Medicul dumneavoastră de familie (GP) vrea ca un medic pentru copii de la spital să vă vadă copilul. Ca părinte sau îngrijitor, vi se spune ce se întâmplă cu copilul. Iată ce urmează și cine face fiecare parte.
    .keywords = copil, copii, copilul meu, fiu, fiică, băiat, fată, bebeluș, pediatru, pediatrie, medic pentru copii, spital de copii, trimitere pentru copil, trimitere, scrisoare de la spital, programare, listă de așteptare, părinte, îngrijitor, child, paediatrician, children's doctor, referral, appointment, waiting list, GP

child-referral-sent =
    .title = Medicul GP face trimiterea
    .body =
        Medicul GP îi scrie unui medic pentru copii de la spital. Acest medic se numește pediatru. Faptul că vă trimite copilul la el se numește trimitere.
        Uneori spitalul cere mai întâi teste, de exemplu analize de sânge. În acest caz, medicul GP le face înainte de a face trimiterea.
        Vi se spun aceleași lucruri care i s-ar spune unui pacient adult. Vi se spun în numele copilului.
    .if-not = Dacă nu ați aflat nimic după 2 săptămâni, contactați cabinetul GP. Întrebați dacă trimiterea a plecat.
    .ask =
        De ce trebuie copilul meu să meargă la un pediatru?
        Are nevoie copilul meu mai întâi de teste?
        Trimiterea va fi marcată ca urgentă?

child-referral-booking =
    .title = Primiți o scrisoare, un e-mail sau un SMS ca să faceți programarea
    .body =
        Puteți primi o scrisoare cu un număr de programare și o parolă. Păstrați-o într-un loc sigur.
        Sau puteți primi un e-mail ori un SMS de la „NHS Referrals”. Are un link care deschide NHS App sau site-ul NHS.
        Folosiți-l ca să alegeți o zi și o oră pentru copil sau ca să sunați echipa de programări.
    .if-not = Dacă nu primiți nimic în 2 săptămâni, sunați la numărul din scrisoarea de trimitere. Dacă nu aveți scrisoare, întrebați la cabinetul GP.
    .ask =
        Pot alege la ce spital merge copilul meu?
        Poate fi consultat copilul aproape de casă?

child-referral-waiting =
    .title = Copilul așteaptă consultația
    .body =
        Echipa de la spital se ocupă de locul copilului pe listă. Medicul GP nu poate grăbi consultația.
        Spitalul vă poate trimite un SMS ca să verifice dacă copilul mai are nevoie de consultație. Vă rugăm să răspundeți, altfel copilul își poate pierde locul.
        Dacă aveți o întrebare despre consultație, întrebați echipa de la spital. Ei ar trebui să vă răspundă, nu să vă trimită înapoi la medicul GP.
    .if-not = Dacă spitalul nu v-a contactat până la data care vi s-a spus, sunați echipa de la spital.
    .ask =
        Cât se așteaptă la această echipă?
        Pe cine sun dacă ni se schimbă planurile?

child-referral-worse =
    .title = Dacă starea copilului se agravează cât așteptați
    .body =
        Dacă problema se agravează, spuneți echipei de la spital. Ei decid dacă copilul trebuie văzut mai repede.
        Dacă copilul nu se simte bine și nu știți ce să faceți, sunați la cabinetul GP sau la NHS 111.
        În caz de urgență, sunați la 999.
        Dacă copilul are o problemă nouă, care nu are legătură cu aceasta, mergeți ca de obicei la medicul GP.
    .if-not = Dacă echipa de la spital nu vă sună înapoi, sunați din nou. Dacă starea copilului pare mai rea, sunați la NHS 111 sau la medicul GP.
    .ask =
        La ce schimbări ar trebui să vă sun?
        Poate fi văzut copilul mai repede dacă starea lui se agravează?

child-referral-visit =
    .title = Prima consultație a copilului
    .body =
        Copilul este văzut de pediatru sau de altcineva din echipa pentru copii. Ei pot vorbi cu amândoi, pot examina copilul sau pot face teste.
        Aduceți scrisoarea, o listă cu medicamentele copilului și întrebările pe care le aveți.
        Fiecare parte a îngrijirii copilului ar trebui să aibă o singură echipă responsabilă. Dacă nu știți care este acea echipă, întrebați.
    .if-not = Dacă consultația este anulată, echipa de la spital ar trebui să vă dea o nouă dată. Sunați-i dacă nu ați primit-o.
    .ask =
        Care credeți că este problema?
        Ce echipă se ocupă de fiecare parte a îngrijirii copilului meu?
        Pe cine sun dacă am o întrebare mai târziu?

child-referral-results =
    .title = Rezultatele testelor și ce urmează
    .body =
        Dacă echipa de la spital cere un test, ea verifică rezultatul și vi-l spune. Așa este chiar dacă sângele este recoltat la cabinetul GP.
        Echipa de la spital îi scrie medicului GP în 10 zile, dacă medicul GP trebuie să facă ceva. Ar trebui să primiți și dumneavoastră o copie.
    .if-not = Dacă un rezultat întârzie, contactați echipa care a cerut testul. Dacă nu ați primit nicio scrisoare după 2 săptămâni, sunați echipa de la spital.
    .ask =
        Când și cum îmi veți spune rezultatele?
        Trebuie copilul să vină din nou la dumneavoastră?
        Trebuie medicul nostru GP să facă ceva?
