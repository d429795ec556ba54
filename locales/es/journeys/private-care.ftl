# Journey: moving from private care to the NHS.
# Structure and sources: src/journeys/private_care.rs

private-care =
    .title = Pasar de la atención privada al NHS
    .summary = Quién le da los medicamentos y los controles después de ver a un médico privado, y cómo entrar en una lista de espera del NHS.
    .intro = Ha visto a un médico privado y ahora quiere que una parte de su atención sea en el NHS. Algunas cosas pasan al NHS y otras no. Aquí le explicamos quién hace cada cosa.
    .keywords = privado, médico privado, clínica privada, hospital privado, especialista privado, receta privada, de pago, seguro médico, seguro, pasar al NHS, lista de espera del NHS después de la privada, el médico de cabecera no quiere recetar, pruebas privadas, private, private doctor, private clinic, private hospital, private consultant, private prescription, paid, insurance, switch to NHS, NHS waiting list after private, GP will not prescribe, private tests, GP

private-care-clinic =
    .title = La clínica privada se encarga de lo que empieza
    .body =
        La clínica privada le da la primera receta de cualquier cosa que empiece. Usted la paga.
        Si el médico privado pide pruebas o controles, la clínica privada los hace y le da los resultados.
        La clínica privada debería escribir a su médico de cabecera (GP) sobre su atención.
    .if-not = Si tiene una pregunta sobre su atención privada, contacte con la clínica privada. Sus datos están en su carta.
    .ask =
        ¿Van a escribir a mi GP?
        ¿Quién me hace las pruebas y los controles?

private-care-gp-prescribing =
    .title = Puede que su GP se encargue de algunos medicamentos
    .body =
        Puede pedir a su GP que le recete un medicamento que empezó el médico privado. Su GP decide si es adecuado para usted.
        Puede que su GP diga que no. Puede ser porque el medicamento necesita que un especialista lo vigile. O porque normalmente no se da en el NHS.
        Si su GP dice que no, la clínica privada se lo sigue dando.
    .if-not = Si se le va a acabar, contacte con la clínica privada antes de que se le acabe.
    .ask =
        ¿Me lo puede recetar en el NHS?
        Si no, ¿qué hago?

private-care-nhs-list =
    .title = Entrar en una lista de espera del NHS
    .body =
        Para que le vea un equipo de un hospital del NHS, normalmente necesita una derivación del NHS. Hable con su GP.
        Su GP decide si necesita una derivación. Pregunte a su GP cómo funcionará esto en su caso.
    .if-not = Si no sabe bien cómo funcionan las normas en su zona, pregunte en el consultorio de su GP.
    .ask =
        ¿Me puede derivar al NHS para esto?
        ¿Tendré que esperar desde el principio?

private-care-worse =
    .title = Si empeora
    .body =
        Si empeora mucho, o tiene síntomas nuevos que le preocupan, contacte con el consultorio de su GP o llame al NHS 111 ese mismo día. En una emergencia, llame al 999.
        Dígaselo también al médico privado que le está tratando.
    .if-not = Si nadie le ha devuelto la llamada antes del final del siguiente día laborable, vuelva a llamar. Si se encuentra peor, llame al NHS 111 ese mismo día.
    .ask =
        ¿A quién llamo si empeoro por la noche?
