# Journey: the hospital sends you on to another team.
# Structure and sources: src/journeys/onward_referral.rs

onward-referral =
    .title = El hospital le envía a otro equipo
    .summary = Cuando un equipo del hospital le envía directamente a otro equipo, sin volver a su GP.
    .intro = A veces un equipo del hospital ve que usted necesita ver a otro equipo. A menudo pueden enviarle allí ellos mismos. Aquí le explicamos cómo funciona y a quién preguntar.
    .keywords = derivación a otro equipo, me derivan, me envían, otro equipo, otro especialista, especialista diferente, segundo especialista, otro departamento, otra consulta, problema nuevo, problema relacionado, pruebas urgentes, tratamiento urgente, derivación del hospital, tengo que ir al médico de cabecera, volver al médico de cabecera, traslado, onward referral, referred on, another specialist, urgent tests, transfer, GP

onward-referral-direct =
    .title = El hospital le envía allí directamente
    .body =
        El equipo del hospital puede ver que usted necesita ver a otro equipo. Le envían allí ellos mismos cuando el problema nuevo tiene relación con el motivo por el que le enviaron al principio.
        También lo hacen cuando necesita pruebas o tratamiento urgentes. Un ejemplo es si creen que podría tener cáncer.
        No tiene que volver a su médico de cabecera (GP) para esto.
    .if-not = ¿El equipo del hospital le dice que vuelva a su GP? Si el problema está relacionado o es urgente, pídales que le envíen ellos mismos al otro equipo.
    .ask =
        ¿A qué equipo me envían y por qué?
        ¿Es urgente?
        ¿Se lo dirán a mi GP?

onward-referral-hear =
    .title = El nuevo equipo contacta con usted
    .body =
        El nuevo equipo contacta con usted para darle la cita. A menudo lo hace por carta, por mensaje de texto o por teléfono.
        Tenga al día sus datos de contacto en el hospital, para que el nuevo equipo pueda localizarle.
        Si no está seguro de que un mensaje o una llamada sea de verdad del hospital, llame al número que aparece en su carta del hospital.
    .if-not = Si no sabe nada en el plazo que le dijeron, llame al equipo que le envió. Pídales que comprueben que enviaron la derivación.
    .ask =
        ¿Cuándo sabré algo del nuevo equipo?
        ¿Cómo contactarán conmigo?

onward-referral-questions =
    .title = A quién llamar si tiene preguntas
    .body =
        Si tiene una pregunta sobre por qué le enviaron a otro equipo, llame al equipo que le envió.
        Si tiene una pregunta sobre su nueva cita, llame al nuevo equipo. El número está en su carta o en su mensaje de texto.
        Los dos equipos deberían responder a sus preguntas ellos mismos. No deberían decirle que pregunte a su GP.
        Si empeora mucho mientras espera, contacte con el consultorio de su GP o con el NHS 111 ese mismo día, y dígaselo al equipo del hospital. En una emergencia, llame al 999.
    .if-not = Si no consigue una respuesta, pida hablar con el servicio de atención al paciente del hospital. Ayudan cuando algo sale mal.
    .ask =
        ¿Quién es ahora el responsable de mi atención?
        ¿A quién llamo si empeoro?

onward-referral-not-linked =
    .title = Si el problema nuevo no está relacionado
    .body =
        Si el problema nuevo no está relacionado y no es urgente, puede que el equipo del hospital no le envíe a otro equipo. En su lugar, puede que escriban a su GP sobre el problema.
        Pregunte al equipo del hospital qué debería hacer ahora.
        Si tiene un problema nuevo que le preocupa, puede ir a su GP como siempre.
    .if-not = Si no está seguro de quién se encarga del problema nuevo, pregunte al equipo del hospital. También puede preguntar en el consultorio de su GP.
    .ask =
        ¿Quién se va a encargar de este problema nuevo?
        ¿Va a escribir a mi GP sobre esto?
