# Journey: Referring yourself, and Pharmacy First.
# Structure and sources: src/journeys/self_referral.rs

self-referral =
    .title = Ajutor fără să mergeți mai întâi la medicul GP
    .summary = Servicii pe care le puteți contacta chiar dumneavoastră, ce poate trata un farmacist și cine are grijă de dumneavoastră atunci.
    .intro = Pentru unele probleme nu trebuie să mergeți mai întâi la medicul de familie (GP). Puteți contacta chiar dumneavoastră serviciul. Aceasta se numește autotrimitere (self-referral). Iată cum funcționează și cine ce face.
    .keywords = mă trimit singur, autotrimitere, fără medicul de familie, fizioterapie, fizioterapeut, kinetoterapie, durere de spate, podiatrie, picioare, probleme cu picioarele, auz, audiologie, moașă, însărcinată, sarcină, sănătate sexuală, terapie prin discuții, farmacie, farmacist, durere în gât, durere de ureche, sinuzită, infecție urinară, zona zoster, impetigo, mușcătură de insectă, înțepătură de insectă, refer myself, self referral, self-referral, without GP, physio, physiotherapy, podiatry, audiology, midwife, maternity, sexual health, talking therapies, pharmacy first, UTI, shingles, insect bite

self-referral-services =
    .title = Servicii pe care le puteți contacta chiar dumneavoastră
    .body =
        Puteți contacta chiar dumneavoastră unele servicii NHS, fără să mergeți mai întâi la medicul GP.
        Printre ele pot fi fizioterapia pentru mușchi și articulații, îngrijirea picioarelor, verificarea auzului și terapia prin discuții. Puteți contacta și o moașă când sunteți însărcinată, precum și o clinică de sănătate sexuală.
        Ce servicii puteți contacta chiar dumneavoastră depinde de zona în care locuiți.
    .if-not = Dacă nu găsiți serviciul, întrebați la cabinetul GP. Cei de la recepție vă pot spune cum îl contactați.
    .ask =
        Pot contacta direct acest serviciu aici, fără trimitere?
        Cum îl contactez?

self-referral-pharmacy-first =
    .title = O farmacie poate trata unele probleme
    .body =
        Un farmacist vă poate consulta și vă poate da tratament pentru unele probleme obișnuite, fără o consultație la medicul GP. Aceasta se numește Pharmacy First.
        Acestea sunt: durerea în gât, durerea de ureche, durerea de sinusuri, zona zoster și impetigo. Pe listă sunt și mușcăturile care se infectează și infecțiile urinare la femei. Unele sunt doar pentru anumite vârste.
        Dacă aveți nevoie de un medicament pe care în mod normal l-ar prescrie un medic, farmacistul vi-l poate da.
    .if-not = Dacă trebuie să mergeți la un medic GP, farmacistul vă va spune. Atunci contactați cabinetul GP.
    .ask =
        Puteți trata asta aici?
        Ce fac dacă nu mă simt mai bine?

self-referral-in-charge =
    .title = Serviciul care vă vede se ocupă de problemă
    .body =
        Serviciul pe care l-ați contactat se ocupă de acea problemă. Vă spune rezultatele testelor pe care le cere.
        Dacă medicul GP trebuie să știe, serviciul îi spune medicului GP.
    .if-not = Dacă serviciul nu v-a răspuns până la data pe care a spus-o, contactați-l din nou.
    .ask =
        Pe cine contactez dacă am o întrebare?
        Îi veți spune medicului meu GP?

self-referral-gp =
    .title = Când să mergeți totuși la medicul GP
    .body =
        Dacă nu știți unde să mergeți, întrebați la cabinetul GP. Personalul vă poate ajuta să alegeți.
        Dacă nu vă simțiți mai bine sau vă simțiți mai rău, contactați cabinetul GP sau sunați la NHS 111 în aceeași zi. În caz de urgență, sunați la 999.
    .if-not = Dacă nu reușiți să vorbiți cu cabinetul GP și vă faceți griji, sunați la NHS 111.
    .ask =
        Unde este cel mai bine să merg pentru asta?
