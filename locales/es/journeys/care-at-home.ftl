# Journey: care at home after leaving hospital.
# Structure and sources: src/journeys/care_at_home.rs

care-at-home =
    .title = Atención en casa después de una estancia en el hospital
    .summary = Quién planea la ayuda en casa, quién viene y a quién llamar si la ayuda no llega.
    .intro = Algunas personas necesitan ayuda en casa después de una estancia en el hospital. A algunas las atiende en casa un equipo del hospital, en lugar de quedarse en una sala. Aquí le explicamos quién hace cada cosa y a quién llamar.
    .keywords = atención en casa, ayuda en casa, enfermera a domicilio, enfermera de la zona, visitas de enfermería, rehabilitación en casa, cuidadores, atención domiciliaria, sala virtual, hospital en casa, después del hospital, volver a casa, alta, apoyo en casa, aparatos, care at home, help at home, district nurse, community nurse, nurse visits, reablement, carers, home care, virtual ward, hospital at home, discharge, equipment, GP

care-at-home-plan =
    .title = El equipo de la sala planea la ayuda con usted
    .body =
        Antes de que salga del hospital, el equipo de la sala habla con usted sobre la ayuda que necesite en casa.
        Deberían decirle quién vendrá, cuándo y cómo contactar con esas personas. Pida que se lo den por escrito.
        Si alguien le cuida en casa, esa persona también puede estar en esta conversación.
    .if-not = Si nadie le ha hablado de la ayuda en casa y cree que la necesita, pregunte al personal de la sala antes de irse.
    .ask =
        ¿Voy a necesitar ayuda en casa?
        ¿Quién vendrá y cuándo?

care-at-home-nurse =
    .title = Puede que le visite una enfermera o un cuidador
    .body =
        Puede que le visite en casa una enfermera que va a las casas (district nurse). Puede cambiarle los vendajes, ponerle inyecciones y ver cómo está.
        Algunas personas reciben ayuda durante un tiempo corto para volver a hacer las cosas por sí mismas. A veces esto se llama rehabilitación en casa (reablement).
        El equipo que le visita le da su número de teléfono.
    .if-not = Si no se hace una visita de la que le hablaron, llame al número que le dio el equipo. Si no tiene número, llame a la sala o al consultorio de su médico de cabecera (GP).
    .ask =
        ¿Cuál es su número de teléfono?
        ¿Qué hago si ustedes no vienen?

care-at-home-virtual-ward =
    .title = Si está en una sala virtual
    .body =
        Una sala virtual (virtual ward) quiere decir que un equipo del hospital le atiende en casa en lugar de en una sala. También se llama hospital en casa (hospital at home).
        Puede que el equipo le visite, le llame por teléfono o le controle con aparatos que usted usa en casa.
        El equipo del hospital es el responsable de su atención mientras está en la sala virtual. Le dicen cómo contactar con ellos, de día y de noche.
    .if-not = Si no consigue hablar con el equipo de la sala virtual y se encuentra peor, llame al NHS 111. En una emergencia, llame al 999.
    .ask =
        ¿Quién es ahora el responsable de mi atención?
        ¿Cómo contacto con ustedes por la noche?

care-at-home-worse =
    .title = Si empeora en casa
    .body =
        Si empeora, llame primero al equipo que le atiende en casa, si tiene su número.
        Si no consigue hablar con ellos, contacte con el consultorio de su GP o llame al NHS 111 ese mismo día. En una emergencia, llame al 999.
    .if-not = Si nadie le ha devuelto la llamada y se encuentra peor, llame al NHS 111. No espere.
    .ask =
        ¿A quién llamo primero si me encuentro peor?
