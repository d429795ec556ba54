# Journey: your child seems more unwell. Written for parents and carers.
# Structure and sources: src/journeys/child_unwell.rs

child-unwell =
    .title = Se o seu filho parecer mais doente
    .summary = Quando ligar para o 999, quando pedir ajuda no mesmo dia e quem avisar se o seu filho for seguido por uma equipa do hospital.
    .intro = As crianças podem piorar depressa. Conhece o seu filho melhor do que ninguém. Eis quando pedir ajuda, para quem ligar e quem avisar.
    .keywords = criança doente, filho doente, filha doente, bebé doente, criança a piorar, filho pior, febre, temperatura alta, manchas na pele, erupção, não come, não bebe, respiração, dificuldade em respirar, mole, sem forças, preocupado com o meu filho, quando ligar para o 999, quando ligar para o 111, acesso direto, enfermaria de pediatria, child unwell, child ill, sick child, baby unwell, child getting worse, fever, high temperature, rash, not eating, not drinking, breathing, floppy, when to call 999, when to call 111, open access, children's ward

child-unwell-emergency =
    .title = Quando ligar para o 999
    .body =
        Ligue para o 999 se o seu filho tiver dificuldade em respirar, ou se for muito difícil acordá-lo.
        Ligue também para o 999 se o seu filho tiver uma convulsão, ou se ficar muito pálido, azulado ou com manchas na pele.
        Ligue para o 999 se o seu filho tiver manchas na pele que não desaparecem quando carrega nelas com um copo de vidro.
    .if-not = Se não conseguir ser atendido no 999, continue a tentar. Não fique à espera de ver se o seu filho melhora.
    .ask =
        Que sinais devem levar-me a ligar para o 999?

child-unwell-same-day =
    .title = Peça ajuda no mesmo dia
    .body =
        Se o seu filho parecer mais doente, ou se estiver preocupado, contacte o consultório do seu GP (médico de família) ou ligue para o NHS 111 no mesmo dia.
        Diga-lhes se o seu filho não está a beber, se está com muito mais sono do que o costume, ou se está a piorar.
        O NHS 111 funciona de dia e de noite. Também pode ir a 111.nhs.uk.
    .if-not = Se não conseguir falar com o consultório do seu GP e estiver preocupado, ligue para o NHS 111. Se o seu filho piorar, ligue para o 999.
    .ask =
        A que devo estar atento esta noite?
        Quando devo voltar a ligar-vos?

child-unwell-hospital-team =
    .title = Se uma equipa do hospital já trata do seu filho
    .body =
        Algumas crianças podem voltar diretamente à enfermaria de pediatria se ficarem doentes. A isto chama-se acesso direto (open access). Se o seu filho o tiver, a equipa já lhe terá dito.
        Se tiver um número da equipa, ligue-lhes. Diga-lhes que o seu filho está mais doente.
        Se não conseguir falar com eles, contacte o consultório do seu GP ou o NHS 111 no mesmo dia. Numa emergência, ligue para o 999.
    .if-not = Se a equipa não lhe devolveu a chamada e o seu filho não está melhor, ligue para o NHS 111 ou para o consultório do seu GP. Não espere.
    .ask =
        O meu filho tem acesso direto à enfermaria?
        Para quem ligo à noite?

child-unwell-after =
    .title = Depois de o seu filho ser visto
    .body =
        A pessoa que viu o seu filho deve dizer-lhe a que deve estar atento, e quando voltar.
        Se o seu filho foi às urgências (A&E) ou ao hospital, enviam uma carta ao seu GP.
        Se o seu filho não estiver melhor na altura que lhe disseram, ou se piorar, volte a pedir ajuda. Não há problema em pedir mais do que uma vez.
    .if-not = Se não tiver a certeza do que fazer a seguir, ligue para o NHS 111 ou para o consultório do seu GP.
    .ask =
        Que sinais querem dizer que devo trazer o meu filho outra vez?
        Quanto tempo deve demorar a melhorar?
