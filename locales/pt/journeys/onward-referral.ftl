# Journey: the hospital sends you on to another team.
# Structure and sources: src/journeys/onward_referral.rs

onward-referral =
    .title = O hospital encaminha-o para outra equipa
    .summary = Quando uma equipa do hospital o encaminha diretamente para outra equipa, sem ter de voltar ao seu GP.
    .intro = Às vezes, uma equipa do hospital descobre que precisa de ir a outra equipa. Muitas vezes, podem ser eles a fazer o encaminhamento. Eis como funciona e a quem perguntar.
    .keywords = encaminhamento, encaminhado para outra equipa, enviado para outra equipa, outra equipa, outro especialista, especialista diferente, segundo especialista, outro serviço, outra especialidade, outra consulta, problema novo, problema relacionado, exames urgentes, tratamento urgente, encaminhamento do hospital, preciso de ir ao GP, voltar ao GP, médico de família, transferência, onward referral, referred on, another team, another specialist, hospital referral, back to GP

onward-referral-direct =
    .title = O hospital encaminha-o diretamente
    .body =
        A equipa do hospital pode achar que precisa de ir a outra equipa. Fazem eles próprios o encaminhamento quando o novo problema está ligado ao motivo por que foi enviado ao hospital.
        Também o fazem quando precisa de exames ou tratamento urgentes. Um exemplo é se acharem que pode ter cancro.
        Não precisa de voltar ao seu GP (médico de família) para isto.
    .if-not = A equipa do hospital está a dizer-lhe para voltar ao seu GP? Se o problema estiver ligado ou for urgente, peça-lhes que sejam eles a fazer o encaminhamento.
    .ask =
        Para que equipa me está a enviar, e porquê?
        É urgente?
        Vai informar o meu GP?

onward-referral-hear =
    .title = A nova equipa contacta-o
    .body =
        A nova equipa contacta-o para marcar a consulta. Muitas vezes é por carta, SMS ou telefonema.
        Mantenha os seus contactos atualizados no hospital, para que a nova equipa o consiga contactar.
        Se não tiver a certeza de que um SMS ou um telefonema é mesmo do hospital, ligue para o número que está na carta do hospital.
    .if-not = Se não tiver notícias na altura que lhe disseram, ligue para a equipa que fez o encaminhamento. Peça-lhes que confirmem se o encaminhamento foi enviado.
    .ask =
        Quando devo ter notícias da nova equipa?
        Como é que a nova equipa me vai contactar?

onward-referral-questions =
    .title = Para quem ligar com perguntas
    .body =
        Se tiver uma pergunta sobre o motivo do encaminhamento, ligue para a equipa que fez o encaminhamento.
        Se tiver uma pergunta sobre a nova consulta, ligue para a nova equipa. O número está na sua carta ou SMS.
        As duas equipas devem responder elas próprias às suas perguntas. Não lhe devem dizer para perguntar ao seu GP.
        Se piorar muito enquanto espera, contacte o consultório do seu GP ou o NHS 111 no mesmo dia, e informe a equipa do hospital. Numa emergência, ligue para o 999.
    .if-not = Se não conseguir resposta, peça para falar com a equipa de apoio ao doente do hospital. Ajudam quando algo corre mal.
    .ask =
        Quem é agora responsável pelos meus cuidados?
        Para quem ligo se piorar?

onward-referral-not-linked =
    .title = Se o novo problema não estiver ligado
    .body =
        Se o novo problema não estiver ligado e não for urgente, a equipa do hospital pode não fazer o encaminhamento. Em vez disso, pode escrever ao seu GP sobre o problema.
        Pergunte à equipa do hospital o que deve fazer a seguir.
        Para qualquer problema novo que o preocupe, pode ir ao seu GP como de costume.
    .if-not = Se não tiver a certeza de quem está a tratar do novo problema, pergunte à equipa do hospital. Também pode perguntar ao consultório do seu GP.
    .ask =
        Quem vai tratar deste novo problema?
        Vai escrever ao meu GP sobre isto?
