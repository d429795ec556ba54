# Journey: waiting for a hospital visit.
# Structure and sources: src/journeys/waiting.rs

waiting =
    .title = Mientras espera una cita en el hospital
    .summary = Quién le atiende mientras espera y a quién avisar si empeora.
    .intro = Está en una lista para ver a un equipo del hospital. Aquí le explicamos quién hace cada cosa mientras espera. También le decimos a quién llamar si empeora.
    .keywords = lista de espera, tiempo de espera, esperar, cuánto tiempo, espera larga, sigo esperando, estoy peor, me encuentro peor, síntomas peores, síntomas nuevos, antes, adelantar la cita, darse prisa, subir en la lista, fecha de la cita, cuándo es mi cita, espera media, mensaje del hospital, todavía necesita su cita, tensión arterial, presión arterial, mantenerse bien, otros problemas de salud, reclamar al hospital, waiting list, waiting time, my planned care, appointment, average wait, blood pressure, GP

waiting-list =
    .title = El hospital guarda su lugar
    .body =
        El equipo del hospital se encarga de la lista y de su lugar en ella.
        Puede ver la espera media en la página web My Planned Care. Muestra cada hospital y cada tipo de atención. Se actualiza cada semana.
        Es solo una media, así que su espera puede ser más larga o más corta. La página web no muestra las esperas para la atención del cáncer.
    .if-not = Si el hospital no se ha puesto en contacto con usted cuando le dijeron, llame al equipo del hospital. Pídales que comprueben que está en la lista.
    .ask =
        ¿Más o menos cuánto tendré que esperar?
        ¿A quién llamo si cambian mis planes?
        ¿Me avisarán si la espera se alarga?

waiting-check =
    .title = El hospital comprueba si todavía necesita la cita
    .body =
        El hospital puede contactar con usted para comprobar si todavía necesita la cita. A menudo es con un mensaje de texto.
        Por favor, responda si puede. Si ya no necesita la cita, dígalo. Así otra persona puede tener su lugar.
        Si no responde, no pierde su lugar solo por eso. El hospital intentará contactar con usted de otra forma, o preguntará a su médico de cabecera (GP).
        Algunos mensajes que parecen del NHS son estafas. El NHS no le va a pedir que pague ni que dé los datos de su banco. Si no está seguro de que un mensaje sea de verdad, no use su enlace. Llame al número que aparece en su carta del hospital.
    .if-not = Si no vio el mensaje, o respondió por error, llame al equipo del hospital y dígaselo.
    .ask =
        ¿Cómo se van a poner en contacto conmigo?
        ¿Qué pasa si no veo su mensaje?

waiting-care =
    .title = Su GP le sigue atendiendo
    .body =
        El consultorio de su GP sigue atendiendo sus otros problemas de salud. Por ejemplo, le ayudan a tener la tensión arterial controlada.
        Esto es importante. Ayuda a que su tratamiento en el hospital no se retrase.
        Usted también puede ayudar. Siga tomando sus medicamentos. Vaya a sus revisiones.
        Si tiene un problema nuevo que no tiene relación con el que le hace esperar, vaya a su GP como siempre.
    .if-not = Si le toca una revisión y no sabe nada, contacte con el consultorio de su GP.
    .ask =
        ¿Qué puedo hacer para estar bien mientras espero?
        ¿Están controlados mis otros problemas de salud?
        ¿Cuándo es mi próxima revisión?

waiting-worse =
    .title = Si empeora
    .body =
        Si empeora mucho, o tiene síntomas nuevos que le preocupan, contacte con el consultorio de su GP o llame al NHS 111 ese mismo día.
        En una emergencia, llame al 999.
        Dígaselo también al equipo del hospital. Un médico de allí puede comprobar si tienen que verle antes.
        Su GP también puede pedir al hospital que le vean antes, o hacer que la derivación sea urgente.
    .if-not = Si el equipo del hospital no le ha devuelto la llamada antes del final del siguiente día laborable, vuelva a llamar. No les espere si se encuentra peor: llame al consultorio de su GP o al NHS 111 ese mismo día.
    .ask =
        ¿Qué cambios deberían hacer que le llame?
        ¿A quién llamo por la noche o el fin de semana?

waiting-questions =
    .title = Si tiene una pregunta
    .body =
        Si tiene una pregunta sobre su cita, pregunte al equipo del hospital. El hospital tiene que decirle cómo contactar con ellos. Mire su carta o su mensaje de texto.
        El equipo del hospital debería responderle directamente. No deberían decirle que pregunte a su GP.
        Si ha esperado mucho tiempo, puede preguntar si puede ir a otro hospital. Lea la guía sobre sus derechos en la lista de espera.
    .if-not = Si no consigue una respuesta, pida hablar con el servicio de atención al paciente del hospital. Ayudan cuando algo sale mal.
    .ask =
        ¿Cuál es la mejor forma de contactar con ustedes?
        ¿Con quién puedo hablar sobre mi lugar en la lista?
