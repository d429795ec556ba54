# Journey: your test results.
# Structure and sources: src/journeys/test_results.rs

test-results =
    .title = Los resultados de sus pruebas
    .summary = Quién le da el resultado de su prueba y qué hacer si no sabe nada.
    .intro = Una prueba ayuda a saber qué le pasa, o a ver cómo está. El equipo que pide la prueba le da el resultado. Aquí le explicamos lo que debería pasar.
    .keywords = resultados de pruebas, resultado de la prueba, resultados, análisis de sangre, análisis, analítica, escáner, radiografía, rayos X, análisis de orina, muestra, biopsia, esperar resultados, no tengo resultados, no sé nada, reclamar resultados, quién me da los resultados, resultado en la NHS App, resultado anormal, resultado fuera de lo normal, prueba del hospital, prueba en el consultorio, qué significa mi resultado, test results, blood test, bloods, scan, x-ray, urine test, biopsy, result in the NHS App, abnormal result, GP

test-results-asked =
    .title = Le dicen por qué necesita una prueba
    .body =
        Un equipo del hospital puede pedirle que se haga una prueba. Puede ser un análisis de sangre, una radiografía o un escáner.
        Deberían decirle por qué la necesita y qué podría mostrar.
        También deberían decirle cómo sabrá el resultado, quién se lo dirá y para cuándo.
        Si la prueba la pide su médico de cabecera (GP), el consultorio de su GP es quien debería decirle estas cosas.
    .if-not = Si no le dijeron cómo recibirá el resultado, pregunte al equipo que pidió la prueba.
    .ask =
        ¿Por qué necesito esta prueba?
        ¿Qué podría mostrar?
        ¿Quién me dará el resultado y cuándo?

test-results-taken =
    .title = Se hace la prueba
    .body =
        Dónde se hace la prueba depende de dónde vive. Puede ser en el hospital, en un centro de análisis de sangre cerca de usted o en el consultorio de su GP.
        Muchos consultorios de GP no pueden sacar sangre para las pruebas que pidió el hospital. Pregunte al equipo que pidió la prueba adónde tiene que ir.
        Se haga donde se haga, el resultado va al equipo que pidió la prueba.
        Un resultado puede tardar días o semanas en llegar. Depende de la prueba.
    .if-not = Si no puede ir a su prueba, avise lo antes posible al sitio que le dio la cita. Pida una nueva hora.
    .ask =
        ¿Adónde tengo que ir para la prueba?
        ¿Tengo que hacer algo antes, como no comer?

test-results-app =
    .title = Puede que vea el resultado primero en la NHS App
    .body =
        Ahora muchos resultados aparecen solos en la NHS App. Puede que vea un resultado antes de que nadie le haya hablado de él.
        Un resultado marcado como fuera de lo normal no siempre es grave. Algunos resultados están un poco fuera del rango normal y están bien.
        Si un resultado le preocupa, contacte con el equipo que pidió la prueba. Ellos le pueden decir lo que significa para usted.
    .if-not = Si no consigue hablar con el equipo y está preocupado, llame al consultorio de su GP o al NHS 111. En una emergencia, llame al 999.
    .ask =
        ¿Va a aparecer mi resultado en la NHS App?
        ¿Alguien hablará conmigo antes de que lo vea?

test-results-told =
    .title = El equipo le da el resultado
    .body =
        El equipo que pidió la prueba revisa el resultado. Deciden qué hacer después y se lo dicen a usted.
        Si la pidió un equipo del hospital, el equipo del hospital le da el resultado. Es así incluso si le sacaron sangre en el consultorio de su GP.
        Puede que su GP pueda ver el resultado, pero quien se lo tiene que explicar es el equipo que pidió la prueba.
    .if-not = Si no sabe nada en el plazo que le dijeron, contacte con el equipo que pidió la prueba.
    .ask =
        ¿Qué significa mi resultado?
        ¿Qué pasa ahora?
        ¿Tiene que hacer algo mi GP?

test-results-chase =
    .title = Si no sabe nada
    .body =
        Si ya ha pasado el plazo que le dieron, contacte con el equipo que pidió la prueba. No se limite a esperar.
        Si la pidió un equipo del hospital, llame al equipo del hospital. Si la pidió su GP, contacte con el consultorio de su GP.
        Si se encuentra peor mientras espera, llame al consultorio de su GP o al NHS 111 ese mismo día. En una emergencia, llame al 999.
    .if-not = Si aun así el hospital no le da una respuesta, pida hablar con su servicio de atención al paciente. Ayudan cuando algo sale mal.
    .ask =
        ¿Para cuándo debería saber algo?
        ¿Quién puede hablar conmigo sobre mi resultado?
