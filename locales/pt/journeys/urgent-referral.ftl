# Journey: an urgent referral, including when cancer is possible.
# Structure and sources: src/journeys/urgent_referral.rs

urgent-referral =
    .title = O seu GP encaminhou-o para o hospital com urgência
    .summary = O que acontece quando o seu GP o envia depressa para o hospital, e para quem ligar se não tiver notícias.
    .intro = O seu GP (médico de família) quer que uma equipa do hospital o veja em breve. A isto chama-se encaminhamento urgente. O seu GP pode ter dito que é para ver se é cancro. A maior parte das pessoas encaminhadas desta forma não tem cancro. Eis o que acontece a seguir e quem faz cada parte.
    .keywords = encaminhamento urgente, urgente, suspeita de cancro, cancro, pode ser cancro, exame ao cancro, espera de duas semanas, 2 semanas, via rápida, diagnóstico rápido, diretamente para exame, caroço, nódulo, TAC em breve, o hospital ligou-me, número desconhecido, biópsia, urgent referral, urgent, suspected cancer, cancer, two week wait, 2 week wait, fast track, faster diagnosis, straight to test, lump, unknown number, biopsy

urgent-referral-sent =
    .title = O seu GP envia um encaminhamento urgente
    .body =
        O seu GP escreve à equipa do hospital e marca o encaminhamento como urgente. Deve explicar-lhe porquê.
        É urgente para que qualquer coisa grave seja descoberta depressa, ou posta de parte.
        Às vezes, vai diretamente fazer um exame, como uma TAC, antes de ter consulta com um especialista.
        Confirme que o consultório do seu GP tem o seu número de telefone e a sua morada certos.
    .if-not = Se não tiver a certeza de que o encaminhamento foi enviado, contacte o consultório do seu GP no dia útil seguinte e pergunte.
    .ask =
        Porque me está a encaminhar com urgência?
        Que exame ou consulta devo esperar?
        Pode dar-me um folheto sobre isto?

urgent-referral-contact =
    .title = O hospital contacta-o em breve
    .body =
        Normalmente, o hospital contacta-o dentro de poucos dias. Pode ser por telefone, SMS ou carta.
        Atenda as chamadas de números que não conhece, e veja as suas mensagens. Tente estar disponível para ir com pouca antecedência.
    .if-not = Se ninguém o tiver contactado ao fim de uma semana, ligue para o consultório do seu GP. Peça-lhes que confirmem se o hospital recebeu o encaminhamento. Também pode ligar para a equipa de marcações do hospital.
    .ask =
        Quando devo ter notícias do hospital?
        Para quem ligo se não puder ir no dia que me derem?

urgent-referral-tests =
    .title = A equipa do hospital faz exames
    .body =
        A equipa do hospital pode fazer exames, como uma TAC, uma análise ao sangue ou um exame com uma câmara. Dizem-lhe para que serve cada um.
        O NHS tem como objetivo dizer-lhe se tem cancro ou não no prazo de 28 dias a contar do encaminhamento. A maior parte das pessoas sabe mais cedo.
        Se demorar mais, a equipa do hospital deve dizer-lhe porquê e o que acontece a seguir.
    .if-not = Se não tiver notícias de um resultado na altura que a equipa lhe disse, ligue para a equipa do hospital.
    .ask =
        Para que serve este exame?
        Quando vou ter o resultado, e quem mo vai dar?

urgent-referral-result =
    .title = A equipa do hospital dá-lhe o resultado
    .body =
        A equipa do hospital dá-lhe o resultado. Também escreve ao seu GP.
        Se não for cancro, dizem-lhe o que acontece a seguir. Pode não precisar de voltar a ter consulta com eles. Ou podem enviá-lo para outra equipa.
        Se for cancro, uma equipa especializada trata de si. Recebe o contacto de uma pessoa de referência, muitas vezes um enfermeiro especialista.
    .if-not = Se ainda não lhe deram o resultado, ligue para a equipa do hospital. Não fique à espera de que o seu GP lho diga.
    .ask =
        Quem contacto se tiver perguntas?
        Preciso de voltar?
        A que devo estar atento no futuro?

urgent-referral-worse =
    .title = Se piorar enquanto espera
    .body =
        Se piorar muito, ou se tiver sintomas novos que o preocupem, contacte o consultório do seu GP ou ligue para o NHS 111 no mesmo dia.
        Numa emergência, ligue para o 999.
        Informe também a equipa do hospital, para que saibam.
    .if-not = Se a equipa do hospital não lhe devolver a chamada até ao fim do dia útil seguinte, ligue outra vez. Se se sentir pior, ligue para o consultório do seu GP ou para o NHS 111 no mesmo dia.
    .ask =
        Que mudanças devem levar-me a ligar-lhe?
        Para quem ligo à noite ou ao fim de semana?
