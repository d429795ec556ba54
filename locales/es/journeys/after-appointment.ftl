# Journey: After a hospital appointment.
# Structure and sources: src/journeys/after_appointment.rs

after-appointment =
    .title = Después de una cita en el hospital
    .summary = Qué pasa después de ver a un equipo del hospital y quién hace cada cosa.
    .intro = Ha visto a un equipo del hospital en una consulta. Aquí le explicamos qué pasa ahora. Le decimos quién hace cada parte y a quién preguntar.
    .keywords = después de la cita, después de la consulta, consulta externa, carta de la consulta, carta al médico de cabecera, carta del hospital, carta del especialista, seguimiento, próxima cita, volver, más pruebas, resultados, a quién contactar, a quién preguntar, preguntas, queja, reclamación, atención al paciente, problema con el hospital, médico de cabecera y hospital, otro equipo, after appointment, outpatient, clinic letter, follow-up, PALS, complaint, GP

after-appointment-letter =
    .title = El hospital escribe a su GP
    .body =
        Después de su cita, el equipo del hospital escribe una carta sobre ella. Se llama carta de la consulta (clinic letter).
        Si su médico de cabecera (GP) tiene que hacer algo, la carta llega a su GP en un plazo de 10 días. La carta dice lo que su GP tiene que hacer.
        El equipo del hospital se encarga del resto de su plan.
    .if-not = Si su GP no ha recibido la carta después de 2 semanas, llame al equipo del hospital. Pídales que la envíen.
    .ask =
        ¿Tiene que hacer algo mi GP?
        ¿Me pueden dar una copia de la carta?
        ¿Quién hará cada parte de mi plan?

after-appointment-tests =
    .title = El hospital hace sus propias pruebas
    .body =
        Si el equipo del hospital quiere hacerle más pruebas, las piden ellos. Revisan los resultados y le explican lo que significan.
        Es así incluso si le sacan sangre en el consultorio de su GP. A menudo su GP no puede ver los resultados de las pruebas del hospital.
    .if-not = Si no sabe nada de un resultado en el plazo que le dijeron, llame al equipo del hospital.
    .ask =
        ¿Por qué necesito esta prueba?
        ¿Cómo y cuándo me darán el resultado?

after-appointment-next =
    .title = Si tiene que volver
    .body =
        Si tiene que ver otra vez al equipo, deben decirle cómo se pedirá la cita. Casi siempre la piden ellos.
        Si tiene que ver a otro equipo del hospital por un problema relacionado, el equipo del hospital le envía allí. No tiene que volver antes a su GP.
    .if-not = ¿Le dijeron que volvería a ver al equipo? Si no sabe nada, llame al equipo del hospital.
    .ask =
        ¿Tengo que volver? ¿Cuándo?
        ¿Quién pedirá mi próxima cita?
        ¿Tengo que ver a algún otro equipo?

after-appointment-questions =
    .title = Si tiene una pregunta
    .body =
        El hospital tiene que decirle cómo contactar con ellos. Mire su carta de la consulta o la página web del hospital.
        Si tiene una pregunta sobre su atención en el hospital, pregunte al equipo del hospital. Deben responderle ellos mismos. No deben decirle que pregunte a su GP.
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
