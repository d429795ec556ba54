# Journey: missing or cancelling a hospital visit.
# Structure and sources: src/journeys/missed_appointments.rs

missed-appointments =
    .title = Si falta a una cita del hospital o la cancela
    .summary = Qué hacer si no puede ir a una cita del hospital y quién le da una nueva.
    .intro = A veces no puede ir a una cita del hospital. Aquí le explicamos qué hacer y quién le da una nueva fecha. La mayoría de las veces no debería tener que empezar otra vez con su médico de cabecera (GP).
    .keywords = cita perdida, faltar a la cita, no fui, se me olvidó, olvidé mi cita, cancelar, cancelada, anular, no puedo ir, cambiar la cita, mover la cita, cambiar de fecha, nueva cita, nueva fecha, no me presenté, me dieron el alta, carta de alta, el hospital canceló, operación cancelada, cirugía cancelada, el hospital cambió mi cita, derivar otra vez, volver al médico de cabecera, missed appointment, cancel, reschedule, rebook, did not attend, DNA, discharged, discharge letter, operation cancelled, surgery cancelled, GP

missed-appointments-tell =
    .title = Avise al hospital lo antes posible
    .body =
        Si no puede ir a una cita del hospital, avise al equipo del hospital lo antes posible. Use el número que aparece en su carta o en su mensaje de texto.
        Así pueden dar su hueco a otra persona.
        Cuando hable con ellos, pida una nueva fecha.
    .if-not = Si no consigue hablar con ellos, vuelva a intentarlo el siguiente día laborable. Algunos hospitales también le dejan cambiar la cita por internet o por mensaje de texto.
    .ask =
        ¿Me pueden dar una nueva fecha ahora?
        ¿Puedo tener una consulta por teléfono o por videollamada?

missed-appointments-rebook =
    .title = El hospital le da una nueva fecha
    .body =
        El equipo del hospital le da la nueva fecha. Su GP no lo hace.
        Si faltó a su cita y no avisó, llame al equipo del hospital lo antes posible. Dígales que todavía necesita que le vean.
        Un hospital no debería tener una norma que envíe de vuelta a su GP a todas las personas que faltan a una cita.
    .if-not = Si el hospital le dice que vuelva a su GP, pregunte por qué. Pregunte si le pueden dar una nueva fecha en su lugar.
    .ask =
        ¿Cuándo es mi nueva fecha?
        ¿Qué pasa si falto a otra cita?

missed-appointments-discharged =
    .title = Si recibe una carta que dice que le han dado el alta
    .body =
        Después de una cita a la que faltó, un médico del hospital mira su historia clínica. Puede decidir que no necesitan verle. Entonces le envía una carta a usted y a su GP. Se llama carta de alta (discharge letter).
        Si todavía tiene el problema, llame primero al equipo del hospital. Dígales por qué faltó a la cita. Pregunte si le pueden ver.
        Si no pueden, contacte con el consultorio de su GP. Su GP puede volver a derivarle si todavía lo necesita.
    .if-not = Si no está seguro de si todavía está en la lista, llame al equipo del hospital y pregunte. No espere a enterarse.
    .ask =
        ¿Sigo en su lista?
        ¿Me pueden ver, ahora que les he explicado lo que pasó?

missed-appointments-hospital-cancels =
    .title = Si el hospital cancela
    .body =
        A veces el hospital tiene que cancelar o cambiar su cita.
        Si pasa esto, el equipo del hospital debería darle una nueva fecha. Es su trabajo, no el de su GP.
        Puede que el hospital cancele su operación el mismo día en que iban a hacerla, por un motivo que no tiene que ver con su salud. Entonces debería ofrecerle una nueva fecha en un plazo de 28 días. Si no puede, debería pagar para que se la hagan en otro hospital.
        Si empeora mientras espera, contacte con el consultorio de su GP o con el NHS 111 ese mismo día, y dígaselo al equipo del hospital. En una emergencia, llame al 999.
    .if-not = Si no le han dado una nueva fecha, llame al equipo del hospital.
    .ask =
        ¿Por qué cancelaron mi cita?
        ¿Cuándo me darán una nueva fecha?
