# Journey: your rights on a waiting list.
# Structure and sources: src/journeys/waiting_list_rights.rs

waiting-list-rights =
    .title = Vaše práva, keď čakáte na nemocničnú starostlivosť
    .summary = Výber nemocnice, žiadosť o presun po dlhom čakaní a ako spoznať falošné SMS.
    .intro = Keď vás váš lekár GP (rodinný lekár) pošle do nemocnice, máte práva týkajúce sa toho, kde a ako skoro vás prijmú. Tu je, aké sú a koho sa pýtať.
    .keywords = práva, moje práva, výber, vybrať si nemocnicu, vybrať si kde, iná nemocnica, zmeniť nemocnicu, kratšie čakanie, dlhé čakanie, 18 týždňov, čakám príliš dlho, SMS o čakacom zozname, je táto SMS skutočná, podvod, podvodná SMS, falošná SMS, SMS od NHS, stratím miesto, sťažnosť, scam

waiting-list-rights-choice =
    .title = Nemocnicu si často môžete vybrať
    .body =
        Keď vás váš lekár GP pošle do nemocnice, často si môžete vybrať, do ktorej nemocnice alebo ambulancie pôjdete. Pri väčšine bežných odporúčaní je to vaše právo v Anglicku.
        Priemerné čakacie doby môžete porovnať na webovej stránke My Planned Care. Opýtajte sa vášho lekára GP, z ktorých miest si môžete vybrať.
    .if-not = Ak vám nedali na výber a chceli ste si vybrať, opýtajte sa vo vašej ordinácii GP. Môžete sa opýtať aj tímu, ktorý objednáva termíny, keď sa budete objednávať.
    .ask =
        Z ktorých nemocníc si môžem vybrať?
        Kde sa čaká najkratšie?

waiting-list-rights-long-wait =
    .title = Ak čakáte dlho
    .body =
        Pri väčšine problémov, ktoré nie sú urgentné, máte právo začať liečbu do 18 týždňov od odporúčania. Stojí to v NHS Constitution (ústava NHS).
        Mnohé čakacie doby sú teraz dlhšie. Ak je to aj váš prípad, môžete sa opýtať na presun do inej nemocnice s kratším čakaním.
        Opýtajte sa nemocničného tímu. V niektorých prípadoch sa vám ozvú sami a ponúknu vám to.
    .if-not = Ak vám nemocničný tím nemôže pomôcť, opýtajte sa vo vašej ordinácii GP. Môžete sa opýtať aj tímu poradenstva pre pacientov v nemocnici.
    .ask =
        Môžu ma prijať niekde inde skôr?
        Zmenil by presun to, kto sa o mňa stará?

waiting-list-rights-texts =
    .title = SMS, ktoré zisťujú, či ešte potrebujete návštevu
    .body =
        Nemocnica vám môže poslať SMS, aby zistila, či ešte potrebujete návštevu. Ak môžete, odpovedzte. Ak ju už nepotrebujete, povedzte to.
        Nevyradia vás zo zoznamu len preto, že ste neodpovedali. Iba vy alebo lekár môžete rozhodnúť, že vás už netreba prijať.
    .if-not = Ak máte obavy, že vás vyradili zo zoznamu, zavolajte nemocničnému tímu a opýtajte sa.
    .ask =
        Som ešte na vašom zozname?
        Ako sa so mnou spojíte?

waiting-list-rights-scams =
    .title = Ako spoznať podvodnú SMS
    .body =
        Niektoré SMS predstierajú, že sú od NHS. Môže sa v nich písať, že stratíte miesto, ak neklikniete na odkaz.
        NHS vás nebude žiadať, aby ste platili alebo dali údaje o svojom bankovom účte, aby ste si udržali miesto alebo sa objednali.
        Ak si nie ste istí, či je SMS skutočná, nepoužite odkaz v nej. Zavolajte na číslo uvedené v liste z nemocnice alebo sa opýtajte vo vašej ordinácii GP.
    .if-not = Ak ste klikli na odkaz a dali ste údaje o svojom bankovom účte, hneď zavolajte do svojej banky.
    .ask =
        Je táto SMS naozaj od vás?

waiting-list-rights-help =
    .title = Ak si myslíte, že vaše práva neboli dodržané
    .body =
        Najprv sa porozprávajte s nemocničným tímom. Možno to dokážu vyriešiť.
        Ak nie, požiadajte o tím poradenstva pre pacientov v nemocnici. Pomáhajú, keď sa niečo pokazí. Môžu vám aj povedať, ako podať sťažnosť.
    .if-not = Ak tím poradenstva pre pacientov nemôže pomôcť, opýtajte sa ich, ako podať sťažnosť. Môžete to povedať aj vašej ordinácii GP.
    .ask =
        Kto mi s tým môže pomôcť?
        Ako podám sťažnosť?
