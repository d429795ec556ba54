# Journey: Your GP has referred you to a hospital team.
# Structure and sources: src/journeys/referral.rs

referral =
    .title = O seu GP encaminhou-o para uma equipa do hospital
    .summary = Quem marca a sua primeira consulta, para quem ligar enquanto espera e o que fazer se piorar.
    .intro = O seu GP (médico de família) acha que deve ter consulta com uma equipa do hospital. A isto chama-se encaminhamento (referral). Eis o que acontece a seguir e quem faz cada parte. Se o seu GP disse que é urgente, ou que pode ser cancro, leia o guia sobre encaminhamentos urgentes.
    .keywords = encaminhamento, encaminhado, encaminhada, especialista, carta do hospital, marcação, marcar consulta, consulta, consulta no hospital, médico especialista, consulta externa, lista de espera, médico de família, encaminhamento de rotina, referral, referred, specialist, hospital letter, e-referral, booking, appointment, consultant, clinic, waiting list, routine referral

referral-sent =
    .title = O seu GP envia o encaminhamento
    .body =
        O seu GP escreve à equipa do hospital. Diz qual é o problema e porque precisa de ter consulta.
        O seu GP também diz com que rapidez precisa de ter consulta. Um encaminhamento pode ser de rotina ou urgente.
        Às vezes, o hospital pede primeiro exames, como análises ao sangue. Nesse caso, o seu GP faz estes exames antes de enviar o encaminhamento.
        Muitas vezes, pode escolher o hospital onde vai. Pergunte ao seu GP quando ele fizer o encaminhamento.
    .if-not = Pergunte ao seu GP quando deve ter notícias do encaminhamento. Se até lá não tiver notícias, contacte o consultório do seu GP. Pergunte se o encaminhamento já foi enviado.
    .ask =
        Para que equipa do hospital me está a enviar?
        O meu encaminhamento é de rotina ou urgente?
        Posso escolher o hospital onde vou?
        Preciso de fazer exames antes?

referral-booking =
    .title = Recebe uma carta, e-mail ou SMS para marcar
    .body =
        Pode receber uma carta com um número de marcação e uma palavra-passe. Guarde-a bem.
        Ou pode receber um e-mail ou um SMS. Tem um link para marcar na NHS App ou no site do NHS.
        Use o link para escolher o dia e a hora, ou para ligar para a equipa de marcações.
        Alguns SMS que parecem ser do NHS são burlas. O NHS não lhe vai pedir que pague nem que dê os seus dados bancários para marcar. Se não tiver a certeza, não use o link. Ligue para o número que está na sua carta, ou pergunte ao consultório do seu GP.
    .if-not = Se até à altura que o seu GP lhe disse não tiver recebido nada, ligue para o número que está na carta de encaminhamento. Se não tiver carta, pergunte ao consultório do seu GP.
    .ask =
        Posso ter antes uma consulta por telefone ou por videochamada?
        Posso levar alguém comigo?

referral-waiting =
    .title = Espera pela primeira consulta
    .body =
        A equipa do hospital trata do seu lugar na lista.
        O hospital pode enviar-lhe um SMS para confirmar se ainda precisa da consulta. Responda, se puder. Se não responder, ligue para a equipa do hospital. Não o vão tirar da lista só porque não respondeu.
        Pode ver o tempo médio de espera de cada hospital no site My Planned Care. É apenas uma média.
        Se tiver uma pergunta sobre a consulta, pergunte à equipa do hospital. Devem responder-lhe, e não mandá-lo de volta ao seu GP.
    .if-not = Se o hospital não der notícias na altura que lhe disseram, ligue para a equipa do hospital.
    .ask =
        Quanto tempo é a espera para esta equipa?
        Para quem ligo se os meus planos mudarem?

referral-worse =
    .title = Se piorar enquanto espera
    .body =
        Se piorar muito, ou se tiver sintomas novos que o preocupem, contacte o consultório do seu GP ou ligue para o NHS 111 no mesmo dia.
        Numa emergência, ligue para o 999.
        Informe também a equipa do hospital. Um médico do hospital pode ver se precisa de ter consulta mais cedo.
        O seu GP também pode pedir ao hospital que o veja mais cedo, ou tornar o encaminhamento urgente.
    .if-not = Se a equipa do hospital não lhe devolver a chamada até ao fim do dia útil seguinte, ligue outra vez. Se se sentir pior, não espere por eles: ligue para o consultório do seu GP ou para o NHS 111 no mesmo dia.
    .ask =
        Que mudanças devem levar-me a ligar-lhe?
        Posso ter consulta mais cedo se piorar?

referral-appointment =
    .title = A sua primeira consulta
    .body =
        Tem consulta com a equipa do hospital. Podem falar consigo, examiná-lo ou fazer exames.
        Leve a sua carta, uma lista dos seus medicamentos e as perguntas que tiver.
        Se não puder ir, avise a equipa do hospital logo que puder, para que possam dar a sua vaga a outra pessoa.
    .if-not = Se a consulta for cancelada, a equipa do hospital deve dar-lhe uma nova data. Ligue-lhes se ainda não a recebeu.
    .ask =
        Qual acha que é o problema?
        O que acontece a seguir, e quem vai tratar disso?
        Para quem ligo se tiver uma pergunta mais tarde?

referral-letter =
    .title = O hospital escreve ao seu GP
    .body =
        Depois da consulta, a equipa do hospital escreve ao seu GP se o seu GP tiver de fazer alguma coisa. A isto chama-se carta da consulta. Também deve receber uma cópia.
    .if-not = Se o consultório do seu GP não tiver recebido a carta até ao prazo indicado, ligue para a equipa do hospital. Peça-lhes que a enviem.
    .ask =
        Vou receber uma cópia da carta?
        O meu GP tem de fazer alguma coisa?

referral-after =
    .title = O que o hospital faz a seguir
    .body =
        Se precisar de mais exames, é a equipa do hospital que os pede. É ela que lhe dá os resultados.
        Se precisar de voltar, a equipa do hospital deve dizer-lhe como isso vai ser organizado. Às vezes, é a si que cabe contactá-los.
        Se precisar de ir a outra equipa do hospital por um problema relacionado, é o hospital que faz o encaminhamento. Não precisa de voltar primeiro ao seu GP.
    .if-not = Se lhe disseram que ia ter notícias sobre um exame ou uma consulta e não teve, ligue para a equipa do hospital.
    .ask =
        Preciso de voltar a ter consulta convosco?
        Vão marcar vocês, ou devo ser eu a contactar-vos?
        Quem me dá os resultados dos exames?
