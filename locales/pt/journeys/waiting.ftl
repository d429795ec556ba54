# Journey: waiting for a hospital visit.
# Structure and sources: src/journeys/waiting.rs

waiting =
    .title = Enquanto espera por uma consulta no hospital
    .summary = Quem trata de si enquanto espera, e quem avisar se piorar.
    .intro = Está numa lista de espera para ter consulta com uma equipa do hospital. Eis quem faz o quê enquanto espera. Também diz para quem ligar se piorar.
    .keywords = lista de espera, tempo de espera, espera, quanto tempo, espera longa, ainda à espera, piorar, sentir-me pior, sintomas piores, sintomas novos, mais cedo, antecipar, acelerar, subir na lista, data da consulta, quando é a minha consulta, my planned care, tempo médio de espera, SMS do hospital, ainda precisa da consulta, tensão arterial, pressão arterial, manter-me bem, outros problemas de saúde, insistir com o hospital, médico de família, waiting list, waiting time, how long, still waiting, getting worse, appointment date, average wait, blood pressure

waiting-list =
    .title = O hospital guarda o seu lugar
    .body =
        A equipa do hospital trata da lista e do seu lugar nela.
        Pode ver o tempo médio de espera no site My Planned Care. Mostra cada hospital e cada tipo de cuidados. É atualizado todas as semanas.
        É apenas uma média, por isso a sua espera pode ser mais longa ou mais curta. O site não mostra os tempos de espera para tratamento de cancro.
    .if-not = Se o hospital não der notícias na altura que lhe disseram, ligue para a equipa do hospital. Peça-lhes que confirmem se está na lista.
    .ask =
        Mais ou menos quanto tempo vou esperar?
        Para quem ligo se os meus planos mudarem?
        Avisam-me se a espera ficar mais longa?

waiting-check =
    .title = O hospital confirma se ainda precisa de vir
    .body =
        O hospital pode contactá-lo para confirmar se ainda precisa da consulta. Muitas vezes é por SMS.
        Responda, por favor, se puder. Se já não precisar da consulta, diga. Assim, outra pessoa pode ficar com o seu lugar.
        Se não responder, não perde o seu lugar só por isso. O hospital vai tentar contactá-lo de outra forma, ou perguntar ao seu GP (médico de família).
        Alguns SMS que parecem ser do NHS são burlas. O NHS não lhe vai pedir que pague nem que dê os seus dados bancários. Se não tiver a certeza de que um SMS é verdadeiro, não use o link. Ligue para o número que está na carta do hospital.
    .if-not = Se não viu o SMS, ou respondeu por engano, ligue para a equipa do hospital e explique.
    .ask =
        Como me vão contactar?
        E se eu não vir o vosso SMS?

waiting-care =
    .title = O seu GP continua a tratar de si
    .body =
        O consultório do seu GP continua a tratar dos seus outros problemas de saúde. Por exemplo, ajuda a manter a sua tensão arterial controlada.
        Isto é importante. Ajuda a que o seu tratamento no hospital não sofra atrasos.
        Também pode ajudar. Continue a tomar os seus medicamentos. Vá às suas consultas de controlo.
        Se tiver um problema novo que não está ligado àquele por que está à espera, vá ao seu GP como de costume.
    .if-not = Se já devia ter uma consulta de controlo e não teve notícias, contacte o consultório do seu GP.
    .ask =
        O que posso fazer para me manter bem enquanto espero?
        Os meus outros problemas de saúde estão controlados?
        Quando é a minha próxima consulta de controlo?

waiting-worse =
    .title = Se piorar
    .body =
        Se piorar muito, ou se tiver sintomas novos que o preocupem, contacte o consultório do seu GP ou ligue para o NHS 111 no mesmo dia.
        Numa emergência, ligue para o 999.
        Informe também a equipa do hospital. Um médico do hospital pode ver se precisa de ter consulta mais cedo.
        O seu GP também pode pedir ao hospital que o veja mais cedo, ou tornar o encaminhamento urgente.
    .if-not = Se a equipa do hospital não lhe devolver a chamada até ao fim do dia útil seguinte, ligue outra vez. Se se sentir pior, não espere por eles: ligue para o consultório do seu GP ou para o NHS 111 no mesmo dia.
    .ask =
        Que mudanças devem levar-me a ligar-lhe?
        Para quem ligo à noite ou ao fim de semana?

waiting-questions =
    .title = Se tiver uma pergunta
    .body =
        Se tiver uma pergunta sobre a sua consulta, pergunte à equipa do hospital. O hospital tem de lhe dizer como o pode contactar. Veja na sua carta ou SMS.
        A equipa do hospital deve responder-lhe ela própria. Não lhe deve dizer para perguntar ao seu GP.
        Se já esperou muito tempo, pode perguntar se pode ir a outro hospital. Leia o guia sobre os seus direitos na lista de espera.
    .if-not = Se não conseguir resposta, peça para falar com a equipa de apoio ao doente do hospital. Ajudam quando algo corre mal.
    .ask =
        Qual é a melhor forma de vos contactar?
        Com quem posso falar sobre o meu lugar na lista?
