# Journey: Getting help for your mental health.
# Structure and sources: src/journeys/mental_health.rs

mental-health =
    .title = Ajutor pentru sănătatea mintală
    .summary = Unde mergeți într-o criză, cum cereți terapie prin discuții și cine are grijă de dumneavoastră.
    .intro = Sănătatea mintală contează la fel de mult ca sănătatea corpului. Iată unde primiți ajutor, inclusiv într-o criză, și cine face fiecare parte.
    .keywords = sănătate mintală, criză, gânduri de sinucidere, sinucidere, autovătămare, îmi fac rău, anxietate, depresie, stres, tristețe, atac de panică, panică, terapie prin discuții, psihoterapie, consiliere, terapie, CBT, terapie cognitiv-comportamentală, echipa de sănătate mintală, psihiatru, antidepresive, medicamente pentru sănătatea mintală, mental health, crisis, suicidal, self harm, anxiety, depression, low mood, talking therapy, counselling, talking therapies, community mental health team, antidepressants

mental-health-crisis =
    .title = Într-o criză, cereți ajutor acum
    .body =
        Dacă viața dumneavoastră sau a altcuiva este în pericol, sunați la 999 sau mergeți la A&E (urgențe).
        Dacă aveți nevoie de ajutor acum, sunați la NHS 111 și alegeți opțiunea pentru sănătate mintală. Este deschis zi și noapte, pentru orice vârstă.
        Dacă aveți deja o echipă de sănătate mintală, folosiți numărul pentru criză din planul dumneavoastră de îngrijire.
    .if-not = Dacă nu reușiți să vorbiți cu cineva, sunați la 999 sau mergeți la A&E.
    .ask =
        Pe cine sun dacă mă simt din nou așa?

mental-health-talking-therapies =
    .title = Puteți cere chiar dumneavoastră terapie prin discuții
    .body =
        NHS Talking Therapies (terapie prin discuții la NHS) vă ajută cu stări ca îngrijorarea, tristețea și stresul. Nu trebuie să mergeți mai întâi la medicul GP.
        Vă puteți înscrie chiar dumneavoastră, online sau la telefon. Căutați NHS Talking Therapies pe site-ul NHS ca să găsiți serviciul din zona dumneavoastră.
        Acest serviciu este pentru adulți. Copiii și tinerii au propriile servicii. Întrebați la cabinetul GP sau la școală.
    .if-not = Dacă serviciul nu v-a răspuns până la data pe care v-au spus-o, contactați-i din nou. Dacă vă simțiți mai rău cât așteptați, contactați cabinetul GP sau NHS 111 în aceeași zi.
    .ask =
        Cât se așteaptă aici pentru terapia prin discuții?
        Ce fel de ajutor oferiți?

mental-health-gp =
    .title = Medicul GP vă poate ajuta și vă poate trimite mai departe
    .body =
        Medicul GP poate vorbi cu dumneavoastră despre cum vă simțiți și despre ce ajutor există.
        Dacă aveți nevoie de mai mult ajutor, medicul GP vă poate trimite la o echipă de sănătate mintală. În această echipă lucrează, de exemplu, asistente medicale, medici și terapeuți.
    .if-not = Dacă așteptați echipa de sănătate mintală și vă simțiți mai rău, contactați cabinetul GP sau sunați la NHS 111 în aceeași zi. Într-o criză, sunați la NHS 111 și alegeți opțiunea pentru sănătate mintală.
    .ask =
        Ce ajutor există pentru mine?
        Mă puteți trimite la o echipă de sănătate mintală?

mental-health-team =
    .title = Echipa de sănătate mintală vă planifică îngrijirea
    .body =
        Dacă de dumneavoastră se ocupă o echipă de sănătate mintală, ei fac împreună cu dumneavoastră un plan de îngrijire (care plan). Planul spune cine se ocupă de îngrijirea dumneavoastră și cum îi puteți contacta.
        Cereți echipei numărul lor de telefon și un număr la care să sunați într-o criză.
    .if-not = Dacă nu știți cine se ocupă de îngrijirea dumneavoastră, întrebați echipa. Sau întrebați la cabinetul GP.
    .ask =
        Cine se ocupă de îngrijirea mea?
        Pe cine sun într-o criză?

mental-health-medicines =
    .title = Cine vă dă medicamentele
    .body =
        Adesea, echipa de sănătate mintală propune un medicament, iar medicul GP vi-l prescrie.
        Unele medicamente trebuie urmărite de un specialist, cu analize de sânge regulate. Atunci echipa de sănătate mintală vi le poate prescrie sau poate împărți îngrijirea cu medicul GP.
        Întrebați cine vă dă în continuare medicamentul și cine face controalele.
    .if-not = Dacă vi se termină curând medicamentul și nu știți pe cine să întrebați, contactați cabinetul GP. Dacă este închis, sunați la NHS 111.
    .ask =
        Cine îmi dă în continuare acest medicament?
        Are nevoie de analize de sânge?
