# Journey: Why your GP practice asks what the problem is.
# Structure and sources: src/journeys/care_navigation.rs

care-navigation =
    .title = Kodėl registratūroje klausia, kas jums negerai
    .summary = Kodėl jūsų GP klinika klausia apie jūsų problemą, pas ką galite patekti ir kaip gali padėti socialinis patarėjas.
    .intro = Kai kreipiatės į savo GP kliniką (šeimos gydytojo kliniką), darbuotojai gali paklausti, kokia yra problema. Jie klausia, kad galėtų jus nukreipti pas tinkamą žmogų. Štai kaip tai veikia.
    .keywords = registratorė, registratūra, kodėl klausia, kas negerai, registracija pas GP, patekti pas GP, pacientų nukreipimas, slaugytoja, vaistininkas, kineziterapeutas, fizioterapeutas, socialinis nukreipimas, socialinis patarėjas, vienišumas, vietinės grupės, bendruomenės grupės, labdara, savanoriai, receptionist, care navigation, link worker, social prescribing

care-navigation-ask =
    .title = Darbuotojai klausia, kokia yra problema
    .body =
        Kai paskambinate ar ateinate, registratorius gali paklausti, kokia yra problema. Jis klausia ne iš smalsumo.
        Jis klausia, kad padėtų jums patekti pas tinkamą žmogų. Tai vadinama pacientų nukreipimu (care navigation). Tai darantys darbuotojai vadinami pacientų nukreipėjais (care navigators).
    .if-not = Jei nežinote, pas ką jums eiti, paprašykite darbuotojų padėti pasirinkti.
    .ask =
        Pas ką man geriausia eiti?
        Kaip greitai mane gali priimti?

care-navigation-right-person =
    .title = Patenkate pas tinkamą žmogų
    .body =
        Tinkamas žmogus gali būti ne GP gydytojas. Tai gali būti slaugytoja arba vaistininkas. Vaistininkas yra vaistų specialistas.
        Tai gali būti kineziterapeutas (physiotherapist). Kineziterapeutas padeda, kai yra problemų su raumenimis, sąnariais ir judėjimu.
        Arba darbuotojai gali jums nurodyti paslaugą už klinikos ribų.
    .if-not = Jei manote, kad jums vis tiek reikia GP gydytojo, pasakykite darbuotojams kodėl. Jei jums pablogėja, tą pačią dieną vėl susisiekite su savo GP klinika arba skambinkite NHS 111.
    .ask =
        Kodėl šis žmogus tinka mano problemai?
        Ką daryti, jei man nepagerės?

care-navigation-ask-link-worker =
    .title = Paprašote socialinio patarėjo
    .body =
        Kai kurie dalykai, kurie veikia jūsų sveikatą, nėra medicininiai. Su jais gali padėti socialinis patarėjas (link worker).
        Kad gautumėte socialinį patarėją, paklauskite savo GP klinikos. Ji gali jus suvesti.
        Tai vadinama socialiniu nukreipimu (social prescribing).
    .if-not = Jei jūsų GP klinika jūsų nesuveda, paprašykite dar kartą. Paklauskite, kas yra socialinis patarėjas jūsų vietovėje.
    .ask =
        Ar čia yra socialinis patarėjas?
        Per kiek laiko jis su manimi susisieks?

care-navigation-link-worker =
    .title = Socialinis patarėjas jums padeda
    .body =
        Socialinis patarėjas suveda jus su grupėmis ir paslaugomis netoli jūsų.
        Jas gali organizuoti vietos žmonės arba labdaros organizacijos. Jos nėra jūsų GP klinikos dalis.
        Socialinis patarėjas padeda jums rasti tas, kurios jums tinka.
    .if-not = Jei socialinis patarėjas su jumis nesusisiekė, susisiekite su savo GP klinika. Paprašykite patikrinti.
    .ask =
        Kokios grupės yra netoli manęs?
        Ar galite man padėti pradėti?
