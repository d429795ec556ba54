# Journey: after a hospital clinic visit.
# Structure and sources: src/journeys/after_appointment.rs

after-appointment =
    .title = Depois de ter consulta com uma equipa do hospital
    .summary = O que acontece depois da sua consulta com uma equipa do hospital, e quem faz cada coisa.
    .intro = Teve uma consulta com uma equipa do hospital. Eis o que acontece a seguir. Diz quem faz cada parte e a quem perguntar.
    .keywords = depois da consulta, após a consulta, consulta externa, carta da consulta, carta para o GP, carta para o médico de família, carta do hospital, carta do especialista, consulta de seguimento, próxima consulta, voltar ao hospital, mais exames, carta pede ao GP um exame, quem marca o exame, resultados, quem contactar, a quem perguntar, perguntas, reclamação, reclamar, queixa, PALS, apoio ao doente, problema com o hospital, GP e hospital, perguntar ao GP, enviado para outra equipa, after appointment, outpatient, clinic letter, follow-up, complaint, GP

after-appointment-letter =
    .title = O hospital escreve ao seu GP
    .body =
        Depois da consulta, a equipa do hospital escreve uma carta sobre ela. Chama-se carta da consulta.
        Se o seu GP (médico de família) tiver de fazer alguma coisa, a carta diz o quê. Também deve receber uma cópia.
        A própria equipa do hospital trata das outras partes do seu plano.
    .if-not = Se o consultório do seu GP não tiver recebido a carta até ao prazo indicado, ligue para a equipa do hospital. Peça-lhes que a enviem.
    .ask =
        O meu GP tem de fazer alguma coisa?
        Posso ter uma cópia da carta?
        Quem vai tratar de cada parte do meu plano?

after-appointment-gp-task =
    .title = Se a carta pedir ao seu GP que faça alguma coisa
    .body =
        Às vezes, a carta pede ao seu GP que faça uma tarefa, como um exame ou uma receita nova.
        Espere até a carta chegar ao seu GP. Depois, contacte o consultório do seu GP para marcar ou para perguntar.
        Se foi a própria equipa do hospital a pedir um exame, deve dizer-lhe como o marcar. Também é ela que lhe dá o resultado.
    .if-not = Se o consultório do seu GP não tiver a certeza do que a carta pede, pode perguntar à equipa do hospital. Também pode ligar diretamente para a equipa do hospital.
    .ask =
        Quem marca este exame: vocês ou o meu GP?
        Quem me vai dar o resultado?

after-appointment-tests =
    .title = O hospital faz os seus próprios exames
    .body =
        Se a equipa do hospital quiser que faça mais exames, é ela que os pede. Vê os resultados e explica-lhe o que significam.
        O sítio onde faz o exame depende de onde vive. Pergunte à equipa do hospital onde deve ir.
        Seja onde for feito o exame, é a equipa do hospital que o pediu que lhe dá o resultado.
    .if-not = Se não tiver notícias de um resultado até à data que lhe disseram, ligue para a equipa do hospital.
    .ask =
        Porque preciso deste exame?
        Onde tenho de ir fazê-lo?
        Como e quando me vão dar o resultado?

after-appointment-next =
    .title = Se precisar de voltar
    .body =
        Se precisar de voltar a ter consulta com a equipa, devem dizer-lhe como isso vai ser organizado. Quando o hospital quer voltar a vê-lo, é o próprio hospital que marca a consulta ou o exame.
        Em vez disso, algumas equipas pedem-lhe que as contacte quando precisar delas. A isto chama-se seguimento iniciado pelo doente (patient initiated follow-up). Pergunte durante quanto tempo o pode fazer. O guia sobre o seguimento depois da consulta diz mais.
        Se precisar de ir a outra equipa do hospital por um problema relacionado, é a equipa do hospital que faz o encaminhamento. Não precisa de voltar primeiro ao seu GP.
    .if-not = Disseram-lhe que o hospital ia marcar a sua próxima consulta? Se não teve notícias até à altura que lhe disseram, ligue para a equipa do hospital.
    .ask =
        Preciso de voltar, e quando?
        Vão marcar a minha próxima consulta, ou devo ser eu a contactar-vos?
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
