# Journey: Why your GP practice asks what the problem is.
# Structure and sources: src/journeys/care_navigation.rs

care-navigation =
    .title = Por qué en la recepción le preguntan qué le pasa
    .summary = Por qué el consultorio de su GP le pregunta por su problema, a quién puede ver y cómo le puede ayudar una persona de enlace.
    .intro = Cuando contacta con el consultorio de su médico de cabecera (GP), el personal puede preguntarle cuál es el problema. Lo preguntan para enviarle a la persona adecuada. Así es como funciona.
    .keywords = recepcionista, recepción, por qué preguntan, qué me pasa, pedir cita con el médico, ver al médico de cabecera, orientación, enfermera, enfermero, farmacéutico, fisioterapeuta, prescripción social, persona de enlace, soledad, grupos locales, grupos de la comunidad, organización benéfica, voluntariado, receptionist, care navigation, link worker, social prescribing, GP

care-navigation-ask =
    .title = El personal le pregunta cuál es el problema
    .body =
        Cuando llama o va al consultorio, la persona de recepción puede preguntarle qué le pasa. No lo hacen por curiosidad.
        Lo preguntan para ayudarle a ver a la persona adecuada. Esto se llama orientación (care navigation). Las personas que lo hacen se llaman orientadores (care navigators).
    .if-not = Si no está seguro de a quién ver, pida al personal que le ayude a elegir.
    .ask =
        ¿Quién es la mejor persona para verme?
        ¿Cuándo me pueden ver?

care-navigation-right-person =
    .title = Ve a la persona adecuada
    .body =
        La persona adecuada puede no ser un GP. Puede ser un enfermero o un farmacéutico. Un farmacéutico es un experto en medicamentos.
        Puede ser un fisioterapeuta. Un fisioterapeuta ayuda con los músculos, las articulaciones y el movimiento.
        O el personal puede indicarle un servicio fuera del consultorio.
    .if-not = Si cree que aun así necesita ver a un GP, explique al personal por qué. Si empeora, vuelva a contactar con el consultorio de su GP ese mismo día, o llame al NHS 111.
    .ask =
        ¿Por qué esta persona es la adecuada para mi problema?
        ¿Qué hago si no mejoro?

care-navigation-ask-link-worker =
    .title = Pide una persona de enlace
    .body =
        Algunas cosas que afectan a su salud no son médicas. Una persona de enlace (link worker) puede ayudarle con ellas.
        Para tener una persona de enlace, pregunte en el consultorio de su GP. Le pueden poner en contacto.
        Esto se llama prescripción social (social prescribing).
    .if-not = Si el consultorio de su GP no le pone en contacto, vuelva a pedirlo. Pregunte quién es la persona de enlace de su zona.
    .ask =
        ¿Tienen aquí una persona de enlace?
        ¿Cuánto tardarán en contactar conmigo?

care-navigation-link-worker =
    .title = Una persona de enlace le ayuda
    .body =
        Una persona de enlace le pone en contacto con grupos y servicios cerca de usted.
        Los pueden llevar personas de la zona u organizaciones benéficas. No forman parte del consultorio de su GP.
        La persona de enlace le ayuda a encontrar los que le vienen bien.
    .if-not = Si no sabe nada de una persona de enlace, contacte con el consultorio de su GP. Pídales que lo comprueben.
    .ask =
        ¿Qué grupos hay cerca de mí?
        ¿Me puede ayudar a empezar?
