# Journey: after A&E or an urgent treatment centre.
# Structure and sources: src/journeys/after_urgent_care.rs

after-urgent-care =
    .title = Después de ir a A&E o a un centro de atención urgente
    .summary = Quién hace cada cosa después de ir a A&E, quién le da los resultados de las pruebas y cuándo ir a su GP.
    .intro = Fue a A&E (urgencias del hospital) o a un centro de atención urgente (urgent treatment centre), y ahora está en casa. Aquí le explicamos quién hace cada cosa ahora y con quién contactar.
    .keywords = A&E, urgencias, urgencias del hospital, servicio de urgencias, centro de atención urgente, UTC, centro sin cita, lesiones leves, después de urgencias, consulta de fracturas, hueso roto, fractura, resultados de la radiografía, vaya a su médico de cabecera si, seguimiento después de urgencias, A and E, accident and emergency, emergency department, urgent treatment centre, walk-in centre, minor injuries, after A&E, fracture clinic, broken bone, x-ray results, follow-up after A&E, GP

after-urgent-care-letter =
    .title = El hospital le cuenta a su GP su visita
    .body =
        A&E o el centro de atención urgente envía una carta al consultorio de su médico de cabecera (GP) sobre su visita.
        No tiene que pedir cita con su GP solo para decirle que fue.
        Pida cualquier hoja de recomendaciones que tengan, para saber a qué tiene que estar atento en casa.
    .if-not = Si el consultorio de su GP necesita la carta y no la ha recibido, llame a A&E o al centro de atención urgente. Pídales que la envíen.
    .ask =
        ¿Le contarán a mi GP lo de hoy?
        ¿Me pueden dar una hoja de recomendaciones para llevarme a casa?

after-urgent-care-follow-up =
    .title = El hospital le da la próxima cita
    .body =
        Puede que tenga que volver, por ejemplo a una consulta de fracturas si tiene un hueso roto. La cita se la da el hospital, no su GP.
        A veces el equipo de fracturas le llama por teléfono en lugar de verle.
    .if-not = Si le dijeron que sabría algo del seguimiento y no sabe nada, llame al número que aparece en su hoja de recomendaciones o en su carta. Si no tiene número, llame al número principal del hospital.
    .ask =
        ¿Tengo que volver? ¿Quién me dará la cita?
        ¿Cómo van a contactar conmigo?

after-urgent-care-results =
    .title = El equipo que hizo la prueba le da el resultado
    .body =
        Algunas pruebas, como las radiografías, se vuelven a mirar después de que usted se va. El equipo que pidió la prueba es el responsable del resultado.
        Si hay que hacer algo por un resultado, contactan con usted o con su GP. Pregúnteles cómo lo harán.
    .if-not = Si le dijeron que sabría algo de un resultado y no sabe nada, llame al sitio al que fue.
    .ask =
        ¿Hay algún resultado que todavía no ha llegado?
        ¿Quién me hablará de ellos?

after-urgent-care-see-gp =
    .title = Cuando le dicen: vaya a su GP si…
    .body =
        El personal puede decirle que vaya a su GP si algo no mejora. Esto quiere decir que usted mismo tiene que contactar con el consultorio de su GP. El consultorio no sabrá que tiene que contactar con usted.
        Si le dieron un plazo, contacte con el consultorio de su GP si para entonces no está mejor.
    .if-not = Si no consigue hablar con el consultorio de su GP y está preocupado, llame al NHS 111.
    .ask =
        ¿A qué tengo que estar atento?
        ¿Cuándo tengo que ir a mi GP si no mejoro?

after-urgent-care-worse =
    .title = Si empeora
    .body =
        Si empeora, o tiene síntomas nuevos que le preocupan, llame al NHS 111 o contacte con el consultorio de su GP ese mismo día.
        Si el personal le dijo que volviera si pasaba algo, vuelva.
        En una emergencia, llame al 999.
    .if-not = Si no consigue ayuda y se encuentra muy mal, llame al 999.
    .ask =
        ¿Qué señales quieren decir que tengo que volver?
