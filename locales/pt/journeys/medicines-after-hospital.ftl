# Journey: medicines after a hospital stay or a clinic visit.
# Structure and sources: src/journeys/medicines_after_hospital.rs

medicines-after-hospital =
    .title = Os seus medicamentos quando volta do hospital para casa
    .summary = Quem lhe dá os medicamentos novos, quem muda a sua lista de receitas renováveis e o que fazer antes de o medicamento acabar.
    .intro = Os seus medicamentos podem mudar quando fica internado no hospital ou quando tem consulta com uma equipa do hospital. Eis quem lhe dá cada quantidade, quem atualiza a sua lista e a quem perguntar.
    .keywords = medicamentos depois do hospital, medicamentos novos, medicamentos mudados, medicamentos parados, deixar de tomar, comprimidos, medicação, remédios, receita renovável, receita crónica, lista de medicamentos, acabar o medicamento, ficar sem medicamento, primeira quantidade, farmácia, farmacêutico, medicamentos da alta, anticoagulante, quimioterapia, linha de apoio, que medicamentos tomo, médico de família, medicines after hospital, new medicines, changed medicines, stopped medicines, tablets, medication, repeat prescription, repeat list, running out, run out, first supply, pharmacy, pharmacist, discharge medicines, blood thinner, chemotherapy, helpline

medicines-after-hospital-first-supply =
    .title = O hospital dá-lhe a primeira quantidade
    .body =
        Depois de um internamento no hospital, deve ir para casa com pelo menos 7 dias de qualquer medicamento novo. Se o tratamento for mais curto, recebe-o todo.
        Depois de uma consulta, é diferente. Se precisar de começar já, o hospital dá-lhe o suficiente até o seu GP (médico de família) ter a carta da consulta. Se não, a carta pede ao seu GP que o receite.
    .if-not = Se estiver quase a sair sem um medicamento novo de que precisa já, pergunte ao pessoal da enfermaria ou da consulta. Se já estiver em casa, ligue para a enfermaria ou para a equipa do hospital.
    .ask =
        Preciso de começar este medicamento já?
        Quanto me estão a dar?
        Vai ser o meu GP a dar-me mais, ou vão ser vocês?

medicines-after-hospital-list =
    .title = Recebe uma lista dos seus medicamentos
    .body =
        Antes de sair, a equipa da enfermaria deve dizer-lhe que medicamentos são novos, quais mudaram e quais deve deixar de tomar.
        Esta lista também está na carta que o hospital envia ao seu GP. Peça uma cópia.
        Não continue a tomar um medicamento que o hospital parou, a não ser que um médico lhe diga para o fazer.
    .if-not = Se não tiver a certeza de que medicamentos deve tomar, ligue para a enfermaria. Ou pergunte a um farmacêutico.
    .ask =
        Quais dos meus medicamentos são novos, mudaram ou foram parados?
        Posso ter uma lista por escrito?

medicines-after-hospital-pharmacy =
    .title = A sua farmácia pode verificar os seus medicamentos
    .body =
        O hospital pode enviar os dados dos seus medicamentos novos para a farmácia onde costuma ir. Depois, o farmacêutico pode rever os medicamentos consigo.
        O farmacêutico compara a sua nova lista com o que tomava antes. Pode detetar problemas.
        Pode pedir à enfermaria que envie os seus dados para a farmácia onde vai.
    .if-not = Se a farmácia não tiver recebido nada do hospital, leve-lhes a carta que recebeu da enfermaria. Peça-lhes que a verifiquem.
    .ask =
        Podem enviar os dados dos meus medicamentos para a minha farmácia?
        O farmacêutico pode ver a minha nova lista comigo?

medicines-after-hospital-repeat =
    .title = O consultório do seu GP atualiza a sua lista de receitas renováveis
    .body =
        O consultório do seu GP recebe uma carta do hospital. Depois, atualiza as suas receitas renováveis (repeat prescriptions).
        Veja a sua lista de receitas renováveis antes de pedir. Confirme que mostra os seus medicamentos novos, e não os que deixou de tomar.
        Peça cada renovação a tempo, para não ficar sem medicamento.
    .if-not = Se a sua lista estiver errada, ou se o medicamento novo não estiver lá, contacte o consultório do seu GP. Se ainda não tiverem a carta, ligue para a equipa do hospital ou para a enfermaria.
    .ask =
        Já receberam a minha carta do hospital?
        A minha lista de receitas renováveis está atualizada?

medicines-after-hospital-running-out =
    .title = Se o medicamento estiver quase a acabar
    .body =
        Se o medicamento estiver quase a acabar e o seu GP não tiver a carta, ligue para a equipa do hospital ou para a enfermaria. Peça-lhes que enviem a carta ou que lhe deem mais.
        Se o consultório do seu GP estiver fechado e precisar de um medicamento hoje, ligue para o NHS 111. Podem ajudá-lo a obtê-lo numa farmácia.
    .if-not = Se ninguém puder ajudar e se sentir mal sem o seu medicamento, ligue para o NHS 111 no mesmo dia. Numa emergência, ligue para o 999.
    .ask =
        O que devo fazer se o medicamento acabar ao fim de semana?
        É seguro falhar uma dose deste medicamento?

medicines-after-hospital-high-risk =
    .title = Medicamentos que precisam de ajuda rápida
    .body =
        Com alguns medicamentos, precisa de ajuda rápida se se sentir doente. Os medicamentos para o cancro são um exemplo. Outros são os medicamentos que tornam o sangue mais fino, ou que baixam as defesas contra os micróbios.
        A equipa do hospital deve dar-lhe o número de uma linha de apoio para estes medicamentos. Algumas estão abertas de dia e de noite. Tenha o número sempre consigo.
        Se se sentir muito mal, ligue logo para a linha de apoio. Numa emergência, ligue para o 999.
    .if-not = Se não tiver o número de uma linha de apoio, ligue para a equipa do hospital e peça-o. Se se sentir mal e não conseguir falar com eles, ligue para o NHS 111 no mesmo dia.
    .ask =
        Há uma linha de apoio para este medicamento?
        Que sinais querem dizer que devo ligar logo?
