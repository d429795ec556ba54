# Journey: A medicine started by a hospital specialist.
# Structure and sources: src/journeys/specialist_medicines.rs

specialist-medicines =
    .title = Un especialista del hospital le receta un medicamento nuevo
    .summary = Quién le da el medicamento, quién le da más y a quién preguntar por los efectos secundarios y los controles.
    .intro = Un especialista del hospital le ha recetado un medicamento nuevo. Aquí le explicamos quién se lo da y quién le da más. También le decimos a quién preguntar si tiene un problema con él.
    .keywords = receta, pastillas, comprimidos, medicamento, medicación, medicamento nuevo, receta repetida, atención compartida, acuerdo de atención compartida, efectos secundarios, análisis de sangre, controles, se me acaba, receta del hospital, medicamento del especialista, farmacia, prescription, repeat prescription, shared care, side effects, blood test, monitoring, pharmacy, GP

specialist-medicines-start =
    .title = El hospital le empieza el medicamento
    .body =
        Un especialista del hospital decide que usted necesita un medicamento nuevo.
        Si tiene que empezarlo ahora, el hospital le da la primera receta. Una receta es el papel que le permite conseguir un medicamento.
        No tiene que ir a su médico de cabecera (GP) para esta primera cantidad.
    .if-not = Si le dijeron que empezara un medicamento ahora pero no se lo dieron, llame al equipo del hospital.
    .ask =
        ¿Para qué sirve este medicamento?
        ¿Cuándo y cómo lo tengo que tomar?
        ¿Hay un folleto sobre él?

specialist-medicines-week =
    .title = Le dan por lo menos 7 días de medicamento
    .body =
        Cuando sale del hospital o de la consulta, debe llevarse por lo menos 7 días de cada medicamento nuevo. Si el tratamiento dura menos, le dan todo.
        Antes de irse, pregunte para qué sirve cada medicamento. Pregunte qué efectos secundarios puede tener. Un efecto secundario es algo no deseado que puede causar un medicamento.
        Pida un folleto y el número de teléfono del equipo del hospital.
    .if-not = Si se fue con menos de 7 días de un medicamento nuevo, llame enseguida al equipo del hospital.
    .ask =
        ¿Cuánto medicamento me van a dar?
        ¿Quién me da más cuando se acabe?
        ¿A quién llamo si tengo un problema con él?

specialist-medicines-more =
    .title = Quién le da más
    .body =
        Algunos medicamentos necesitan que un especialista los vigile. Si el hospital le empezó uno de estos, el hospital se lo sigue dando.
        A veces el hospital pide a su GP que se encargue. Para esto hace falta un acuerdo de atención compartida (shared care agreement). Es un plan que aceptan el hospital y su GP.
        Su GP solo puede encargarse si ha dicho que sí. Hasta entonces, el hospital le da más.
    .if-not = Si le queda poco medicamento y nadie le ha dado más, llame al equipo del hospital. Hágalo antes de que se le acabe.
    .ask =
        ¿Me van a seguir dando este medicamento ustedes o mi GP?
        ¿Ha aceptado mi GP la atención compartida?
        ¿Cómo pido más?

specialist-medicines-checks =
    .title = Análisis de sangre para controlar su medicamento
    .body =
        Algunos medicamentos necesitan análisis de sangre para comprobar que son seguros para usted. Pregunte si el suyo los necesita.
        Pregunte quién hace los análisis y cada cuánto tiempo.
        El equipo que pide un análisis revisa el resultado. Ellos le explican lo que significa.
    .if-not = Si un resultado se retrasa, contacte con el equipo que pidió la prueba. Pregúnteles qué salió.
    .ask =
        ¿Este medicamento necesita análisis de sangre?
        ¿Quién los hace y cada cuánto tiempo?
        ¿Quién me da los resultados?

specialist-medicines-problems =
    .title = Si tiene un problema con el medicamento
    .body =
        Si cree que el medicamento le está causando un problema, llame al equipo del hospital que se lo recetó.
        Deben responder a sus preguntas. No deben limitarse a decirle que pregunte a su GP.
        Si se encuentra mal y no sabe qué hacer, llame al NHS 111. En una emergencia, llame al 999.
    .if-not = Si el equipo del hospital no le devuelve la llamada, vuelva a llamar. Si se encuentra peor, llame al NHS 111 o a su GP.
    .ask =
        ¿Qué efectos secundarios deberían hacer que le llame?
        ¿Qué hago si se me olvida una dosis?
