# Journey: medicines after a hospital stay or a clinic visit.
# Structure and sources: src/journeys/medicines_after_hospital.rs

medicines-after-hospital =
    .title = Sus medicamentos cuando vuelve a casa del hospital
    .summary = Quién le da los medicamentos nuevos, quién cambia su lista de recetas repetidas y qué hacer antes de que se le acaben.
    .intro = Sus medicamentos pueden cambiar cuando está ingresado en el hospital o cuando ve a un equipo del hospital. Aquí le explicamos quién le da cada cantidad, quién actualiza su lista y a quién preguntar.
    .keywords = medicamentos después del hospital, medicamentos nuevos, medicamentos cambiados, medicamentos que ya no tomo, pastillas, medicación, receta repetida, lista de recetas, se me acaban, me he quedado sin medicamento, primera cantidad, farmacia, farmacéutico, medicamentos al alta, anticoagulante, quimioterapia, línea de ayuda, qué medicamentos tomo, medicines after hospital, repeat prescription, repeat list, running out, first supply, pharmacy, pharmacist, discharge medicines, blood thinner, chemotherapy, helpline, GP

medicines-after-hospital-first-supply =
    .title = El hospital le da la primera cantidad
    .body =
        Después de una estancia en el hospital, debería irse a casa con por lo menos 7 días de cada medicamento nuevo. Si el tratamiento dura menos, le dan todo.
        Después de una cita en la consulta es distinto. Si tiene que empezar ahora, el hospital le da lo suficiente hasta que su médico de cabecera (GP) tenga la carta de la consulta. Si no, la carta pide a su GP que se lo recete.
    .if-not = Si está a punto de irse sin un medicamento nuevo que necesita ahora, pregunte al personal de la sala o de la consulta. Si ya está en casa, llame a la sala o al equipo del hospital.
    .ask =
        ¿Tengo que empezar este medicamento ahora?
        ¿Cuánto me van a dar?
        ¿Me dará más mi GP, o me lo darán ustedes?

medicines-after-hospital-list =
    .title = Le dan una lista de sus medicamentos
    .body =
        Antes de irse, el equipo de la sala debería decirle qué medicamentos son nuevos, cuáles han cambiado y cuáles debería dejar de tomar.
        Esta lista también está en la carta que el hospital envía a su GP. Pida una copia.
        No siga tomando un medicamento que el hospital le quitó, a menos que un médico le diga que lo tome.
    .if-not = Si no sabe bien qué medicamentos tomar, llame a la sala. O pregunte a un farmacéutico.
    .ask =
        ¿Cuáles de mis medicamentos son nuevos, cuáles han cambiado y cuáles tengo que dejar?
        ¿Me pueden dar una lista por escrito?

medicines-after-hospital-pharmacy =
    .title = Su farmacia puede revisar sus medicamentos
    .body =
        Puede que el hospital envíe los datos de sus medicamentos nuevos a la farmacia a la que suele ir. Así el farmacéutico puede repasarlos con usted.
        El farmacéutico compara su lista nueva con lo que tomaba antes. Puede encontrar problemas.
        Puede pedir en la sala que envíen sus datos a la farmacia a la que va.
    .if-not = Si la farmacia no ha recibido nada del hospital, lléveles la carta que le dieron en la sala. Pídales que la revisen.
    .ask =
        ¿Pueden enviar la información de mis medicamentos a mi farmacia?
        ¿Puede el farmacéutico revisar conmigo mi lista nueva?

medicines-after-hospital-repeat =
    .title = El consultorio de su GP actualiza su lista de recetas repetidas
    .body =
        El consultorio de su GP recibe una carta del hospital. Después actualiza sus recetas repetidas (repeat prescriptions).
        Mire su lista de recetas repetidas antes de pedirlas. Compruebe que aparecen sus medicamentos nuevos, y no los que ha dejado de tomar.
        Pida cada receta repetida con tiempo, para que no se le acabe el medicamento.
    .if-not = Si su lista de recetas repetidas está mal, o el medicamento nuevo no aparece, contacte con el consultorio de su GP. Si todavía no tienen la carta, llame al equipo del hospital o a la sala.
    .ask =
        ¿Han recibido mi carta del hospital?
        ¿Está al día mi lista de recetas repetidas?

medicines-after-hospital-running-out =
    .title = Si se le va a acabar un medicamento
    .body =
        Si pronto se le va a acabar y su GP no tiene la carta, llame al equipo del hospital o a la sala. Pídales que envíen la carta o que le den más.
        Si el consultorio de su GP está cerrado y necesita un medicamento hoy, llame al NHS 111. Le pueden ayudar a conseguirlo en una farmacia.
    .if-not = Si nadie le puede ayudar y se encuentra mal sin su medicamento, llame al NHS 111 ese mismo día. En una emergencia, llame al 999.
    .ask =
        ¿Qué hago si se me acaba el fin de semana?
        ¿Es seguro saltarme una dosis de este medicamento?

medicines-after-hospital-high-risk =
    .title = Medicamentos que necesitan ayuda rápida
    .body =
        Con algunos medicamentos necesita ayuda rápida si se encuentra mal. Los medicamentos para el cáncer son un tipo. Otros son los medicamentos que hacen la sangre más líquida, o que hacen que a su cuerpo le cueste más combatir los microbios.
        El equipo del hospital debería darle una línea de ayuda (helpline) para estos medicamentos. Algunas están abiertas de día y de noche. Lleve el número con usted.
        Si se encuentra muy mal, use la línea de ayuda enseguida. En una emergencia, llame al 999.
    .if-not = Si no tiene un número de línea de ayuda, llame al equipo del hospital y pida uno. Si se encuentra mal y no consigue hablar con ellos, llame al NHS 111 ese mismo día.
    .ask =
        ¿Hay una línea de ayuda para este medicamento?
        ¿Qué señales quieren decir que tengo que llamar enseguida?
