# Journey: moving from children's to adult care. Written for young people.
# Structure and sources: src/journeys/moving_to_adult_care.rs

moving-to-adult-care =
    .title = Pasar de la atención de niños a la de adultos
    .summary = Quién planea su paso a la atención de adultos y con quién contactar antes y después.
    .intro = Usted tiene un problema de salud que dura mucho tiempo. Esto se llama enfermedad crónica (long-term condition). Al hacerse mayor, su atención pasa del equipo de niños a los servicios de adultos. Aquí le explicamos quién hace cada cosa.
    .keywords = pasar a adultos, atención de adultos, servicios de adultos, transición, traslado, hacerse mayor, cumplir 16, cumplir 18, adolescente, joven, hospital infantil, enfermedad crónica, consulta de adultos, dejar la pediatría, pediatra, transition, adult services, long-term condition, children's hospital, GP

moving-to-adult-care-plan =
    .title = Su equipo de niños planea el cambio
    .body =
        Su equipo de niños del hospital planea su paso a la atención de adultos. Deberían empezar a hablar con usted sobre esto como muy tarde en el curso Year 9 del colegio, cuando tiene 13 o 14 años.
        Debería tener una persona de referencia (named worker) que le ayude a planearlo. Pregunte quién es.
        Si quiere, puede llevar con usted a su madre, a su padre o a la persona que le cuida. También puede pedir ver al médico a solas durante una parte de cada cita.
    .if-not = Si nadie le ha hablado del cambio, pregunte a su equipo de niños. Puede preguntar en su próxima cita.
    .ask =
        ¿Cuándo pasaré a la atención de adultos?
        ¿Quién es mi persona de referencia?
        ¿Puedo verle a solas durante una parte de la cita?

moving-to-adult-care-before =
    .title = Antes del cambio
    .body =
        Hasta el cambio, su equipo de niños sigue siendo responsable de su atención.
        Debería poder conocer a alguien del equipo de adultos antes del cambio.
        Contacte con su equipo de niños si tiene preguntas o si su enfermedad empeora. Si se encuentra mal y no está seguro de qué hacer, llame al consultorio de su médico de cabecera (GP) o al NHS 111 ese mismo día. En una emergencia, llame al 999.
    .if-not = Si el equipo de niños no le ha devuelto la llamada antes del final del siguiente día laborable, vuelva a llamar. Si se encuentra peor, llame al NHS 111 o a su GP ese mismo día.
    .ask =
        ¿Con quién contacto hasta el cambio?
        ¿Puedo conocer al equipo de adultos antes del cambio?

moving-to-adult-care-adult-team =
    .title = El equipo de adultos se hace cargo
    .body =
        Después del cambio, puede que un equipo de adultos del hospital se encargue de su enfermedad.
        Su persona de referencia debería seguir en contacto con usted unos 6 meses después del cambio, para comprobar que ha ido bien.
        Cada parte de su atención debería tener un equipo responsable. Usted debería saber qué equipo es. Guarde su número de teléfono en un lugar seguro.
    .if-not = Si no sabe quién es ahora el responsable, pregunte a su persona de referencia. O pregunte en el consultorio de su GP.
    .ask =
        ¿Qué equipo es ahora el responsable de mi atención?
        ¿Cómo contacto con ustedes?
        ¿Cada cuánto tiempo les veré?

moving-to-adult-care-gp =
    .title = Su GP puede ser su médico principal
    .body =
        En este momento, su GP puede pasar a ser su médico principal. Esto quiere decir que el consultorio de su GP se encarga de más partes de su atención.
        Pregunte a su equipo de niños si esto le va a pasar a usted.
        El consultorio de su GP es también el sitio al que ir con problemas de salud nuevos.
    .if-not = Si no está seguro de si su GP es ahora su médico principal, pregunte en el consultorio de su GP.
    .ask =
        ¿Es usted ahora mi médico principal?
        ¿Tiene mis cartas del hospital?
        ¿A quién llamo si mi enfermedad empeora?
