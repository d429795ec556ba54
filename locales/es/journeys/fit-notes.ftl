# Journey: getting a fit note.
# Structure and sources: src/journeys/fit_notes.rs

fit-notes =
    .title = Cómo conseguir un certificado de baja (fit note)
    .summary = Cuándo necesita un certificado de baja, quién se lo da y qué hacer si no se lo dieron.
    .intro = Un certificado de baja (fit note) dice si usted está bien para trabajar. Algunas personas lo llaman parte de baja (sick note). Aquí le explicamos cuándo lo necesita, quién se lo da y qué hacer si no se lo dieron.
    .keywords = certificado de baja, parte de baja, baja médica, baja laboral, estar de baja, no ir a trabajar, justificante médico, nota del médico, papel para el trabajo, jefe, empresa, pago por enfermedad, declaración propia, autocertificación, prestaciones, ayudas, fit note, sick note, med 3, statement of fitness for work, sick pay, self certify, self-certification, Universal Credit, benefits, ESA, GP

fit-notes-first-week =
    .title = Los primeros 7 días de baja
    .body =
        Durante los primeros 7 días que está de baja por enfermedad, no necesita un certificado de baja. En estos días se cuentan también los días en que no trabaja.
        Usted mismo se lo dice a su empresa. Algunas empresas tienen un formulario para esto.
        Si está de baja más de 7 días, necesita un certificado de baja.
    .if-not = Si su empresa le pide un certificado de baja para los primeros 7 días, dígale que puede rellenar el formulario de la empresa, o el formulario de la página web GOV.UK.
    .ask =
        ¿Necesito ya un certificado de baja?
        ¿Cómo le digo a mi empresa que estoy de baja?

fit-notes-hospital =
    .title = El hospital se lo da
    .body =
        ¿El equipo del hospital cree que no podrá trabajar durante más tiempo que eso? Entonces le dan un certificado de baja antes de irse.
        Debería cubrir todo el tiempo que creen que no podrá trabajar. Así que no debería necesitar otro de su médico de cabecera (GP) para esto.
        Puede dárselo a su empresa. También puede usarlo para pedir ayudas del gobierno (benefits), como Universal Credit.
    .if-not = Si se va sin el certificado, llame al equipo del hospital. Pídales que le envíen un certificado de baja.
    .ask =
        ¿Cuánto tiempo cree que estaré sin trabajar?
        ¿Me puede dar un certificado de baja para todo ese tiempo?
        ¿Puedo hacer algo de trabajo, o un trabajo más ligero?

fit-notes-who =
    .title = Quién lo puede firmar
    .body =
        El certificado de baja no tiene que venir de un médico.
        Un enfermero, un farmacéutico, un fisioterapeuta o un terapeuta ocupacional también pueden darle uno, si le han examinado.
        Un fisioterapeuta ayuda a que su cuerpo se mueva. Un terapeuta ocupacional le ayuda a hacer las tareas del día a día.
        Así que la persona que le trata puede ser la que le dé su certificado de baja.
    .if-not = Si la persona que le trata no puede darle uno, pregúntele quién de su equipo puede hacerlo.
    .ask =
        ¿Me puede dar un certificado de baja?
        Si no, ¿quién de su equipo puede?

fit-notes-missing =
    .title = Si no se lo dieron
    .body =
        Si el hospital pensaba que no podría trabajar pero no le dio un certificado de baja, llame al equipo del hospital que le trató.
        Es su trabajo darle uno. Su GP no debería tener que hacerlo por ellos.
    .if-not = Si el equipo del hospital no le ayuda, pida hablar con el servicio de atención al paciente del hospital.
    .ask =
        ¿Me pueden enviar el certificado de baja por correo postal o por correo electrónico?
        ¿Cubre todo el tiempo que necesito estar sin trabajar?

fit-notes-gp =
    .title = Cuándo se lo da su GP
    .body =
        El consultorio de su GP da certificados de baja para los problemas que trata su GP.
        Para un problema que trata el hospital, pregunte primero al equipo del hospital.
        Si no sabe quién le trata un problema, pregunte en el consultorio de su GP.
    .if-not = Si nadie le da un certificado de baja, pregunte en el consultorio de su GP qué hacer.
    .ask =
        ¿Quién me trata este problema?
        ¿Me puede dar un certificado de baja para este problema?
