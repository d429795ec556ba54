# Journey: after a hospital clinic visit.
# Structure and sources: src/journeys/after_appointment.rs

after-appointment =
    .title = Después de ver a un equipo del hospital
    .summary = Qué pasa después de ver a un equipo del hospital y quién hace cada cosa.
    .intro = Ha visto a un equipo del hospital en una consulta. Aquí le explicamos qué pasa ahora. Le decimos quién hace cada parte y a quién preguntar.
    .keywords = después de la cita, después de la consulta, consulta externa, carta de la consulta, carta al médico de cabecera, carta del hospital, carta del especialista, seguimiento, próxima cita, volver, más pruebas, la carta pide una prueba al médico de cabecera, quién pide cita para la prueba, resultados, a quién contactar, a quién preguntar, preguntas, queja, reclamación, atención al paciente, problema con el hospital, médico de cabecera y hospital, otro equipo, after appointment, outpatient, clinic letter, follow-up, letter asks GP to do a test, who books the test, PALS, complaint, GP

after-appointment-letter =
    .title = El hospital escribe a su GP
    .body =
        Después de su cita, el equipo del hospital escribe una carta sobre ella. Se llama carta de la consulta (clinic letter).
        Si su médico de cabecera (GP) tiene que hacer algo, la carta dice qué. Usted también debería recibir una copia.
        El equipo del hospital se encarga del resto de su plan.
    .if-not = Si el consultorio de su GP no ha recibido la carta en el plazo que aparece aquí, llame al equipo del hospital. Pídales que la envíen.
    .ask =
        ¿Tiene que hacer algo mi GP?
        ¿Me pueden dar una copia de la carta?
        ¿Quién hará cada parte de mi plan?

after-appointment-gp-task =
    .title = Si la carta pide a su GP que haga algo
    .body =
        A veces la carta pide a su GP que haga una tarea, como una prueba o una receta nueva.
        Espere a que la carta llegue a su GP. Después, contacte con el consultorio de su GP para pedir cita o para preguntar por ello.
        Si el equipo del hospital pidió una prueba ellos mismos, deberían decirle cómo pedir cita para hacerla. También le dan el resultado.
    .if-not = Si el consultorio de su GP no sabe bien lo que pide la carta, puede preguntar al equipo del hospital. Usted también puede llamar al equipo del hospital.
    .ask =
        ¿Quién pide cita para esta prueba, ustedes o mi GP?
        ¿Quién me dará el resultado?

after-appointment-tests =
    .title = El hospital hace sus propias pruebas
    .body =
        Si el equipo del hospital quiere hacerle más pruebas, las piden ellos. Revisan los resultados y le explican lo que significan.
        Dónde se hace la prueba depende de dónde vive. Pregunte al equipo del hospital adónde tiene que ir.
        Se haga donde se haga la prueba, el equipo del hospital que la pidió le da el resultado.
    .if-not = Si no sabe nada de un resultado en el plazo que le dijeron, llame al equipo del hospital.
    .ask =
        ¿Por qué necesito esta prueba?
        ¿Adónde tengo que ir para hacérmela?
        ¿Cómo y cuándo me darán el resultado?

after-appointment-next =
    .title = Si tiene que volver
    .body =
        Si tiene que ver otra vez al equipo, deberían decirle cómo se va a organizar. Cuando el hospital quiere volver a verle, el propio hospital le da la cita o la prueba.
        Algunos equipos, en cambio, le piden que contacte usted con ellos cuando los necesite. Esto se llama seguimiento a petición del paciente (patient initiated follow-up). Pregunte durante cuánto tiempo puede hacerlo. La guía sobre el seguimiento le explica más.
        Si tiene que ver a otro equipo del hospital por un problema relacionado, el equipo del hospital le envía allí. No tiene que volver antes a su GP.
    .if-not = ¿Le dijeron que el hospital le daría la próxima cita? Si para la fecha que le dijeron no sabe nada, llame al equipo del hospital.
    .ask =
        ¿Tengo que volver? ¿Cuándo?
        ¿Me darán ustedes la próxima cita, o tengo que contactar yo con ustedes?
        ¿Tengo que ver a algún otro equipo?

after-appointment-questions =
    .title = Si tiene una pregunta
    .body =
        El hospital tiene que decirle cómo contactar con ellos. Mire su carta de la consulta o la página web del hospital.
        Si tiene una pregunta sobre su atención en el hospital, pregunte al equipo del hospital. Deberían responderle ellos mismos. No deberían decirle que pregunte a su GP.
    .if-not = Si no consigue una respuesta, pida hablar con el servicio de atención al paciente del hospital. Ayudan cuando algo sale mal.
    .ask =
        ¿Cuál es la mejor forma de contactar con ustedes?
        ¿A quién pregunto sobre mis medicamentos nuevos?

after-appointment-problems =
    .title = Si algo sale mal
    .body =
        A veces algo sale mal entre su GP y el hospital. Por ejemplo, cada uno puede decir que una tarea le toca al otro.
        Si pasa esto, pida hablar con el servicio de atención al paciente del hospital. A menudo se llama PALS. Ayudan cuando algo sale mal.
        Cada hospital tiene también una persona responsable. Su trabajo es ayudar a que el hospital y los consultorios de los GP trabajen bien juntos.
    .if-not = Si el servicio de atención al paciente no puede ayudarle, pregúnteles cómo poner una queja. También puede decírselo al consultorio de su GP.
    .ask =
        ¿Quién va a solucionar esto?
        ¿Pueden contárselo a la persona responsable que trabaja con los consultorios de los GP?
