# Journey: a hospital specialist starts a new medicine.
# Structure and sources: src/journeys/specialist_medicines.rs

specialist-medicines =
    .title = Nemocničný lekár vám nasadí nový liek
    .summary = Kto vám dá liek, kto vám dá ďalší a koho sa pýtať na vedľajšie účinky a kontroly.
    .intro = Špecialista v nemocnici vám nasadil nový liek. Špecialista je lekár, ktorý veľa vie o jednom druhu zdravotného problému. Tu je, kto vám liek dá a kto vám dá ďalší. Píše sa tu aj to, koho sa pýtať, ak máte s liekom problém.
    .keywords = recept, tabletky, liek, lieky, nový liek, špecialista nasadil liek, liek z ambulancie, opakovaný recept, spoločná starostlivosť, dohoda o spoločnej starostlivosti, vedľajšie účinky, krvné vyšetrenie, sledovanie, dochádzajú mi lieky, nemocničný recept, liek od špecialistu, lekáreň, shared care, repeat prescription

specialist-medicines-start =
    .title = Prvú zásobu lieku vám dá nemocnica
    .body =
        Špecialista v nemocnici rozhodne, že potrebujete nový liek.
        Ak s ním musíte začať hneď, prvú zásobu vám dá nemocnica. Kvôli tomu nemusíte ísť k vášmu lekárovi GP (rodinný lekár).
        Po pobyte v nemocnici dostanete liek aspoň na 7 dní, alebo celý, ak je liečba kratšia.
        Po návšteve ambulancie vám nemocnica dá liek na prvý čas, ak ho potrebujete hneď. Alebo správa z ambulancie (clinic letter) požiada vášho lekára GP, aby vám ho predpísal.
    .if-not = Ak vám povedali, aby ste s liekom začali hneď, ale nedostali ste ho, zavolajte nemocničnému tímu.
    .ask =
        Na čo je tento liek?
        Kedy a ako ho mám brať?
        Dáte mi ho vy, alebo môj lekár GP?

specialist-medicines-gp =
    .title = Potom väčšinu liekov predpisuje váš lekár GP
    .body =
        Pri väčšine liekov správa z ambulancie požiada vášho lekára GP, aby vám predpisoval ďalšie. Recept je doklad, na ktorý dostanete liek.
        Počkajte, kým vaša ordinácia GP dostane správu. Potom ich požiadajte, aby liek pridali k vašim opakovaným receptom.
        Každý opakovaný recept si objednajte včas, aby vám liek nedošiel.
    .if-not = Ak vaša ordinácia GP nedostala správu a liek vám čoskoro dôjde, zavolajte nemocničnému tímu. Požiadajte ich, aby správu poslali alebo vám dali ďalší liek.
    .ask =
        Poslali ste správu môjmu lekárovi GP?
        Koľko lieku mi dáte na čas dovtedy?

specialist-medicines-shared-care =
    .title = Lieky, ktoré musí kontrolovať špecialista
    .body =
        Niektoré lieky musí sledovať špecialista. Ak vám nemocnica nasadila taký liek, bude vám ho dávať ďalej nemocnica.
        Niekedy nemocnica požiada vášho lekára GP, aby to prevzal. Na to je potrebná dohoda o spoločnej starostlivosti (shared care agreement). Je to plán, s ktorým súhlasí nemocnica, váš lekár GP aj vy.
        Váš lekár GP nemusí súhlasiť. Kým všetci nesúhlasia, ďalší liek vám dáva nemocnica.
    .if-not = Ak vám liek čoskoro dôjde a nikto vám nedal ďalší, zavolajte nemocničnému tímu. Urobte to skôr, než vám dôjde.
    .ask =
        Budete mi tento liek dávať ďalej vy, alebo môj lekár GP?
        Súhlasil môj lekár GP so spoločnou starostlivosťou?
        Ako mám požiadať o ďalší liek?

specialist-medicines-checks =
    .title = Krvné vyšetrenia na kontrolu lieku
    .body =
        Pri niektorých liekoch treba krvné vyšetrenia, aby sa zistilo, či sú pre vás bezpečné. Opýtajte sa, či to platí aj pre váš liek.
        Opýtajte sa, kto robí vyšetrenia a ako často.
        Tím, ktorý vyšetrenie nariadi, skontroluje výsledok. Povie vám, čo znamená.
    .if-not = Ak výsledok mešká, obráťte sa na tím, ktorý vyšetrenie nariadil. Opýtajte sa ich, čo ukázalo.
    .ask =
        Treba pri tomto lieku krvné vyšetrenia?
        Kto ich robí a ako často?
        Kto mi povie výsledky?

specialist-medicines-problems =
    .title = Ak máte s liekom problém
    .body =
        Ak si myslíte, že vám liek spôsobuje problém, zavolajte nemocničnému tímu, ktorý vám ho nasadil.
        Niektoré lieky, napríklad lieky na rakovinu, majú linku pomoci, ktorá funguje vo dne aj v noci. Ak vám ju tím dal, použite ju.
        Ak sa cítite veľmi zle, zavolajte na NHS 111 alebo do vašej ordinácie GP v ten istý deň. V núdzovej situácii volajte 999.
    .if-not = Ak vám nemocničný tím nezavolal späť do konca nasledujúceho pracovného dňa, zavolajte znova. Ak sa cítite horšie, zavolajte na NHS 111 alebo vášmu lekárovi GP v ten istý deň.
    .ask =
        Pri akých vedľajších účinkoch vám mám zavolať?
        Je pre tento liek linka pomoci?
        Čo mám robiť, ak vynechám dávku?
