# Journey: an urgent referral, including when cancer is possible.
# Structure and sources: src/journeys/urgent_referral.rs

urgent-referral =
    .title = Su GP le ha enviado al hospital de forma urgente
    .summary = Qué pasa cuando su GP le envía al hospital rápido, y a quién llamar si no sabe nada.
    .intro = Su médico de cabecera (GP) quiere que un equipo del hospital le vea pronto. Esto se llama derivación urgente (urgent referral). Puede que su GP le haya dicho que es para comprobar si hay cáncer. La mayoría de las personas a las que envían así no tienen cáncer. Aquí le explicamos qué pasa ahora y quién hace cada parte.
    .keywords = derivación urgente, urgente, sospecha de cáncer, cáncer, puede ser cáncer, comprobar si es cáncer, espera de dos semanas, espera de 2 semanas, vía rápida, diagnóstico rápido, directo a la prueba, bulto, escáner pronto, me llama el hospital, número desconocido, biopsia, urgent referral, suspected cancer, cancer, two week wait, 2 week wait, fast track, faster diagnosis, straight to test, lump, biopsy, GP

urgent-referral-sent =
    .title = Su GP envía una derivación urgente
    .body =
        Su GP escribe al equipo del hospital y marca la derivación como urgente. Su GP debería decirle por qué.
        Es urgente para encontrar rápido cualquier cosa grave, o para descartarla.
        A veces va directamente a hacerse una prueba, como un escáner, antes de ver a un especialista.
        Asegúrese de que el consultorio de su GP tiene bien su número de teléfono y su dirección.
    .if-not = Si no está seguro de que se haya enviado la derivación, contacte con el consultorio de su GP el siguiente día laborable y pregunte.
    .ask =
        ¿Por qué me envía de forma urgente?
        ¿Qué prueba o qué cita me van a dar?
        ¿Me puede dar un folleto sobre esto?

urgent-referral-contact =
    .title = El hospital contacta con usted pronto
    .body =
        Normalmente, el hospital contacta con usted en pocos días. Puede ser por teléfono, por mensaje de texto o por carta.
        Conteste las llamadas de números que no conoce, y mire sus mensajes. Intente estar libre para poder ir con poco aviso.
    .if-not = Si nadie ha contactado con usted después de una semana, llame al consultorio de su GP. Pídales que comprueben que el hospital recibió la derivación. También puede llamar al equipo del hospital que da las citas.
    .ask =
        ¿Cuándo debería saber algo del hospital?
        ¿A quién llamo si no puedo ir el día que me dan?

urgent-referral-tests =
    .title = El equipo del hospital le hace pruebas
    .body =
        El equipo del hospital puede hacerle pruebas, como un escáner, un análisis de sangre o una prueba con cámara. Le dicen para qué es cada una.
        El NHS intenta decirle si tiene cáncer o no en un plazo de 28 días desde la derivación. A la mayoría de las personas se lo dicen antes.
        Si tarda más, el equipo del hospital debería decirle por qué y qué pasa después.
    .if-not = Si no sabe nada de un resultado en la fecha que le dijo el equipo, llame al equipo del hospital.
    .ask =
        ¿Para qué es esta prueba?
        ¿Cuándo tendré el resultado y quién me lo dará?

urgent-referral-result =
    .title = El equipo del hospital le da el resultado
    .body =
        El equipo del hospital le da el resultado. También escriben a su GP.
        Si no es cáncer, le dicen qué pasa después. Puede que no tenga que volver a verles. O puede que le envíen a otro equipo.
        Si es cáncer, un equipo especializado se encarga de usted. Le dan el nombre de una persona a la que puede contactar, a menudo una enfermera especializada.
    .if-not = Si no le han dado su resultado, llame al equipo del hospital. No espere a que se lo diga su GP.
    .ask =
        ¿Con quién contacto si tengo preguntas?
        ¿Tengo que volver?
        ¿A qué tengo que estar atento en el futuro?

urgent-referral-worse =
    .title = Si empeora mientras espera
    .body =
        Si empeora mucho, o tiene síntomas nuevos que le preocupan, contacte con el consultorio de su GP o llame al NHS 111 ese mismo día.
        En una emergencia, llame al 999.
        Dígaselo también al equipo del hospital, para que lo sepan.
    .if-not = Si el equipo del hospital no le ha devuelto la llamada antes del final del siguiente día laborable, vuelva a llamar. Si se encuentra peor, llame al consultorio de su GP o al NHS 111 ese mismo día.
    .ask =
        ¿Qué cambios deberían hacer que le llame?
        ¿A quién llamo por la noche o el fin de semana?
