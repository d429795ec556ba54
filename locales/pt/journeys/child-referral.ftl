# Journey: your child is sent to a children's doctor. Written for parents and carers.
# Structure and sources: src/journeys/child_referral.rs

child-referral =
    .title = O seu filho é encaminhado para um médico de crianças
    .summary = Quem marca a consulta do seu filho, para quem ligar enquanto espera e quem lhe dá os resultados.
    .intro = O seu GP (médico de família) quer que um médico de crianças do hospital ajude nos cuidados do seu filho. Como pai, mãe ou cuidador, recebe as informações sobre o que se passa com o seu filho. Eis o que acontece a seguir e quem faz cada parte.
    .keywords = filho, filha, criança, crianças, o meu filho, a minha filha, bebé, bebe, miúdos, pediatra, pediatria, médico de crianças, hospital pediátrico, encaminhamento de criança, encaminhamento, carta do hospital, consulta, lista de espera, pais, mãe, pai, cuidador, criança mais doente, criança a piorar, filho pior, child, paediatrician, children's doctor, child referral, referral, appointment, waiting list, child more unwell, child getting worse

child-referral-advice =
    .title = O seu GP pode pedir primeiro conselho a um médico de crianças
    .body =
        Um médico de crianças chama-se pediatra. O seu GP pode pedir primeiro conselho a um pediatra sobre o seu filho. Pode ser por telefone ou pela internet.
        Em algumas zonas, um pediatra vai aos consultórios de GP para ver lá as crianças. Algumas crianças podem ser tratadas em casa por uma equipa do hospital.
        Com o conselho, pode ser que o seu filho não precise de ir ao hospital. O seu GP diz-lhe o que o pediatra disse.
    .if-not = Se não tiver a certeza do que o seu GP está a fazer pelo seu filho, contacte o consultório do seu GP e pergunte.
    .ask =
        Está a pedir conselho a um pediatra, ou a enviar o meu filho para o hospital?
        Como me vai dizer o que o pediatra disse?

child-referral-sent =
    .title = O seu GP envia o encaminhamento
    .body =
        Se o seu filho precisar de ir a um pediatra, o seu GP escreve ao pediatra. A isto chama-se encaminhamento.
        O seu GP também diz com que rapidez o seu filho precisa de ter consulta. Um encaminhamento pode ser de rotina ou urgente.
        Às vezes, o hospital pede primeiro exames. Nesse caso, o seu GP trata destes exames antes de enviar o encaminhamento.
        Recebe as mesmas informações que um doente adulto receberia. Recebe-as em nome do seu filho.
    .if-not = Pergunte ao seu GP quando deve ter notícias do encaminhamento. Se até lá não tiver notícias, contacte o consultório do seu GP. Pergunte se o encaminhamento já foi enviado.
    .ask =
        Porque é que o meu filho precisa de ir a um pediatra?
        O encaminhamento é de rotina ou urgente?
        O meu filho precisa de fazer exames antes?

child-referral-booking =
    .title = Recebe uma carta, e-mail ou SMS para marcar
    .body =
        Pode receber uma carta com um número de marcação e uma palavra-passe. Guarde-a bem.
        Ou pode receber um e-mail ou um SMS. Tem um link para marcar na NHS App ou no site do NHS.
        Use o link para escolher o dia e a hora para o seu filho, ou para ligar para a equipa de marcações.
        Alguns SMS que parecem ser do NHS são burlas. O NHS não lhe vai pedir que pague nem que dê os seus dados bancários. Se não tiver a certeza, não use o link. Ligue para o número que está na sua carta.
    .if-not = Se até à altura que o seu GP lhe disse não tiver recebido nada, ligue para o número que está na carta de encaminhamento. Se não tiver carta, pergunte ao consultório do seu GP.
    .ask =
        Posso escolher o hospital onde o meu filho vai ser visto?
        O meu filho pode ter consulta perto de onde vivemos?

child-referral-waiting =
    .title = O seu filho espera pela consulta
    .body =
        A equipa do hospital trata do lugar do seu filho na lista.
        O hospital pode enviar-lhe um SMS para confirmar se o seu filho ainda precisa da consulta. Responda, se puder. Se não responder, ligue para a equipa do hospital. O seu filho não vai ser tirado da lista só porque não respondeu.
        Se tiver uma pergunta sobre a consulta, pergunte à equipa do hospital. Devem responder-lhe, e não mandá-lo de volta ao seu GP.
    .if-not = Se o hospital não der notícias na altura que lhe disseram, ligue para a equipa do hospital.
    .ask =
        Quanto tempo é a espera para esta equipa?
        Para quem ligo se os nossos planos mudarem?

child-referral-worse =
    .title = Se o seu filho parecer mais doente
    .body =
        Confie no que sente. Conhece o seu filho melhor do que ninguém.
        Ligue para o 999 se o seu filho tiver dificuldade em respirar, se for muito difícil acordá-lo, ou se tiver uma convulsão. Ligue também para o 999 se tiver manchas na pele que não desaparecem quando carrega nelas com um copo de vidro.
        Se o seu filho parecer mais doente, ou se estiver preocupado, contacte o consultório do seu GP ou ligue para o NHS 111 no mesmo dia.
        Informe também a equipa do hospital. Um médico do hospital pode ver se o seu filho precisa de ter consulta mais cedo. O seu GP também pode tornar o encaminhamento urgente.
    .if-not = Se a equipa do hospital não lhe devolver a chamada até ao fim do dia útil seguinte, ligue outra vez. Se o seu filho parecer pior, não espere por eles: ligue para o consultório do seu GP ou para o NHS 111 no mesmo dia.
    .ask =
        Que sinais devem levar-me a ligar-lhe?
        O meu filho pode ter consulta mais cedo se piorar?

child-referral-visit =
    .title = A primeira consulta do seu filho
    .body =
        O seu filho é visto pelo pediatra ou por outra pessoa da equipa de pediatria. Podem falar com os dois, examinar o seu filho ou fazer exames.
        Leve a carta, uma lista dos medicamentos do seu filho e as perguntas que tiver.
        Cada parte dos cuidados do seu filho deve ter uma equipa responsável. Se não souber qual é, pergunte.
        As crianças mais velhas podem querer falar sozinhas com o médico durante parte da consulta. Muitas vezes, os jovens podem escolher o que é partilhado com os pais.
    .if-not = Se a consulta for cancelada, a equipa do hospital deve dar-lhe uma nova data. Ligue-lhes se ainda não a recebeu.
    .ask =
        Qual acha que é o problema?
        Que equipa é responsável por cada parte dos cuidados do meu filho?
        Para quem ligo se tiver uma pergunta mais tarde?

child-referral-letter =
    .title = O hospital escreve ao seu GP
    .body =
        Depois da consulta, a equipa do hospital escreve ao seu GP se o seu GP tiver de fazer alguma coisa. A isto chama-se carta da consulta. Também deve receber uma cópia.
    .if-not = Se o consultório do seu GP não tiver recebido a carta até ao prazo indicado, ligue para a equipa do hospital. Peça-lhes que a enviem.
    .ask =
        O nosso GP tem de fazer alguma coisa?
        Posso ter uma cópia da carta?

child-referral-results =
    .title = Exames e resultados
    .body =
        Se a equipa do hospital pedir um exame, é ela que vê o resultado e lhe diz qual é.
        Muitas vezes, as crianças fazem a colheita de sangue numa consulta de pediatria no hospital. Pergunte à equipa onde deve ir.
        Seja onde for feito o exame, é a equipa que o pediu que lhe dá o resultado.
    .if-not = Se um resultado estiver atrasado, contacte a equipa que pediu o exame.
    .ask =
        Onde deve o meu filho fazer o exame?
        Quando e como me vão dar os resultados?
        O meu filho precisa de voltar a ter consulta convosco?
