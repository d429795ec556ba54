# Journey: Your child has been referred to a children's doctor.
# Structure and sources: src/journeys/child_referral.rs

child-referral =
    .title = Copilul dumneavoastră este trimis la un medic pentru copii
    .summary = Cine face programarea copilului, pe cine sunați cât așteptați și cine vă spune rezultatele.
    .intro = Medicul dumneavoastră de familie (GP) vrea ca un medic pentru copii de la spital să ajute la îngrijirea copilului dumneavoastră. Ca părinte sau îngrijitor, vi se spune ce se întâmplă cu copilul. Iată ce urmează și cine face fiecare parte.
    .keywords = copil, copii, copilul meu, fiu, fiică, băiat, fată, bebeluș, pediatru, pediatrie, medic pentru copii, spital de copii, trimitere pentru copil, trimitere, scrisoare de la spital, programare, listă de așteptare, părinte, îngrijitor, copilul se simte mai rău, starea copilului se agravează, child, paediatrician, children's doctor, referral, appointment, waiting list, child more unwell, child getting worse, GP

child-referral-advice =
    .title = Medicul GP poate cere mai întâi sfatul unui medic pentru copii
    .body =
        Un medic pentru copii se numește pediatru. Medicul GP poate cere mai întâi sfatul unui pediatru despre copilul dumneavoastră. Poate fi la telefon sau online.
        În unele zone, un pediatru vine la cabinetele GP ca să vadă copiii acolo. Unii copii pot fi îngrijiți acasă de o echipă de la spital.
        Datorită sfatului, s-ar putea să nu fie nevoie ca copilul să meargă la spital. Medicul GP vă spune ce a zis pediatrul.
    .if-not = Dacă nu știți sigur ce face medicul GP pentru copilul dumneavoastră, contactați cabinetul GP și întrebați.
    .ask =
        Cereți sfatul unui pediatru sau îmi trimiteți copilul la spital?
        Cum îmi veți spune ce a zis pediatrul?

child-referral-sent =
    .title = Medicul GP face trimiterea
    .body =
        Dacă copilul trebuie să meargă la un pediatru, medicul GP îi scrie pediatrului. Aceasta se numește trimitere.
        Medicul GP spune și cât de repede trebuie văzut copilul. O trimitere poate fi de rutină sau urgentă.
        Uneori spitalul cere mai întâi teste. În acest caz, medicul GP le organizează înainte de a face trimiterea.
        Vi se spun aceleași lucruri care i s-ar spune unui pacient adult. Vi se spun în numele copilului.
    .if-not = Întrebați-l pe medicul GP când ar trebui să aflați ceva despre trimitere. Dacă nu ați aflat nimic până atunci, contactați cabinetul GP. Întrebați dacă trimiterea a plecat.
    .ask =
        De ce trebuie copilul meu să meargă la un pediatru?
        Trimiterea este de rutină sau urgentă?
        Are nevoie copilul meu mai întâi de teste?

child-referral-booking =
    .title = Primiți o scrisoare, un e-mail sau un SMS ca să faceți programarea
    .body =
        Puteți primi o scrisoare cu un număr de programare și o parolă. Păstrați-o într-un loc sigur.
        Sau puteți primi un e-mail ori un SMS. Are un link ca să faceți programarea în NHS App sau pe site-ul NHS.
        Folosiți-l ca să alegeți o zi și o oră pentru copil sau ca să sunați echipa de programări.
        Unele SMS-uri care par să vină de la NHS sunt înșelătorii. NHS nu vă va cere să plătiți sau să dați datele contului bancar. Dacă nu știți sigur, nu folosiți linkul. Sunați la numărul din scrisoare.
    .if-not = Dacă nu a venit nimic până la data spusă de medicul GP, sunați la numărul din scrisoarea de trimitere. Dacă nu aveți scrisoare, întrebați la cabinetul GP.
    .ask =
        Pot alege la ce spital merge copilul meu?
        Poate fi consultat copilul aproape de casă?

child-referral-waiting =
    .title = Copilul așteaptă consultația
    .body =
        Echipa de la spital se ocupă de locul copilului pe listă.
        Spitalul vă poate trimite un SMS ca să verifice dacă copilul mai are nevoie de consultație. Răspundeți dacă puteți. Dacă nu răspundeți, sunați echipa de la spital. Copilul nu va fi scos de pe listă doar pentru că nu ați răspuns.
        Dacă aveți o întrebare despre consultație, întrebați echipa de la spital. Ei ar trebui să vă răspundă, nu să vă trimită înapoi la medicul GP.
    .if-not = Dacă spitalul nu v-a contactat până la data care vi s-a spus, sunați echipa de la spital.
    .ask =
        Cât se așteaptă la această echipă?
        Pe cine sun dacă ni se schimbă planurile?

child-referral-worse =
    .title = Dacă starea copilului pare mai rea
    .body =
        Aveți încredere în ce simțiți. Dumneavoastră vă cunoașteți cel mai bine copilul.
        Sunați la 999 dacă copilul respiră greu, se trezește foarte greu sau face o criză (convulsii). Sunați la 999 și dacă are pe piele o erupție care nu se deschide la culoare când apăsați un pahar pe ea.
        Dacă starea copilului pare mai rea sau dacă vă faceți griji, contactați cabinetul GP sau sunați la NHS 111 în aceeași zi.
        Spuneți și echipei de la spital. Un medic de acolo poate verifica dacă copilul trebuie văzut mai repede. Și medicul GP poate marca trimiterea ca urgentă.
    .if-not = Dacă echipa de la spital nu v-a sunat înapoi până la sfârșitul următoarei zile lucrătoare, sunați din nou. Nu îi așteptați dacă starea copilului pare mai rea: sunați la cabinetul GP sau la NHS 111 în aceeași zi.
    .ask =
        La ce semne ar trebui să vă sun?
        Poate fi văzut copilul mai repede dacă starea lui se agravează?

child-referral-visit =
    .title = Prima consultație a copilului
    .body =
        Copilul este văzut de pediatru sau de altcineva din echipa pentru copii. Ei pot vorbi cu amândoi, pot examina copilul sau pot face teste.
        Aduceți scrisoarea, o listă cu medicamentele copilului și întrebările pe care le aveți.
        Fiecare parte a îngrijirii copilului ar trebui să aibă o singură echipă responsabilă. Dacă nu știți care este acea echipă, întrebați.
        Copiii mai mari pot vrea să vorbească singuri cu medicul o parte din consultație. Tinerii pot alege adesea ce li se spune părinților.
    .if-not = Dacă consultația este anulată, echipa de la spital ar trebui să vă dea o nouă dată. Sunați-i dacă nu ați primit-o.
    .ask =
        Care credeți că este problema?
        Ce echipă se ocupă de fiecare parte a îngrijirii copilului meu?
        Pe cine sun dacă am o întrebare mai târziu?

child-referral-letter =
    .title = Spitalul îi scrie medicului GP
    .body =
        După consultație, echipa de la spital îi scrie medicului GP, dacă acesta trebuie să facă ceva. Aceasta se numește scrisoare de la clinică (clinic letter). Ar trebui să primiți și dumneavoastră o copie.
    .if-not = Dacă cabinetul GP nu a primit scrisoarea în termenul arătat, sunați echipa de la spital. Rugați-i să o trimită.
    .ask =
        Trebuie medicul nostru GP să facă ceva?
        Pot primi o copie a scrisorii?

child-referral-results =
    .title = Teste și rezultate
    .body =
        Dacă echipa de la spital cere un test, ea verifică rezultatul și vi-l spune.
        Copiilor li se ia adesea sânge la o clinică pentru copii de la spital. Întrebați echipa unde să mergeți.
        Oriunde se face testul, echipa care l-a cerut vă spune rezultatul.
    .if-not = Dacă un rezultat întârzie, contactați echipa care a cerut testul.
    .ask =
        Unde ar trebui să facă copilul testul?
        Când și cum îmi veți spune rezultatele?
        Trebuie copilul să vină din nou la dumneavoastră?
