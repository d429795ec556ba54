# Journey: your GP asked a specialist for advice.
# Structure and sources: src/journeys/advice_and_guidance.rs

advice-and-guidance =
    .title = O seu GP pediu conselho a um especialista
    .summary = Porque é que o seu GP pediu conselho primeiro, quem lhe dá a resposta e para quem ligar enquanto espera.
    .intro = O seu GP (médico de família) pediu conselho a um especialista do hospital sobre o seu caso. Um especialista é um médico que sabe muito sobre um tipo de problema de saúde. Eis o que acontece a seguir e quem faz cada parte.
    .keywords = conselho e orientação, conselho, parecer, parecer de especialista, opinião de especialista, GP pediu conselho, médico de família pediu conselho, segunda opinião, médico do hospital, especialista, encaminhamento, encaminhamento devolvido, encaminhamento recusado, à espera de resposta, advice and guidance, A and G, advice, specialist, consultant, second opinion, e-referral, referral, referral sent back, referral returned

advice-and-guidance-asked =
    .title = O seu GP pede conselho
    .body =
        O seu GP quer a opinião de um especialista sobre o seu problema. Por isso, envia-lhe uma pergunta. Pode ser pela internet ou por telefone.
        A isto chama-se advice and guidance (conselho e orientação). Pode substituir um encaminhamento para o hospital. Ou pode vir antes de um.
        O especialista lê o que o seu GP envia. Nesta fase, não tem consulta com o especialista.
    .if-not = Se não tiver a certeza de que o seu GP enviou a pergunta, contacte o consultório do seu GP. Pergunte se já foi enviada.
    .ask =
        O que vai perguntar ao especialista?
        Como me vai dar a resposta?
        Ainda me podem encaminhar para o hospital mais tarde?

advice-and-guidance-reply =
    .title = O especialista responde
    .body =
        O especialista responde ao seu GP, não a si.
        O tempo que isto demora depende do hospital. Pergunte ao seu GP quando espera ter a resposta.
    .if-not = Se não tiver notícias até à altura que o seu GP lhe disse, contacte o consultório do seu GP. Pergunte se a resposta já chegou.
    .ask =
        Quando acha que chega a resposta?
        Vai ligar-me, ou devo ser eu a ligar?

advice-and-guidance-worse =
    .title = Se piorar enquanto espera
    .body =
        Enquanto espera pela resposta, é ao consultório do seu GP que deve fazer as suas perguntas.
        Se piorar muito, ou se tiver sintomas novos que o preocupem, contacte o consultório do seu GP ou ligue para o NHS 111 no mesmo dia. Não fique só à espera da resposta.
        Numa emergência, ligue para o 999.
        O seu GP pode informar o especialista, ou fazer um encaminhamento urgente.
    .if-not = Se o consultório do seu GP não lhe tiver respondido até ao fim do dia útil seguinte, ligue outra vez. Se se sentir pior, ligue para o NHS 111 no mesmo dia.
    .ask =
        Que mudanças devem levar-me a ligar-lhe?
        Pode dizer ao especialista que estou pior?

advice-and-guidance-next =
    .title = O seu GP diz-lhe o que vem a seguir
    .body =
        O seu GP diz-lhe o que o especialista respondeu. Depois, acontece uma de duas coisas.
        O seu GP pode seguir o conselho. Por exemplo, pode mudar o seu medicamento ou fazer um exame.
        Ou o especialista pode transformar a pergunta num encaminhamento. Isto quer dizer que vai ter consulta com uma equipa do hospital. Depois, recebe uma carta, um e-mail ou um SMS para marcar a consulta.
        Às vezes, um encaminhamento que o seu GP enviou é devolvido com conselhos, em vez de uma consulta. O seu GP deve explicar-lhe o que isto quer dizer para si.
        Se não tiver a certeza de que um SMS ou e-mail é verdadeiro, não use o link. Ligue para o consultório do seu GP ou para o número que está na sua carta.
    .if-not = Se o seu GP ainda não lhe disse o que o especialista respondeu, contacte o consultório do seu GP.
    .ask =
        O que disse o especialista?
        O que acontece a seguir, e quem vai tratar disso?
        Preciso de ter consulta com a equipa do hospital?
