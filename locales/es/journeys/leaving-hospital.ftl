# Journey: leaving hospital after a stay.
# Structure and sources: src/journeys/leaving_hospital.rs

leaving-hospital =
    .title = Cuando vuelve a casa del hospital
    .summary = Lo que debería tener antes de irse a casa y a quién llamar después de salir.
    .intro = Se va a casa después de una estancia en el hospital. Aquí le explicamos lo que debería hacer el equipo del hospital antes de que se vaya. También le decimos a quién llamar si tiene preguntas.
    .keywords = salir del hospital, irse a casa, volver a casa, alta, alta del hospital, dar el alta, me dan el alta, informe de alta, carta de alta, medicamentos nuevos, medicación, pastillas, receta, efectos secundarios, certificado de baja, parte de baja, baja médica, no ir a trabajar, sala, planta, teléfono de la sala, preguntas después del hospital, seguimiento, cuidados después, atención en casa, enfermera a domicilio, ayuda en casa, sala virtual, lista, grupos de apoyo, discharge, discharge summary, fit note, sick note, ward, follow-up, prescription, care at home, district nurse, reablement, virtual ward, GP

leaving-hospital-medicines =
    .title = Sus medicamentos nuevos
    .body =
        Si necesita un medicamento nuevo, el hospital le da por lo menos 7 días para llevarse a casa. Si el tratamiento dura menos, le dan todo.
        No debería tener que conseguir esta primera cantidad de su médico de cabecera (GP). Si no se la dan, pídala antes de irse.
        El personal debería decirle para qué sirve cada medicamento. También debería decirle sus efectos secundarios. Un efecto secundario es un problema que puede causar un medicamento.
        La guía sobre los medicamentos después del hospital le dice quién le da más.
    .if-not = Si está a punto de irse sin sus medicamentos nuevos, pregunte al personal de la sala. Si ya está en casa, llame a la sala.
    .ask =
        ¿Para qué sirve cada medicamento?
        ¿A qué efectos secundarios tengo que prestar atención?
        ¿Quién me da más cuando se acaben?

leaving-hospital-fit-note =
    .title = Un certificado de baja para el trabajo
    .body =
        Un certificado de baja (fit note) es un papel para su trabajo. Dice si usted está bien para trabajar. Algunas personas lo llaman parte de baja (sick note).
        Durante los primeros 7 días de baja por enfermedad, no necesita un certificado de baja. Usted mismo rellena un formulario para su empresa.
        Si necesita más tiempo de baja, el hospital le da un certificado de baja. Debería cubrir todo el tiempo que creen que no podrá trabajar.
        Así que no debería tener que pedirle uno a su GP para ese tiempo.
    .if-not = Si se va sin un certificado de baja que necesita, llame a la sala y pida uno.
    .ask =
        ¿Cuánto tiempo tendré que estar sin trabajar?
        ¿Mi certificado de baja cubre todo ese tiempo?

leaving-hospital-care-at-home =
    .title = Atención en casa
    .body =
        Algunas personas necesitan ayuda en casa después de una estancia en el hospital. El equipo de la sala lo planea con usted antes de que se vaya.
        Puede ser la visita de una enfermera que va a su casa (district nurse). O un equipo puede ayudarle durante un tiempo corto a volver a hacer las cosas por sí mismo.
        A algunas personas las atiende en casa un equipo del hospital, en lugar de quedarse en una sala. A veces esto se llama sala virtual (virtual ward). El equipo le dice cómo contactar con ellos, de día y de noche.
    .if-not = Si no ha llegado la ayuda de la que le hablaron, llame al número que le dieron en la sala para esa ayuda. Si no tiene número, llame a la sala.
    .ask =
        ¿Voy a necesitar ayuda en casa?
        ¿Quién vendrá y cuándo?
        ¿A quién llamo si no vienen?

leaving-hospital-check =
    .title = Compruébelo antes de irse
    .body =
        Antes de irse a casa, compruebe que tiene estas cosas.
        Por lo menos 7 días de cada medicamento nuevo. Para qué sirve cada uno y sus efectos secundarios. Un folleto sobre su atención.
        El número de teléfono de la sala y del equipo del hospital. Un certificado de baja, si lo necesita. Cómo se va a organizar su próxima cita.
        Los nombres de grupos que pueden ayudarle, como organizaciones benéficas.
    .if-not = Si falta algo, pregunte al personal de la sala antes de irse. Si ya está en casa, llame a la sala.
    .ask =
        ¿A quién llamo si tengo una pregunta en casa?
        ¿Cómo se va a organizar mi próxima cita?
        ¿Hay algún grupo que me pueda ayudar?

leaving-hospital-letter =
    .title = El hospital escribe a su GP
    .body =
        Cuando se va, el equipo del hospital escribe una carta a su GP. Se llama informe de alta (discharge summary). El alta es cuando sale del hospital.
        La carta le dice a su GP lo que pasó mientras estuvo en el hospital, y los cambios que haya en sus medicamentos. Usted también debería recibir una copia.
    .if-not = Si el consultorio de su GP dice que no ha recibido la carta, llame a la sala. Pídales que la envíen.
    .ask =
        ¿Me pueden dar una copia de mi informe de alta?
        ¿Tiene que hacer algo mi GP?

leaving-hospital-questions =
    .title = Si tiene preguntas en casa
    .body =
        Si tiene una pregunta sobre su estancia o sus medicamentos nuevos, llame a la sala. A menudo el número está en la carta que le dieron en la sala.
        Si la carta no tiene el número de la sala, llame al número principal del hospital. Pídales que le pasen con la sala.
        El equipo de la sala debería responderle directamente. No deberían decirle que pregunte a su GP.
        Si se encuentra mal y no está seguro de qué hacer, llame al consultorio de su GP o al NHS 111 ese mismo día. En una emergencia, llame al 999.
    .if-not = Si la sala no le ha devuelto la llamada antes del final del siguiente día laborable, vuelva a llamar. Si no consigue hablar con ellos, pida hablar con el servicio de atención al paciente del hospital.
    .ask =
        ¿A quién llamo si tengo un problema con mis medicamentos?
        ¿Cuándo les llamo a ustedes y cuándo llamo a mi GP?
