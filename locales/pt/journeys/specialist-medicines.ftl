# Journey: A medicine started by a hospital specialist.
# Structure and sources: src/journeys/specialist_medicines.rs

specialist-medicines =
    .title = Um especialista do hospital receita-lhe um medicamento novo
    .summary = Quem lhe dá o medicamento, quem lhe dá mais e a quem perguntar sobre efeitos secundários e análises.
    .intro = Um especialista do hospital receitou-lhe um medicamento novo. Eis quem lhe dá o medicamento e quem lhe dá mais quando acabar. Também diz a quem perguntar se tiver algum problema com ele.
    .keywords = receita, comprimidos, medicamento, medicação, remédio, medicamento novo, receita renovável, receita crónica, cuidados partilhados, acordo de cuidados partilhados, efeitos secundários, análises ao sangue, análises, vigilância, acabar o medicamento, receita do hospital, medicamento de especialista, farmácia, médico de família, prescription, tablets, medicine, medication, repeat prescription, shared care, shared care agreement, side effects, blood test, pharmacy

specialist-medicines-start =
    .title = O hospital começa o seu medicamento
    .body =
        Um especialista do hospital decide que precisa de um medicamento novo.
        Se precisar de começar já, o hospital dá-lhe a primeira receita. Uma receita é o papel que lhe permite obter um medicamento.
        Não precisa de ir ao seu GP (médico de família) para esta primeira quantidade.
    .if-not = Se lhe disseram para começar um medicamento já, mas não o recebeu, ligue para a equipa do hospital.
    .ask =
        Para que serve este medicamento?
        Quando e como devo tomá-lo?
        Há algum folheto sobre ele?

specialist-medicines-week =
    .title = Recebe pelo menos 7 dias do medicamento
    .body =
        Quando sai do hospital ou da consulta, deve levar pelo menos 7 dias de qualquer medicamento novo. Se o tratamento for mais curto, recebe-o todo.
        Antes de sair, pergunte para que serve cada medicamento. Pergunte que efeitos secundários pode ter. Um efeito secundário é uma coisa indesejada que um medicamento pode causar.
        Peça um folheto e o número de telefone da equipa do hospital.
    .if-not = Se saiu com menos de 7 dias de um medicamento novo, ligue imediatamente para a equipa do hospital.
    .ask =
        Quanto deste medicamento me vão dar?
        Quem me dá mais quando acabar?
        Para quem ligo se tiver algum problema com ele?

specialist-medicines-more =
    .title = Quem lhe dá mais
    .body =
        Alguns medicamentos precisam de ser vigiados por um especialista. Se o hospital começou um destes medicamentos, é o hospital que continua a dá-lo.
        Às vezes, o hospital pede ao seu GP para ficar com essa tarefa. Para isso, é preciso um acordo de cuidados partilhados (shared care agreement). É um plano com que o hospital e o seu GP concordam.
        O seu GP só pode ficar com essa tarefa se tiver dito que sim. Até lá, é o hospital que lhe dá mais.
    .if-not = Se o medicamento estiver quase a acabar e ninguém lhe deu mais, ligue para a equipa do hospital. Faça-o antes de acabar.
    .ask =
        Vão continuar a dar-me este medicamento, ou vai ser o meu GP?
        O meu GP aceitou os cuidados partilhados?
        Como peço mais?

specialist-medicines-checks =
    .title = Análises ao sangue para vigiar o seu medicamento
    .body =
        Alguns medicamentos precisam de análises ao sangue para confirmar que são seguros para si. Pergunte se o seu precisa.
        Pergunte quem faz as análises e de quanto em quanto tempo.
        A equipa que pede uma análise vê o resultado. Diz-lhe o que significa.
    .if-not = Se um resultado estiver atrasado, contacte a equipa que pediu a análise. Pergunte-lhes o que mostrou.
    .ask =
        Este medicamento precisa de análises ao sangue?
        Quem as faz, e de quanto em quanto tempo?
        Quem me dá os resultados?

specialist-medicines-problems =
    .title = Se tiver algum problema com ele
    .body =
        Se achar que o medicamento está a causar um problema, ligue para a equipa do hospital que o receitou.
        Devem responder às suas perguntas. Não devem limitar-se a dizer-lhe para perguntar ao seu GP.
        Se não se sentir bem e não souber o que fazer, ligue para o NHS 111. Numa emergência, ligue para o 999.
    .if-not = Se a equipa do hospital não lhe devolver a chamada, ligue outra vez. Se se sentir pior, ligue para o NHS 111 ou para o seu GP.
    .ask =
        Que efeitos secundários devem levar-me a ligar-lhe?
        O que devo fazer se me esquecer de uma dose?
