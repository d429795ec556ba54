# Journey: a hospital specialist starts a new medicine.
# Structure and sources: src/journeys/specialist_medicines.rs

specialist-medicines =
    .title = Um médico do hospital receita-lhe um medicamento novo
    .summary = Quem lhe dá o medicamento, quem lhe dá mais e a quem perguntar sobre efeitos secundários e análises.
    .intro = Um especialista do hospital receitou-lhe um medicamento novo. Um especialista é um médico que sabe muito sobre um tipo de problema de saúde. Eis quem lhe dá o medicamento e quem lhe dá mais. Também diz a quem perguntar se tiver algum problema com ele.
    .keywords = receita, comprimidos, medicamento, medicação, remédio, medicamento novo, especialista receitou um medicamento, medicamento da consulta, receita renovável, receita crónica, cuidados partilhados, acordo de cuidados partilhados, efeitos secundários, análises ao sangue, análises, vigilância, acabar o medicamento, receita do hospital, medicamento de especialista, farmácia, médico de família, prescription, tablets, medicine, medication, specialist started a medicine, clinic medicine, repeat prescription, shared care, shared care agreement, side effects, blood test, pharmacy

specialist-medicines-start =
    .title = O hospital dá-lhe a primeira quantidade
    .body =
        Um especialista do hospital decide que precisa de um medicamento novo.
        Se precisar de começar já, o hospital dá-lhe a primeira quantidade. Não precisa de ir ao seu GP (médico de família) para isto.
        Depois de um internamento no hospital, recebe pelo menos 7 dias do medicamento, ou todo o medicamento se o tratamento for mais curto.
        Depois de uma consulta, o hospital dá-lhe o suficiente para já, se precisar de começar logo. Ou então a carta da consulta pede ao seu GP que o receite.
    .if-not = Se lhe disseram para começar um medicamento já, mas não o recebeu, ligue para a equipa do hospital.
    .ask =
        Para que serve este medicamento?
        Quando e como devo tomá-lo?
        Vão ser vocês a dar-mo, ou vai ser o meu GP?

specialist-medicines-gp =
    .title = Depois disso, o seu GP receita a maior parte dos medicamentos
    .body =
        Para a maior parte dos medicamentos, a carta da consulta pede ao seu GP que receite mais. Uma receita é o papel que lhe permite obter um medicamento.
        Espere até o consultório do seu GP ter a carta. Depois, peça-lhes que juntem o medicamento às suas receitas renováveis (repeat prescriptions).
        Peça cada renovação a tempo, para não ficar sem medicamento.
    .if-not = Se o consultório do seu GP não tiver recebido a carta e o medicamento estiver quase a acabar, ligue para a equipa do hospital. Peça-lhes que enviem a carta ou que lhe deem mais.
    .ask =
        Já enviaram a carta ao meu GP?
        Quanto me vão dar até lá?

specialist-medicines-shared-care =
    .title = Medicamentos que um especialista tem de vigiar
    .body =
        Alguns medicamentos precisam de ser vigiados por um especialista. Se o hospital começou um destes medicamentos, é o hospital que continua a dá-lo.
        Às vezes, o hospital pede ao seu GP para ficar com essa tarefa. Para isso, é preciso um acordo de cuidados partilhados (shared care agreement). É um plano aceite pelo hospital, pelo seu GP e por si.
        O seu GP não é obrigado a dizer que sim. Até todos terem concordado, é o hospital que lhe dá mais.
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
        Alguns medicamentos, como os medicamentos para o cancro, têm uma linha de apoio que está aberta de dia e de noite. Se a equipa lhe deu uma, use-a.
        Se se sentir muito mal, ligue para o NHS 111 ou para o consultório do seu GP no mesmo dia. Numa emergência, ligue para o 999.
    .if-not = Se a equipa do hospital não lhe devolver a chamada até ao fim do dia útil seguinte, ligue outra vez. Se se sentir pior, ligue para o NHS 111 ou para o seu GP no mesmo dia.
    .ask =
        Que efeitos secundários devem levar-me a ligar-lhe?
        Há uma linha de apoio para este medicamento?
        O que devo fazer se me esquecer de uma dose?
