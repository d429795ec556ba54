# Journey: referring yourself, and Pharmacy First.
# Structure and sources: src/journeys/self_referral.rs

self-referral =
    .title = Pedir ayuda sin ver antes a su GP
    .summary = Servicios a los que puede ir usted mismo, qué puede tratar una farmacia y quién se encarga de usted después.
    .intro = Para algunos problemas no tiene que ver antes a su médico de cabecera (GP). Puede contactar usted mismo con el servicio. Esto se llama derivarse a sí mismo (self-referral). Aquí le explicamos cómo funciona y quién hace cada cosa.
    .keywords = derivarme yo mismo, autoderivación, sin médico de cabecera, fisio, fisioterapia, dolor de espalda, podología, pies, problemas de pies, oído, audición, audiología, matrona, embarazada, embarazo, salud sexual, terapia psicológica, farmacia, farmacéutico, dolor de garganta, dolor de oído, sinusitis, infección de orina, infección urinaria, herpes zóster, culebrilla, impétigo, picadura de insecto, refer myself, self referral, self-referral, without GP, physio, physiotherapy, podiatry, hearing, audiology, midwife, sexual health, talking therapies, pharmacy first, pharmacist, UTI, shingles, GP

self-referral-services =
    .title = Sitios a los que puede ir usted mismo
    .body =
        Puede contactar usted mismo con algunos servicios del NHS, sin ver antes a su GP.
        Pueden ser la fisioterapia para los músculos y las articulaciones, el cuidado de los pies, las pruebas de audición y las terapias psicológicas. También puede contactar con una matrona cuando está embarazada, y con una clínica de salud sexual.
        Los servicios con los que puede contactar usted mismo dependen de dónde vive.
    .if-not = Si no encuentra el servicio, pregunte en el consultorio de su GP. En la recepción le pueden decir cómo contactar con él.
    .ask =
        ¿Puedo pedir cita yo mismo en este servicio, aquí?
        ¿Cómo contacto con él?

self-referral-pharmacy-first =
    .title = Una farmacia puede tratar algunos problemas
    .body =
        Un farmacéutico puede examinarle y darle tratamiento para algunos problemas frecuentes, sin cita con el GP. Esto se llama Pharmacy First.
        Son el dolor de garganta, el dolor de oído, el dolor de los senos nasales (sinusitis), el herpes zóster y el impétigo. Las picaduras que se infectan y las infecciones de orina en mujeres también están en la lista. Algunos son solo para ciertas edades.
        Si necesita un medicamento que normalmente recetaría un médico, el farmacéutico se lo puede dar.
    .if-not = Si el farmacéutico cree que tiene que ver a un GP, se lo dirá. Entonces contacte con el consultorio de su GP.
    .ask =
        ¿Me pueden tratar esto aquí?
        ¿Qué hago si no mejoro?

self-referral-in-charge =
    .title = El servicio que le atiende es el responsable
    .body =
        El servicio con el que contactó se encarga de ese problema. Le da los resultados de las pruebas que pida.
        Si su GP tiene que saberlo, el servicio se lo dice a su GP.
    .if-not = Si el servicio no le responde cuando le dijo, vuelva a contactar con él.
    .ask =
        ¿Con quién contacto si tengo una pregunta?
        ¿Se lo dirán a mi GP?

self-referral-gp =
    .title = Cuándo ir a su GP en su lugar
    .body =
        Si no sabe bien adónde ir, pregunte en el consultorio de su GP. El personal le puede ayudar a elegir.
        Si no mejora, o empeora, contacte con el consultorio de su GP o llame al NHS 111 ese mismo día. En una emergencia, llame al 999.
    .if-not = Si no consigue hablar con el consultorio de su GP y está preocupado, llame al NHS 111.
    .ask =
        ¿Cuál es el mejor sitio para ir con este problema?
