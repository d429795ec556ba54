# Journey: getting a fit note.
# Structure and sources: src/journeys/fit_notes.rs

fit-notes =
    .title = Obter um atestado médico para o trabalho
    .summary = Quando precisa de um atestado médico, quem lho passa e o que fazer se não recebeu nenhum.
    .intro = Um atestado médico (fit note) diz se está em condições de trabalhar. Algumas pessoas chamam-lhe baixa médica (sick note). Eis quando precisa de um, quem o passa e o que fazer se não recebeu nenhum.
    .keywords = baixa médica, baixa, atestado médico, atestado, faltar ao trabalho, tempo de baixa, justificação de faltas, declaração médica, declaração para o trabalho, papel para o patrão, entidade patronal, empregador, subsídio de doença, baixa medica, primeiros 7 dias, declaração do próprio, apoios sociais, subsídios, sick note, fit note, med 3, off work, time off work, doctor's note, employer, sick pay, self certify, self-certification, universal credit, benefits, ESA, GP

fit-notes-first-week =
    .title = Os primeiros 7 dias de baixa
    .body =
        Nos primeiros 7 dias em que está doente e não vai trabalhar, não precisa de atestado médico. Os dias em que não trabalha também contam.
        Avise a sua entidade patronal por si próprio. Algumas entidades patronais têm um formulário para isto.
        Se estiver sem trabalhar mais de 7 dias, precisa de um atestado médico.
    .if-not = Se a sua entidade patronal lhe pedir um atestado médico para os primeiros 7 dias, diga-lhe que pode preencher o formulário dela, ou o formulário que está no site GOV.UK.
    .ask =
        Já preciso de um atestado médico?
        Como digo à minha entidade patronal que estou de baixa?

fit-notes-hospital =
    .title = O hospital passa-lhe um atestado
    .body =
        A equipa do hospital acha que vai ficar sem trabalhar mais tempo do que isso? Então passa-lhe um atestado médico antes de sair.
        Deve cobrir todo o tempo que esperam que fique sem trabalhar. Por isso, não deve precisar de um segundo atestado do seu GP (médico de família) para isto.
        Pode entregá-lo à sua entidade patronal. Também o pode usar para pedir apoios sociais (benefits), como o Universal Credit.
    .if-not = Se sair sem atestado, ligue para a equipa do hospital. Peça-lhes que lhe enviem um atestado médico.
    .ask =
        Quanto tempo acha que vou ter de faltar ao trabalho?
        Pode passar-me um atestado para todo esse tempo?
        Posso fazer algum trabalho, ou trabalho mais leve?

fit-notes-who =
    .title = Quem pode passar o atestado
    .body =
        Um atestado médico não tem de vir de um médico.
        Um enfermeiro, um farmacêutico, um fisioterapeuta ou um terapeuta ocupacional pode passar-lhe um atestado, se o tiver observado.
        Um fisioterapeuta ajuda o seu corpo a mexer-se. Um terapeuta ocupacional ajuda-o a fazer as tarefas do dia a dia.
        Por isso, a pessoa que o está a tratar pode ser quem lhe passa o atestado.
    .if-not = Se a pessoa que o está a tratar não puder passar o atestado, pergunte-lhe quem na equipa o pode fazer.
    .ask =
        Pode passar-me um atestado médico?
        Se não, quem na sua equipa pode?

fit-notes-missing =
    .title = Se não recebeu nenhum
    .body =
        Se o hospital esperava que faltasse ao trabalho mas não lhe passou um atestado, ligue para a equipa do hospital que o tratou.
        Passar o atestado é trabalho deles. O seu GP não deve ter de o fazer por eles.
    .if-not = Se a equipa do hospital não ajudar, peça para falar com a equipa de apoio ao doente do hospital.
    .ask =
        Pode enviar-me o atestado pelo correio ou por e-mail?
        Cobre todo o tempo em que preciso de faltar?

fit-notes-gp =
    .title = Quando é o seu GP que o passa
    .body =
        O consultório do seu GP passa atestados para problemas que o seu GP está a tratar.
        Para um problema que o hospital está a tratar, pergunte primeiro à equipa do hospital.
        Se não souber quem o está a tratar de um problema, pergunte ao consultório do seu GP.
    .if-not = Se ninguém lhe passar um atestado, pergunte ao consultório do seu GP o que fazer.
    .ask =
        Quem me está a tratar deste problema?
        Pode passar-me um atestado para este problema?
