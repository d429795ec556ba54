# Journey: If you miss or cancel a hospital appointment.
# Structure and sources: src/journeys/missed_appointments.rs

missed-appointments =
    .title = Si falta a una cita del hospital o la cancela
    .summary = Qué hacer si no puede ir a una cita del hospital y quién le da una nueva.
    .intro = A veces no puede ir a una cita del hospital. Aquí le explicamos qué hacer y quién le da una nueva fecha. No debería tener que empezar otra vez con su médico de cabecera (GP).
    .keywords = cita perdida, faltar a la cita, no fui, se me olvidó, olvidé mi cita, cancelar, cancelada, anular, no puedo ir, cambiar la cita, mover la cita, cambiar de fecha, nueva cita, nueva fecha, no me presenté, el hospital canceló, el hospital cambió mi cita, derivar otra vez, volver al médico de cabecera, missed appointment, cancel, reschedule, rebook, did not attend, DNA, GP

missed-appointments-tell =
    .title = Avise al hospital lo antes posible
    .body =
        Si no puede ir a una cita del hospital, avise al equipo del hospital lo antes posible. Use el número que aparece en su carta o en su mensaje de texto.
        Así pueden dar su hueco a otra persona.
        Cuando hable con ellos, pida una nueva fecha.
    .if-not = Si no consigue hablar con ellos, siga intentándolo. Algunos hospitales también le dejan cambiar la cita por internet o por mensaje de texto.
    .ask =
        ¿Me pueden dar una nueva fecha ahora?
        ¿Puedo tener una consulta por teléfono o por videollamada?

missed-appointments-rebook =
    .title = El hospital le da una nueva fecha
    .body =
        El equipo del hospital le da la nueva fecha. Su GP no lo hace.
        Si faltó a su cita y no avisó, llame al equipo del hospital lo antes posible. Dígales que todavía necesita que le vean.
        El hospital no debería enviarle de vuelta a su GP para que le derive otra vez.
    .if-not = Si el hospital le dice que vuelva a su GP, pregunte por qué. Pregunte si le pueden dar una nueva fecha en su lugar.
    .ask =
        ¿Cuándo es mi nueva fecha?
        ¿Qué pasa si falto a otra cita?

missed-appointments-hospital-cancels =
    .title = Si el hospital cancela
    .body =
        A veces el hospital tiene que cancelar o cambiar su cita.
        Si pasa esto, el equipo del hospital debe darle una nueva fecha. Es su trabajo, no el de su GP.
        Si empeora mientras espera, dígaselo al equipo del hospital. Si se encuentra mal, llame al consultorio de su GP o al NHS 111. En una emergencia, llame al 999.
    .if-not = Si no le han dado una nueva fecha, llame al equipo del hospital.
    .ask =
        ¿Por qué cancelaron mi cita?
        ¿Cuándo me darán una nueva fecha?
