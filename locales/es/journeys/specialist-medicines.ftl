# Journey: a hospital specialist starts a new medicine.
# Structure and sources: src/journeys/specialist_medicines.rs

specialist-medicines =
    .title = Un médico del hospital le receta un medicamento nuevo
    .summary = Quién le da el medicamento, quién le da más y a quién preguntar por los efectos secundarios y los controles.
    .intro = Un especialista del hospital le ha recetado un medicamento nuevo. Un especialista es un médico que sabe mucho de un tipo de problema de salud. Aquí le explicamos quién se lo da y quién le da más. También le decimos a quién preguntar si tiene un problema con él.
    .keywords = receta, pastillas, comprimidos, medicamento, medicación, medicamento nuevo, el especialista me recetó un medicamento, medicamento de la consulta, receta repetida, atención compartida, acuerdo de atención compartida, efectos secundarios, análisis de sangre, controles, se me acaba, receta del hospital, medicamento del especialista, farmacia, prescription, specialist started a medicine, clinic medicine, repeat prescription, shared care, side effects, blood test, monitoring, pharmacy, GP

specialist-medicines-start =
    .title = El hospital le da la primera cantidad
    .body =
        Un especialista del hospital decide que usted necesita un medicamento nuevo.
        Si tiene que empezarlo ahora, el hospital le da la primera cantidad. No tiene que ir a su médico de cabecera (GP) para esto.
        Después de una estancia en el hospital, le dan por lo menos 7 días, o todo el tratamiento si dura menos.
        Después de una cita en la consulta, el hospital le da lo suficiente para ahora si lo necesita enseguida. O la carta de la consulta pide a su GP que se lo recete.
    .if-not = Si le dijeron que empezara un medicamento ahora pero no se lo dieron, llame al equipo del hospital.
    .ask =
        ¿Para qué sirve este medicamento?
        ¿Cuándo y cómo lo tengo que tomar?
        ¿Me lo dan ustedes o me lo da mi GP?

specialist-medicines-gp =
    .title = Después, su GP le receta la mayoría de los medicamentos
    .body =
        Para la mayoría de los medicamentos, la carta de la consulta pide a su GP que le recete más. Una receta es el papel que le permite conseguir un medicamento.
        Espere a que el consultorio de su GP tenga la carta. Después, pídales que añadan el medicamento a sus recetas repetidas (repeat prescriptions).
        Pida cada receta repetida con tiempo, para que no se le acabe el medicamento.
    .if-not = Si el consultorio de su GP no ha recibido la carta y pronto se le va a acabar el medicamento, llame al equipo del hospital. Pídales que envíen la carta o que le den más.
    .ask =
        ¿Ha enviado la carta a mi GP?
        ¿Cuánto me va a dar hasta entonces?

specialist-medicines-shared-care =
    .title = Medicamentos que un especialista tiene que controlar
    .body =
        Algunos medicamentos necesitan que un especialista los vigile. Si el hospital le empezó uno de estos, el hospital se lo sigue dando.
        A veces el hospital pide a su GP que se encargue. Para esto hace falta un acuerdo de atención compartida (shared care agreement). Es un plan que aceptan el hospital, su GP y usted.
        Su GP no está obligado a decir que sí. Hasta que todos lo hayan aceptado, el hospital le da más.
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
        Algunos medicamentos, como los medicamentos para el cáncer, tienen una línea de ayuda (helpline) abierta de día y de noche. Si el equipo le dio una, úsela.
        Si se encuentra muy mal, llame al NHS 111 o al consultorio de su GP ese mismo día. En una emergencia, llame al 999.
    .if-not = Si el equipo del hospital no le ha devuelto la llamada antes del final del siguiente día laborable, vuelva a llamar. Si se encuentra peor, llame al NHS 111 o a su GP ese mismo día.
    .ask =
        ¿Qué efectos secundarios deberían hacer que le llame?
        ¿Hay una línea de ayuda para este medicamento?
        ¿Qué hago si se me olvida una dosis?
