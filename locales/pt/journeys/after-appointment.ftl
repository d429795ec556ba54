# Journey: After a hospital appointment.
# Structure and sources: src/journeys/after_appointment.rs

after-appointment =
    .title = Depois de uma consulta no hospital
    .summary = O que acontece depois da sua consulta com uma equipa do hospital, e quem faz cada coisa.
    .intro = Teve uma consulta com uma equipa do hospital. Eis o que acontece a seguir. Diz quem faz cada parte e a quem perguntar.
    .keywords = depois da consulta, após a consulta, consulta externa, carta da consulta, carta para o GP, carta para o médico de família, carta do hospital, carta do especialista, consulta de seguimento, próxima consulta, voltar ao hospital, mais exames, resultados, quem contactar, a quem perguntar, perguntas, reclamação, reclamar, queixa, PALS, apoio ao doente, problema com o hospital, GP e hospital, perguntar ao GP, enviado para outra equipa, after appointment, outpatient, clinic letter, follow-up, complaint, GP

after-appointment-letter =
    .title = O hospital escreve ao seu GP
    .body =
        Depois da consulta, a equipa do hospital escreve uma carta sobre ela. Chama-se carta da consulta.
        Se o seu GP (médico de família) tiver de fazer alguma coisa, a carta chega ao seu GP no prazo de 10 dias. A carta diz o que o seu GP tem de fazer.
        A própria equipa do hospital trata das outras partes do seu plano.
    .if-not = Se o seu GP não tiver recebido a carta ao fim de 2 semanas, ligue para a equipa do hospital. Peça-lhes que a enviem.
    .ask =
        O meu GP tem de fazer alguma coisa?
        Posso ter uma cópia da carta?
        Quem vai tratar de cada parte do meu plano?

after-appointment-tests =
    .title = O hospital faz os seus próprios exames
    .body =
        Se a equipa do hospital quiser que faça mais exames, é ela que os pede. Vê os resultados e explica-lhe o que significam.
        Isto é assim mesmo que faça a colheita de sangue no consultório do seu GP. Muitas vezes, o seu GP não consegue ver os resultados dos exames do hospital.
    .if-not = Se não tiver notícias de um resultado até à data que lhe disseram, ligue para a equipa do hospital.
    .ask =
        Porque preciso deste exame?
        Como e quando me vão dar o resultado?

after-appointment-next =
    .title = Se precisar de voltar
    .body =
        Se precisar de voltar a ter consulta com a equipa, devem dizer-lhe como vai ser marcada. Na maior parte das vezes, são eles que a marcam.
        Se precisar de ir a outra equipa do hospital por um problema relacionado, é a equipa do hospital que faz o encaminhamento. Não precisa de voltar primeiro ao seu GP.
    .if-not = Disseram-lhe que voltaria a ter consulta com a equipa? Se não teve notícias, ligue para a equipa do hospital.
    .ask =
        Preciso de voltar, e quando?
        Quem vai marcar a minha próxima consulta?
        Preciso de ir a outra equipa?

after-appointment-questions =
    .title = Se tiver uma pergunta
    .body =
        O hospital tem de lhe dizer como o pode contactar. Veja na carta da consulta ou no site do hospital.
        Se tiver uma pergunta sobre os seus cuidados no hospital, pergunte à equipa do hospital. Devem ser eles a responder. Não lhe devem dizer para perguntar ao seu GP.
    .if-not = Se não conseguir resposta, peça para falar com a equipa de apoio ao doente do hospital. Ajudam quando algo corre mal.
    .ask =
        Qual é a melhor forma de vos contactar?
        A quem pergunto sobre os meus novos medicamentos?

after-appointment-problems =
    .title = Se algo correr mal
    .body =
        Às vezes, as coisas correm mal entre o seu GP e o hospital. Por exemplo, cada um pode dizer que é o outro que deve fazer uma tarefa.
        Se isto acontecer, peça para falar com a equipa de apoio ao doente do hospital. Muitas vezes chama-se PALS. Ajudam quando algo corre mal.
        Cada hospital tem também um responsável designado. O trabalho dessa pessoa é ajudar o hospital e os consultórios de GP a trabalhar bem em conjunto.
    .if-not = Se a equipa de apoio ao doente não puder ajudar, pergunte-lhes como fazer uma reclamação. Também pode informar o consultório do seu GP.
    .ask =
        Quem vai resolver isto?
        Pode falar disto ao responsável que trabalha com os consultórios de GP?
