# Journey: your GP asked a specialist for advice.
# Structure and sources: src/journeys/advice_and_guidance.rs

advice-and-guidance =
    .title = Su GP ha pedido consejo a un especialista
    .summary = Por qué su GP pidió consejo primero, quién le da la respuesta y a quién llamar mientras espera.
    .intro = Su médico de cabecera (GP) ha pedido consejo sobre usted a un especialista del hospital. Un especialista es un médico que sabe mucho de un tipo de problema de salud. Aquí le explicamos qué pasa ahora y quién hace cada parte.
    .keywords = consejo y orientación, consejo, opinión de un especialista, especialista, mi médico pidió consejo, segunda opinión, médico del hospital, médico de cabecera, derivación devuelta, me devolvieron la derivación, esperar respuesta, advice and guidance, A and G, specialist advice, second opinion, consultant, e-referral, referral sent back, referral returned, GP

advice-and-guidance-asked =
    .title = Su GP pide consejo
    .body =
        Su GP quiere saber qué opina un especialista sobre su problema. Por eso le envía una pregunta. Puede ser por internet o por teléfono.
        Esto se llama consejo y orientación (advice and guidance). Puede ser en lugar de una derivación al hospital. O puede ser antes de una derivación.
        El especialista lee lo que le envía su GP. En este momento no le ve a usted.
    .if-not = Si no está seguro de que su GP haya enviado la pregunta, contacte con el consultorio de su GP. Pregunte si ya la han enviado.
    .ask =
        ¿Qué le está preguntando al especialista?
        ¿Cómo me va a dar la respuesta?
        ¿Pueden enviarme todavía al hospital más adelante?

advice-and-guidance-reply =
    .title = El especialista responde
    .body =
        El especialista responde a su GP, no a usted.
        Lo que tarda depende del hospital. Pregunte a su GP cuándo espera la respuesta.
    .if-not = Si para la fecha que le dijo su GP no sabe nada, contacte con el consultorio de su GP. Pregunte si ha llegado la respuesta.
    .ask =
        ¿Cuándo cree que llegará la respuesta?
        ¿Me va a llamar usted o tengo que llamarle yo?

advice-and-guidance-worse =
    .title = Si empeora mientras espera
    .body =
        Mientras espera la respuesta, si tiene preguntas, acuda al consultorio de su GP.
        Si empeora mucho, o tiene síntomas nuevos que le preocupan, contacte con el consultorio de su GP o llame al NHS 111 ese mismo día. No se limite a esperar la respuesta.
        En una emergencia, llame al 999.
        Su GP puede avisar al especialista, o hacer una derivación urgente.
    .if-not = Si el consultorio de su GP no le ha respondido antes del final del siguiente día laborable, vuelva a llamar. Si se encuentra peor, llame al NHS 111 ese mismo día.
    .ask =
        ¿Qué cambios deberían hacer que le llame?
        ¿Puede decirle al especialista que estoy peor?

advice-and-guidance-next =
    .title = Su GP le dice qué pasa después
    .body =
        Su GP le cuenta lo que dijo el especialista. Después puede pasar una de estas dos cosas.
        Su GP puede seguir el consejo. Por ejemplo, puede cambiarle el medicamento o hacerle una prueba.
        O el especialista puede convertir la pregunta en una derivación. Esto quiere decir que un equipo del hospital le verá. Entonces recibirá una carta, un correo electrónico o un mensaje de texto para pedir su cita.
        A veces, una derivación que envió su GP se devuelve con un consejo, en lugar de una cita. Su GP debería explicarle lo que esto significa para usted.
        Si no está seguro de que un mensaje de texto o un correo sea de verdad, no use su enlace. Llame al consultorio de su GP o al número que aparece en su carta.
    .if-not = Si su GP no le ha dicho lo que dijo el especialista, contacte con el consultorio de su GP.
    .ask =
        ¿Qué dijo el especialista?
        ¿Qué pasa ahora y quién lo hará?
        ¿Tengo que ir a ver al equipo del hospital?
