# Journey: Your GP has referred you to a hospital team.
# Structure and sources: src/journeys/referral.rs

referral =
    .title = Su GP le ha enviado a un equipo del hospital
    .summary = Quién reserva su primera cita, a quién llamar mientras espera y qué hacer si empeora.
    .intro = Su médico de cabecera (GP) cree que un equipo del hospital debería verle. Esto se llama derivación (referral). Aquí le explicamos qué pasa ahora y quién hace cada parte. Si su GP le dijo que es urgente, o que podría ser cáncer, lea la guía sobre las derivaciones urgentes.
    .keywords = derivación, me han derivado, me han enviado al hospital, especialista, carta del hospital, pedir cita, cita, médico del hospital, consulta, lista de espera, derivación normal, referral, referred, e-referral, appointment, consultant, clinic, waiting list, routine referral, GP

referral-sent =
    .title = Su GP envía la derivación
    .body =
        Su GP escribe al equipo del hospital. Dice cuál es el problema y por qué tienen que verle.
        Su GP también dice en cuánto tiempo tienen que verle. Una derivación puede ser normal o urgente.
        A veces el hospital pide antes algunas pruebas, como un análisis de sangre. En ese caso, su GP las hace antes de enviar la derivación.
        A menudo puede elegir a qué hospital va. Pregúnteselo a su GP cuando le derive.
    .if-not = Pregunte a su GP cuándo debería saber algo de la derivación. Si para entonces no sabe nada, contacte con el consultorio de su GP. Pregunte si han enviado la derivación.
    .ask =
        ¿A qué equipo del hospital me envía?
        ¿Mi derivación es normal o urgente?
        ¿Puedo elegir a qué hospital voy?
        ¿Necesito alguna prueba antes?

referral-booking =
    .title = Recibe una carta, un correo o un mensaje para pedir cita
    .body =
        Puede recibir una carta con un número de reserva y una contraseña. Guárdela bien.
        O puede recibir un correo electrónico o un mensaje de texto. Tiene un enlace para pedir cita en la NHS App o en la página web del NHS.
        Úselo para elegir un día y una hora, o para llamar al equipo que da las citas.
        Algunos mensajes que parecen del NHS son estafas. El NHS no le va a pedir que pague ni que dé los datos de su banco para pedir cita. Si no está seguro, no use el enlace. Llame al número que aparece en su carta, o pregunte en el consultorio de su GP.
    .if-not = Si para la fecha que le dijo su GP no ha recibido nada, llame al número que aparece en su carta de derivación. Si no tiene carta, pregunte en el consultorio de su GP.
    .ask =
        ¿Puedo tener una consulta por teléfono o por videollamada?
        ¿Puedo llevar a alguien conmigo?

referral-waiting =
    .title = Espera su primera cita
    .body =
        El equipo del hospital se encarga de su lugar en la lista.
        El hospital puede enviarle un mensaje de texto para comprobar si todavía necesita la cita. Responda si puede. Si no responde, llame al equipo del hospital. No le van a quitar de la lista solo porque no respondió.
        En la página web My Planned Care puede ver la espera media de cada hospital. Es solo una media.
        Si tiene una pregunta sobre su cita, pregunte al equipo del hospital. Deberían responderle ellos, no enviarle de vuelta a su GP.
    .if-not = Si el hospital no se ha puesto en contacto con usted cuando le dijeron, llame al equipo del hospital.
    .ask =
        ¿Cuánto hay que esperar para este equipo?
        ¿A quién llamo si cambian mis planes?

referral-worse =
    .title = Si empeora mientras espera
    .body =
        Si empeora mucho, o tiene síntomas nuevos que le preocupan, contacte con el consultorio de su GP o llame al NHS 111 ese mismo día.
        En una emergencia, llame al 999.
        Dígaselo también al equipo del hospital. Un médico de allí puede comprobar si tienen que verle antes.
        Su GP también puede pedir al hospital que le vean antes, o hacer que la derivación sea urgente.
    .if-not = Si el equipo del hospital no le ha devuelto la llamada antes del final del siguiente día laborable, vuelva a llamar. No les espere si se encuentra peor: llame al consultorio de su GP o al NHS 111 ese mismo día.
    .ask =
        ¿Qué cambios deberían hacer que le llame?
        ¿Me pueden ver antes si empeoro?

referral-appointment =
    .title = Su primera cita
    .body =
        Ve al equipo del hospital. Pueden hablar con usted, examinarle o hacerle pruebas.
        Lleve su carta, una lista de sus medicamentos y las preguntas que tenga.
        Si no puede ir, avise al equipo del hospital lo antes posible. Así pueden dar su hueco a otra persona.
    .if-not = Si cancelan su cita, el equipo del hospital debería darle una nueva fecha. Llámeles si no se la han dado.
    .ask =
        ¿Cuál cree que es el problema?
        ¿Qué pasa ahora y quién lo hará?
        ¿A quién llamo si tengo una pregunta más adelante?

referral-letter =
    .title = El hospital escribe a su GP
    .body =
        Después de su cita, el equipo del hospital escribe a su GP si su GP tiene que hacer algo. Se llama carta de la consulta (clinic letter). Usted también debería recibir una copia.
    .if-not = Si el consultorio de su GP no ha recibido la carta en el plazo que aparece aquí, llame al equipo del hospital. Pídales que la envíen.
    .ask =
        ¿Me darán una copia de la carta?
        ¿Tiene que hacer algo mi GP?

referral-after =
    .title = Lo que hace el hospital después
    .body =
        Si necesita más pruebas, el equipo del hospital las pide. Ellos le dan los resultados.
        Si tiene que volver, el equipo del hospital debería decirle cómo se va a organizar. A veces le toca a usted contactar con ellos.
        Si tiene que ver a otro equipo del hospital por un problema relacionado, el hospital le envía allí. No tiene que volver antes a su GP.
    .if-not = Si le dijeron que sabría algo de una prueba o de una cita y no sabe nada, llame al equipo del hospital.
    .ask =
        ¿Tengo que volver a verle?
        ¿Me darán ustedes la cita, o tengo que contactar yo con ustedes?
        ¿Quién me da los resultados de mis pruebas?
