# Journey: your test results.
# Structure and sources: src/journeys/test_results.rs

test-results =
    .title = Os resultados dos seus exames
    .summary = Quem lhe dá o resultado do exame e o que fazer se não tiver notícias.
    .intro = Um exame ajuda a descobrir o que se passa ou a ver como está. A equipa que pede o exame é quem lhe dá o resultado. Eis o que deve acontecer.
    .keywords = resultados de exames, resultado do exame, resultados, análises ao sangue, análises, analises, resultados das análises, exame, exames, TAC, ecografia, raio-x, radiografia, análise à urina, amostra, biópsia, à espera dos resultados, sem resultados, não tive notícias, saber os resultados, quem me dá os resultados, resultado na NHS App, resultado anormal, resultado fora do normal, exame no hospital, análises no GP, o que quer dizer o meu resultado, test results, results, blood test, bloods, scan, x-ray, urine test, biopsy, result in the NHS App, abnormal result, GP

test-results-asked =
    .title = Dizem-lhe porque precisa de um exame
    .body =
        Uma equipa do hospital pode pedir-lhe que faça um exame. Pode ser uma análise ao sangue, um raio-x ou uma TAC.
        Devem dizer-lhe porque precisa dele e o que pode mostrar.
        Também lhe devem dizer como vai saber o resultado, quem vai dar o resultado e até quando.
        Se for o seu GP (médico de família) a pedir um exame, é o consultório do seu GP que lhe deve dizer estas coisas.
    .if-not = Se não lhe disseram como vai receber o resultado, pergunte à equipa que pediu o exame.
    .ask =
        Porque preciso deste exame?
        O que pode mostrar?
        Quem me vai dar o resultado, e quando?

test-results-taken =
    .title = Faz o exame
    .body =
        O sítio onde faz o exame depende de onde vive. Pode ser no hospital, num posto de colheitas de sangue perto de si, ou no consultório do seu GP.
        Muitos consultórios de GP não podem fazer colheitas de sangue para exames pedidos pelo hospital. Pergunte à equipa que pediu o exame onde deve ir.
        Seja onde for feito, o resultado vai para a equipa que pediu o exame.
        Um resultado pode demorar dias ou semanas. Depende do exame.
    .if-not = Se não puder ir ao exame, avise o local que o marcou logo que puder. Peça uma nova hora.
    .ask =
        Onde tenho de ir fazer o exame?
        Preciso de fazer alguma coisa antes, como não comer?

test-results-app =
    .title = Pode ver o resultado primeiro na NHS App
    .body =
        Hoje em dia, muitos resultados aparecem sozinhos na NHS App. Pode ver um resultado antes de alguém falar consigo sobre ele.
        Um resultado marcado como não normal nem sempre é grave. Alguns resultados estão um pouco fora dos valores normais e não há problema.
        Se um resultado o preocupar, contacte a equipa que pediu o exame. Podem dizer-lhe o que significa para si.
    .if-not = Se não conseguir falar com a equipa e estiver preocupado, ligue para o consultório do seu GP ou para o NHS 111. Numa emergência, ligue para o 999.
    .ask =
        O meu resultado vai aparecer na NHS App?
        Alguém vai falar comigo antes de eu o ver?

test-results-told =
    .title = A equipa dá-lhe o resultado
    .body =
        A equipa que pediu o exame vê o resultado. Decide o que fazer a seguir e diz-lhe.
        Se foi uma equipa do hospital a pedir o exame, é a equipa do hospital que lhe dá o resultado. Isto é assim mesmo que o sangue tenha sido colhido no consultório do seu GP.
        O seu GP pode conseguir ver o resultado, mas quem o deve explicar é a equipa que pediu o exame.
    .if-not = Se não tiver notícias até à data que lhe disseram, contacte a equipa que pediu o exame.
    .ask =
        O que quer dizer o meu resultado?
        O que acontece a seguir?
        O meu GP tem de fazer alguma coisa?

test-results-chase =
    .title = Se não tiver notícias
    .body =
        Se já passou a data que lhe deram, contacte a equipa que pediu o exame. Não fique só à espera.
        Se foi uma equipa do hospital a pedir, ligue para a equipa do hospital. Se foi o seu GP a pedir, contacte o consultório do seu GP.
        Se se sentir pior enquanto espera, ligue para o consultório do seu GP ou para o NHS 111 no mesmo dia. Numa emergência, ligue para o 999.
    .if-not = Se mesmo assim não conseguir resposta do hospital, peça para falar com a equipa de apoio ao doente. Ajudam quando algo corre mal.
    .ask =
        Até quando devia ter tido notícias?
        Quem pode falar comigo sobre o meu resultado?
