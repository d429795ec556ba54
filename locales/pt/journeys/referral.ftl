# Journey: Your GP has referred you to a hospital team.
# Structure and sources: src/journeys/referral.rs

referral =
    .title = O seu GP encaminhou-o para uma equipa do hospital
    .summary = Quem marca a sua primeira consulta, quanto tempo demora e para quem ligar enquanto espera.
    .intro = O seu GP (médico de família) acha que deve ter consulta com uma equipa do hospital. A isto chama-se encaminhamento (referral). Eis o que acontece a seguir e quem faz cada parte.
    .keywords = encaminhamento, encaminhado, encaminhada, especialista, carta do hospital, marcação, marcar consulta, consulta, consulta no hospital, médico especialista, consulta externa, lista de espera, médico de família, referral, referred, specialist, hospital letter, e-referral, booking, appointment, consultant, clinic, waiting list

referral-sent =
    .title = O seu GP envia o encaminhamento
    .body =
        O seu GP escreve à equipa do hospital. Diz qual é o problema e porque precisa de ter consulta.
        Às vezes, o hospital pede primeiro exames, como análises ao sangue. Nesse caso, o seu GP faz estes exames antes de enviar o encaminhamento.
    .if-not = Se não tiver notícias ao fim de 2 semanas, contacte o consultório do seu GP. Pergunte se o encaminhamento já foi enviado.
    .ask =
        Para que equipa do hospital me está a enviar?
        Preciso de fazer exames antes?
        O encaminhamento vai ser marcado como urgente?

referral-booking =
    .title = Recebe uma carta, e-mail ou SMS para marcar
    .body =
        Pode receber uma carta com um número de marcação e uma palavra-passe. Guarde-a bem.
        Ou pode receber um e-mail ou SMS de "NHS Referrals". Tem um link que abre a NHS App ou o site do NHS.
        Use o link para escolher o dia e a hora, ou para ligar para a equipa de marcações.
    .if-not = Se não receber nada no prazo de 2 semanas, ligue para o número que está na carta de encaminhamento. Se não tiver carta, pergunte ao consultório do seu GP.
    .ask =
        Posso escolher o hospital onde vou?
        Posso ter antes uma consulta por telefone ou por videochamada?
        Posso levar alguém comigo?

referral-waiting =
    .title = Espera pela primeira consulta
    .body =
        A equipa do hospital trata do seu lugar na lista. O seu GP não consegue antecipar a consulta.
        O hospital pode enviar-lhe um SMS para confirmar se ainda precisa da consulta. Responda, por favor, ou pode perder o seu lugar.
        Pode ver o tempo médio de espera de cada hospital no site My Planned Care. É apenas uma média.
        Se tiver uma pergunta sobre a consulta, pergunte à equipa do hospital. Devem responder-lhe, e não mandá-lo de volta ao seu GP.
    .if-not = Se o hospital não der notícias na altura que lhe disseram, ligue para a equipa do hospital.
    .ask =
        Quanto tempo é a espera para esta equipa?
        Para quem ligo se os meus planos mudarem?

referral-worse =
    .title = Se piorar enquanto espera
    .body =
        Se o problema que motivou o encaminhamento piorar, informe a equipa do hospital. São eles que decidem se deve ter consulta mais cedo.
        Se não se sentir bem e não souber o que fazer, ligue para o consultório do seu GP ou para o NHS 111.
        Numa emergência, ligue para o 999.
        Se tiver um problema novo que não está ligado a este, vá ao seu GP como de costume.
    .if-not = Se a equipa do hospital não lhe devolver a chamada, ligue outra vez. Se se sentir pior, ligue para o NHS 111 ou para o seu GP.
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

referral-after =
    .title = Depois da consulta
    .body =
        A equipa do hospital escreve ao seu GP no prazo de 10 dias se o seu GP tiver de fazer alguma coisa. Também deve receber uma cópia.
        Se precisar de mais exames, é a equipa do hospital que os faz e lhe dá os resultados.
        Se precisar de ir a outra equipa do hospital por um problema relacionado, é o hospital que faz o encaminhamento. Não precisa de voltar primeiro ao seu GP.
    .if-not = Se não tiver recebido nenhuma carta ao fim de 2 semanas, ligue para a equipa do hospital.
    .ask =
        Vou receber uma cópia da carta?
        Preciso de voltar a ter consulta convosco?
        O meu GP tem de fazer alguma coisa?
