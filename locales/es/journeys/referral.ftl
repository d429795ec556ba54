# Journey: Your GP has referred you to a hospital team.
# Structure and sources: src/journeys/referral.rs

referral =
    .title = Su GP le ha enviado a un equipo del hospital
    .summary = Quién pide su primera cita, cuánto tarda y a quién llamar mientras espera.
    .intro = Su médico de cabecera (GP) cree que un equipo del hospital debe verle. Esto se llama derivación (referral). Aquí le explicamos qué pasa ahora y quién hace cada parte.
    .keywords = derivación, me han derivado, me han enviado al hospital, especialista, carta del hospital, pedir cita, cita, médico del hospital, consulta, lista de espera, referral, referred, e-referral, appointment, consultant, clinic, waiting list, GP

referral-sent =
    .title = Su GP envía la derivación
    .body =
        Su GP escribe al equipo del hospital. Dice cuál es el problema y por qué tienen que verle.
        A veces el hospital pide antes algunas pruebas, como un análisis de sangre. En ese caso, su GP las hace antes de enviar la derivación.
    .if-not = Si no sabe nada después de 2 semanas, contacte con el consultorio de su GP. Pregunte si han enviado la derivación.
    .ask =
        ¿A qué equipo del hospital me envía?
        ¿Necesito alguna prueba antes?
        ¿Se marcará como urgente?

referral-booking =
    .title = Recibe una carta, un correo o un mensaje para pedir cita
    .body =
        Puede recibir una carta con un número de reserva y una contraseña. Guárdela bien.
        O puede recibir un correo electrónico o un mensaje de texto de "NHS Referrals". Tiene un enlace que abre la NHS App o la página web del NHS.
        Úselo para elegir un día y una hora, o para llamar al equipo que da las citas.
    .if-not = Si no recibe nada en 2 semanas, llame al número que aparece en su carta de derivación. Si no tiene carta, pregunte en el consultorio de su GP.
    .ask =
        ¿Puedo elegir a qué hospital voy?
        ¿Puedo tener una consulta por teléfono o por videollamada?
        ¿Puedo llevar a alguien conmigo?

referral-waiting =
    .title = Espera su primera cita
    .body =
        El equipo del hospital se encarga de su lugar en la lista. Su GP no puede adelantar la cita.
        El hospital puede enviarle un mensaje de texto para comprobar si todavía necesita la cita. Por favor, responda. Si no, puede perder su lugar.
        En la página web My Planned Care puede ver la espera media de cada hospital. Es solo una media.
        Si tiene una pregunta sobre su cita, pregunte al equipo del hospital. Deben responderle ellos, no enviarle de vuelta a su GP.
    .if-not = Si el hospital no se ha puesto en contacto con usted cuando le dijeron, llame al equipo del hospital.
    .ask =
        ¿Cuánto hay que esperar para este equipo?
        ¿A quién llamo si cambian mis planes?

referral-worse =
    .title = Si empeora mientras espera
    .body =
        Si el problema por el que le enviaron empeora, dígaselo al equipo del hospital. Ellos deciden si deben verle antes.
        Si se encuentra mal y no sabe qué hacer, llame al consultorio de su GP o al NHS 111.
        En una emergencia, llame al 999.
        Si tiene un problema nuevo que no tiene relación con este, vaya a su GP como siempre.
    .if-not = Si el equipo del hospital no le devuelve la llamada, vuelva a llamar. Si se encuentra peor, llame al NHS 111 o a su GP.
    .ask =
        ¿Qué cambios deberían hacer que le llame?
        ¿Me pueden ver antes si empeoro?

referral-appointment =
    .title = Su primera cita
    .body =
        Ve al equipo del hospital. Pueden hablar con usted, examinarle o hacerle pruebas.
        Lleve su carta, una lista de sus medicamentos y las preguntas que tenga.
        Si no puede ir, avise al equipo del hospital lo antes posible. Así pueden dar su hueco a otra persona.
    .if-not = Si cancelan su cita, el equipo del hospital debe darle una nueva fecha. Llámeles si no se la han dado.
    .ask =
        ¿Cuál cree que es el problema?
        ¿Qué pasa ahora y quién lo hará?
        ¿A quién llamo si tengo una pregunta más adelante?

referral-after =
    .title = Después de su cita
    .body =
        Si su GP tiene que hacer algo, el equipo del hospital escribe a su GP en un plazo de 10 días. Usted también debe recibir una copia.
        Si necesita más pruebas, el equipo del hospital se las hace y le da los resultados.
        Si tiene que ver a otro equipo del hospital por un problema relacionado, el hospital le envía allí. No tiene que volver antes a su GP.
    .if-not = Si no ha recibido ninguna carta después de 2 semanas, llame al equipo del hospital.
    .ask =
        ¿Me darán una copia de la carta?
        ¿Tengo que volver a verle?
        ¿Tiene que hacer algo mi GP?
