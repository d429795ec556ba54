# Journey: follow-up after a clinic, patient initiated follow-up, and discharge from clinic.
# Structure and sources: src/journeys/follow_up.rs

follow-up =
    .title = Qué pasa después de una cita en la consulta
    .summary = Quién le da la próxima cita o prueba, cuándo tiene que contactar usted mismo y qué pasa cuando la consulta termina con usted.
    .intro = Después de ir a una consulta, el equipo del hospital le dice qué pasa ahora. Puede que vuelvan a verle, que le pidan que contacte con ellos cuando los necesite, o que le envíen de vuelta a su médico de cabecera (GP). Aquí le explicamos quién hace cada cosa en cada caso.
    .keywords = seguimiento, revisión, seguimiento a petición del paciente, PIFU, cita abierta, llamar si tengo síntomas, contacte con nosotros si nos necesita, alta de la consulta, me dieron el alta, volver a mi médico de cabecera, próxima cita, repetir el escáner, me vuelven a citar, revisión anual, follow-up, follow up, patient initiated follow-up, open appointment, discharged from clinic, discharged to GP, back to my GP, next appointment, recall, check-up, annual review, GP

follow-up-choice =
    .title = El equipo del hospital le dice qué pasa después
    .body =
        Al final de una cita en la consulta, el equipo del hospital le dice qué pasa después.
        Puede que le den otra cita u otra prueba. Puede que le pidan que contacte con ellos cuando los necesite. O puede que le den el alta. Esto quiere decir que su GP vuelve a encargarse de usted.
        Deberían decirle qué opción es. También aparece en su carta de la consulta.
    .if-not = Si no sabe bien cuál es su caso, llame al equipo del hospital y pregunte.
    .ask =
        ¿Le volveré a ver?
        ¿Me darán ustedes la cita, o tengo que contactar yo con ustedes?

follow-up-recall =
    .title = El hospital da sus propias citas y pruebas
    .body =
        Si el equipo del hospital quiere volver a verle o repetir una prueba, el propio hospital le da la cita. Esto incluye las revisiones que se repiten cada año.
        Su GP no le da citas ni pruebas del hospital.
    .if-not = Si para la fecha que le dijeron no le han dado la cita o la prueba de la que le hablaron, llame al equipo del hospital.
    .ask =
        ¿Cuándo le volveré a ver?
        ¿Quién me da la cita para mi próxima prueba?

follow-up-patient-initiated =
    .title = Si le piden que contacte usted mismo
    .body =
        Algunos equipos no le dan otra cita. En lugar de eso, usted contacta con ellos si los necesita. Esto se llama seguimiento a petición del paciente (patient initiated follow-up, o PIFU).
        El equipo le da un número de teléfono, las señales por las que tiene que llamar y durante cuánto tiempo puede hacerlo.
        Si no ha llamado cuando termine ese tiempo, puede que el equipo le dé el alta y le envíe de vuelta a su GP. Deberían avisarle antes de hacerlo.
    .if-not = Si llama y no consigue hablar con ellos, vuelva a intentarlo el siguiente día laborable. Si se encuentra peor, contacte con el consultorio de su GP o con el NHS 111 ese mismo día.
    .ask =
        ¿Qué señales deberían hacer que contacte con ustedes?
        ¿Durante cuánto tiempo puedo contactar con ustedes?
        ¿Qué pasa cuando termine ese tiempo?

follow-up-discharged =
    .title = Si la consulta le da el alta
    .body =
        Que le den el alta quiere decir que el equipo del hospital ha terminado. El consultorio de su GP vuelve a encargarse de usted.
        La carta de la consulta le dice a su GP qué hacer después y a qué estar atento.
        Si el problema vuelve o empeora, contacte con el consultorio de su GP. Su GP puede volver a derivarle si lo necesita.
    .if-not = Si cree que le dieron el alta por error, llame al equipo del hospital y pregunte.
    .ask =
        ¿Por qué me dan el alta?
        ¿Qué cosas deberían hacer que vuelva a mi GP?

follow-up-worse =
    .title = Si empeora
    .body =
        Si empeora mucho, o tiene síntomas nuevos que le preocupan, contacte con el consultorio de su GP o llame al NHS 111 ese mismo día. En una emergencia, llame al 999.
        Si tiene un número del equipo del hospital, dígaselo también a ellos.
    .if-not = Si nadie le ha devuelto la llamada antes del final del siguiente día laborable, vuelva a llamar. Si se encuentra peor, llame al NHS 111 ese mismo día.
    .ask =
        ¿A quién llamo por la noche o el fin de semana?
