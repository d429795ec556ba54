# Journey: moving from private care to the NHS.
# Structure and sources: src/journeys/private_care.rs

private-care =
    .title = Passar dos cuidados privados para o NHS
    .summary = Quem lhe dá os medicamentos e faz os controlos depois de ir a um médico privado, e como entrar numa lista de espera do NHS.
    .intro = Foi a um médico privado e agora quer ter parte dos seus cuidados no NHS. Algumas coisas passam para o NHS e outras não. Eis quem faz o quê.
    .keywords = privado, médico privado, clínica privada, hospital privado, especialista privado, consulta privada, receita privada, pago, paguei, seguro de saúde, passar para o NHS, lista de espera do NHS depois do privado, o GP não receita, exames privados, private, private doctor, private clinic, private hospital, private consultant, private prescription, paid, insurance, switch to NHS, NHS waiting list after private, GP will not prescribe, private tests

private-care-clinic =
    .title = A clínica privada trata do que começa
    .body =
        A clínica privada dá-lhe a primeira receita de tudo o que começar. Tem de a pagar.
        Se o médico privado pedir exames ou controlos, é a clínica privada que os faz e lhe dá os resultados.
        A clínica privada deve escrever ao seu GP (médico de família) sobre os seus cuidados.
    .if-not = Se tiver uma pergunta sobre os seus cuidados privados, contacte a clínica privada. Os contactos estão na sua carta.
    .ask =
        Vão escrever ao meu GP?
        Quem faz os meus exames e controlos?

private-care-gp-prescribing =
    .title = O seu GP pode ficar com alguns medicamentos
    .body =
        Pode pedir ao seu GP que receite um medicamento que o médico privado começou. O seu GP decide se isto é o certo para si.
        O seu GP pode dizer que não. Pode ser porque o medicamento precisa de ser vigiado por um especialista. Ou pode ser um medicamento que normalmente não é dado pelo NHS.
        Se o seu GP disser que não, é a clínica privada que continua a dá-lo.
    .if-not = Se o medicamento estiver quase a acabar, contacte a clínica privada antes de acabar.
    .ask =
        Pode receitar isto pelo NHS?
        Se não, o que devo fazer?

private-care-nhs-list =
    .title = Entrar numa lista de espera do NHS
    .body =
        Para ser visto por uma equipa de um hospital do NHS, normalmente precisa de um encaminhamento do NHS. Fale com o seu GP.
        O seu GP decide se precisa de um encaminhamento. Pergunte ao seu GP como isto vai funcionar no seu caso.
    .if-not = Se não tiver a certeza de como funcionam as regras na sua zona, pergunte ao consultório do seu GP.
    .ask =
        Pode encaminhar-me para o NHS por causa disto?
        Vou ter de esperar desde o início?

private-care-worse =
    .title = Se piorar
    .body =
        Se piorar muito, ou se tiver sintomas novos que o preocupem, contacte o consultório do seu GP ou ligue para o NHS 111 no mesmo dia. Numa emergência, ligue para o 999.
        Informe também o médico privado que o está a tratar.
    .if-not = Se ninguém lhe devolver a chamada até ao fim do dia útil seguinte, ligue outra vez. Se se sentir pior, ligue para o NHS 111 no mesmo dia.
    .ask =
        Para quem ligo se piorar durante a noite?
