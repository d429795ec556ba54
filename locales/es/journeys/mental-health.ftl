# Journey: getting help for your mental health.
# Structure and sources: src/journeys/mental_health.rs

mental-health =
    .title = Pedir ayuda para su salud mental
    .summary = Adónde ir en una crisis, cómo pedir terapia psicológica y quién se encarga de usted.
    .intro = Su salud mental importa tanto como su cuerpo. Aquí le explicamos dónde pedir ayuda, también en una crisis, y quién hace cada parte.
    .keywords = salud mental, crisis, ideas de suicidio, pensamientos suicidas, autolesiones, hacerme daño, ansiedad, depresión, estrés, ánimo bajo, tristeza, pánico, terapia psicológica, terapia de conversación, psicólogo, terapia, TCC, equipo de salud mental, psiquiatra, antidepresivos, medicamentos para la salud mental, mental health, crisis, suicidal, self harm, anxiety, depression, stress, low mood, talking therapy, counselling, CBT, talking therapies, community mental health team, antidepressants, GP

mental-health-crisis =
    .title = En una crisis, pida ayuda ya
    .body =
        Si su vida o la vida de otra persona está en peligro, llame al 999 o vaya a A&E (urgencias del hospital).
        Si necesita ayuda ahora, llame al NHS 111 y elija la opción de salud mental. Está abierto de día y de noche, para cualquier edad.
        Si ya tiene un equipo de salud mental, use el número para crisis que aparece en su plan de atención.
    .if-not = Si no consigue comunicarse, llame al 999 o vaya a A&E.
    .ask =
        ¿A quién llamo si me vuelvo a sentir así?

mental-health-talking-therapies =
    .title = Puede pedir terapia psicológica usted mismo
    .body =
        NHS Talking Therapies (terapias psicológicas del NHS) ayuda con sentimientos como la preocupación, el ánimo bajo y el estrés. No tiene que ver antes a su médico de cabecera (GP).
        Puede pedirla usted mismo por internet o por teléfono. Busque NHS Talking Therapies en la página web del NHS para encontrar el servicio de su zona.
        Este servicio es para adultos. Los niños y los jóvenes tienen sus propios servicios. Pregunte en el consultorio de su GP o en el colegio.
    .if-not = Si para la fecha que le dijeron el servicio no le ha respondido, vuelva a contactar con ellos. Si se encuentra peor mientras espera, contacte con el consultorio de su GP o con el NHS 111 ese mismo día.
    .ask =
        ¿Cuánto hay que esperar aquí para la terapia psicológica?
        ¿Qué tipos de ayuda ofrecen?

mental-health-gp =
    .title = Su GP puede ayudarle y derivarle
    .body =
        Su GP puede hablar con usted sobre cómo se siente y qué ayuda hay.
        Si necesita más ayuda, su GP puede derivarle a un equipo de salud mental. En este equipo hay personal como enfermeros, médicos y terapeutas.
    .if-not = Si está esperando al equipo de salud mental y se encuentra peor, contacte con el consultorio de su GP o llame al NHS 111 ese mismo día. En una crisis, llame al NHS 111 y elija la opción de salud mental.
    .ask =
        ¿Qué ayuda hay para mí?
        ¿Me puede derivar a un equipo de salud mental?

mental-health-team =
    .title = El equipo de salud mental planea su atención
    .body =
        Si un equipo de salud mental se encarga de usted, hace con usted un plan de atención (care plan). El plan dice quién es el responsable de su atención y cómo contactar con esa persona.
        Pida al equipo su número de teléfono, y un número al que llamar en una crisis.
    .if-not = Si no sabe quién es el responsable de su atención, pregunte al equipo. O pregunte en el consultorio de su GP.
    .ask =
        ¿Quién es el responsable de mi atención?
        ¿A quién llamo en una crisis?

mental-health-medicines =
    .title = Quién le da sus medicamentos
    .body =
        A menudo el equipo de salud mental propone un medicamento y su GP se lo receta.
        Algunos medicamentos necesitan que un especialista los vigile, con análisis de sangre regulares. En ese caso, puede que el equipo de salud mental se los recete, o que comparta la atención con su GP.
        Pregunte quién le da más y quién hace los controles.
    .if-not = Si se le va a acabar el medicamento y no sabe a quién preguntar, contacte con el consultorio de su GP. Si está cerrado, llame al NHS 111.
    .ask =
        ¿Quién me da más de este medicamento?
        ¿Necesita análisis de sangre?
