# Journey: Your child seems more unwell. Written for parents and carers.
# Structure and sources: src/journeys/child_unwell.rs

child-unwell =
    .title = Dacă starea copilului pare mai rea
    .summary = Când sunați la 999, când cereți ajutor în aceeași zi și cui să spuneți dacă de copil se ocupă o echipă de la spital.
    .intro = Starea copiilor se poate agrava repede. Dumneavoastră vă cunoașteți cel mai bine copilul. Iată când să cereți ajutor, pe cine să sunați și cui să spuneți.
    .keywords = copil bolnav, copilul nu se simte bine, copilul se simte mai rău, bebeluș bolnav, starea copilului se agravează, febră, temperatură mare, erupție, pete pe piele, nu mănâncă, nu bea, respirație, respiră greu, moale, fără vlagă, îmi fac griji pentru copil, când sun la 999, când sun la 111, acces direct, secția de copii, child unwell, child ill, sick child, baby unwell, child getting worse, fever, high temperature, rash, not eating, not drinking, breathing, floppy, open access, children's ward

child-unwell-emergency =
    .title = Când sunați la 999
    .body =
        Sunați la 999 dacă copilul respiră greu sau se trezește foarte greu.
        Sunați la 999 și dacă copilul face o criză (convulsii) sau devine foarte palid, vânăt sau cu pete pe piele.
        Sunați la 999 dacă copilul are pe piele o erupție care nu se deschide la culoare când apăsați un pahar pe ea.
    .if-not = Dacă nu reușiți să vorbiți cu cineva la 999, continuați să încercați. Nu așteptați să vedeți dacă copilului îi este mai bine.
    .ask =
        Ce semne ar trebui să mă facă să sun la 999?

child-unwell-same-day =
    .title = Cereți ajutor în aceeași zi
    .body =
        Dacă starea copilului pare mai rea sau dacă vă faceți griji, contactați cabinetul GP sau sunați la NHS 111 în aceeași zi.
        Spuneți-le dacă copilul nu bea lichide, este mult mai somnoros decât de obicei sau starea lui se agravează.
        NHS 111 este deschis zi și noapte. Puteți intra și pe 111.nhs.uk.
    .if-not = Dacă nu reușiți să vorbiți cu cabinetul GP și vă faceți griji, sunați la NHS 111. Dacă starea copilului se agravează, sunați la 999.
    .ask =
        Ce ar trebui să urmăresc la noapte?
        Când ar trebui să vă sun din nou?

child-unwell-hospital-team =
    .title = Dacă de copil se ocupă deja o echipă de la spital
    .body =
        Unii copii se pot întoarce direct la secția de copii dacă se îmbolnăvesc. Aceasta se numește acces direct (open access). Dacă copilul are acces direct, echipa v-a spus deja.
        Dacă aveți un număr al echipei, sunați-i. Spuneți-le că copilul se simte mai rău.
        Dacă nu îi puteți contacta, contactați cabinetul GP sau NHS 111 în aceeași zi. În caz de urgență, sunați la 999.
    .if-not = Dacă echipa nu v-a sunat înapoi și copilului nu îi este mai bine, sunați la NHS 111 sau la cabinetul GP. Nu așteptați.
    .ask =
        Are copilul meu acces direct la secție?
        Pe cine sun noaptea?

child-unwell-after =
    .title = După ce copilul a fost consultat
    .body =
        Persoana care a consultat copilul ar trebui să vă spună ce să urmăriți și când să reveniți.
        Dacă copilul a fost la A&E (urgențe) sau la spital, de acolo se trimite o scrisoare medicului GP.
        Dacă copilului nu îi este mai bine până la data pe care v-au spus-o sau starea lui se agravează, cereți din nou ajutor. Este în regulă să cereți ajutor de mai multe ori.
    .if-not = Dacă nu știți sigur ce să faceți mai departe, sunați la NHS 111 sau la cabinetul GP.
    .ask =
        Ce semne înseamnă că trebuie să aduc copilul înapoi?
        Cât ar trebui să dureze până când îi este mai bine?
