# Journey: moving from children's to adult care. Written for young people.
# Structure and sources: src/journeys/moving_to_adult_care.rs

moving-to-adult-care =
    .title = Passar dos cuidados de pediatria para os cuidados de adultos
    .summary = Quem planeia a sua passagem para os cuidados de adultos, e quem contactar antes e depois.
    .intro = Tem um problema de saúde que dura muito tempo. Chama-se doença crónica (long-term condition). À medida que cresce, os seus cuidados passam da equipa de pediatria para os serviços de adultos. Eis quem faz o quê.
    .keywords = passar para adultos, serviços de adultos, transição, transferência, crescer, fazer 16 anos, fazer 18 anos, adolescente, jovem, jovem adulto, hospital pediátrico, pediatria, doença crónica, doença de longa duração, consulta de adultos, sair da pediatria, moving to adult care, adult services, transition, transfer, young person, long-term condition

moving-to-adult-care-plan =
    .title = A sua equipa de pediatria planeia a passagem
    .body =
        A sua equipa de pediatria do hospital planeia a sua passagem para os cuidados de adultos. Devem começar a falar consigo sobre isso até ao Year 9 da escola, quando tem 13 ou 14 anos.
        Deve ter uma pessoa de referência (named worker) que o ajuda a planear. Pergunte quem é.
        Se quiser, pode levar o seu pai, a sua mãe ou um cuidador consigo. Também pode pedir para falar com o médico a sós durante parte de cada consulta.
    .if-not = Se ninguém falou consigo sobre a passagem, pergunte à sua equipa de pediatria. Pode perguntar na próxima consulta.
    .ask =
        Quando vou passar para os cuidados de adultos?
        Quem é a minha pessoa de referência?
        Posso falar consigo a sós durante parte da consulta?

moving-to-adult-care-before =
    .title = Antes da passagem
    .body =
        Até à passagem, a sua equipa de pediatria continua responsável pelos seus cuidados.
        Deve poder conhecer alguém da equipa de adultos antes de mudar.
        Contacte a sua equipa de pediatria se tiver perguntas ou se a sua doença piorar. Se não se sentir bem e não souber o que fazer, ligue para o consultório do seu GP (médico de família) ou para o NHS 111 no mesmo dia. Numa emergência, ligue para o 999.
    .if-not = Se a equipa de pediatria não lhe devolver a chamada até ao fim do dia útil seguinte, ligue outra vez. Se se sentir pior, ligue para o NHS 111 ou para o seu GP no mesmo dia.
    .ask =
        Quem contacto até mudar?
        Posso conhecer a equipa de adultos antes de mudar?

moving-to-adult-care-adult-team =
    .title = A equipa de adultos passa a tratar de si
    .body =
        Depois da passagem, uma equipa de adultos do hospital pode passar a tratar da sua doença.
        A sua pessoa de referência deve manter o contacto consigo durante cerca de 6 meses depois da passagem, para ver se correu bem.
        Cada parte dos seus cuidados deve ter uma equipa responsável. Deve saber qual é essa equipa. Guarde o número de telefone da equipa num sítio seguro.
    .if-not = Se não souber quem é o responsável agora, pergunte à sua pessoa de referência. Ou pergunte ao consultório do seu GP.
    .ask =
        Que equipa é agora responsável pelos meus cuidados?
        Como vos posso contactar?
        De quanto em quanto tempo vou ter consulta convosco?

moving-to-adult-care-gp =
    .title = O seu GP pode passar a ser o seu médico principal
    .body =
        Nesta fase, o seu GP pode passar a ser o seu médico principal. Isto quer dizer que o consultório do seu GP trata de mais partes dos seus cuidados.
        Pergunte à sua equipa de pediatria se isto vai acontecer consigo.
        O consultório do seu GP é também onde deve ir com problemas de saúde novos.
    .if-not = Se não tiver a certeza se o seu GP é agora o seu médico principal, pergunte ao consultório do seu GP.
    .ask =
        Agora é o meu médico principal?
        Tem as minhas cartas do hospital?
        Para quem ligo se a minha doença piorar?
