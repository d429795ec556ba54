# Journey: your rights on a waiting list.
# Structure and sources: src/journeys/waiting_list_rights.rs

waiting-list-rights =
    .title = Sus derechos cuando espera atención en el hospital
    .summary = Elegir su hospital, pedir un cambio después de una espera larga y cómo reconocer los mensajes falsos.
    .intro = Cuando su médico de cabecera (GP) le deriva, usted tiene derechos sobre dónde le ven y en cuánto tiempo. Aquí le explicamos cuáles son y a quién preguntar.
    .keywords = derechos, mis derechos, elegir, elegir hospital, elegir dónde, otro hospital, cambiar de hospital, espera más corta, espera larga, 18 semanas, espero demasiado, mensaje de la lista de espera, este mensaje es de verdad, estafa, mensaje falso, mensaje del NHS, perder mi lugar, queja, reclamación, rights, choice, choose hospital, other hospital, shorter wait, long wait, 18 weeks, scam, scam text, fake text, NHS text, lose my place, complaint

waiting-list-rights-choice =
    .title = A menudo puede elegir su hospital
    .body =
        Cuando su GP le deriva, a menudo puede elegir a qué hospital o consulta va. En Inglaterra, es su derecho para la mayoría de las derivaciones normales.
        Puede comparar las esperas medias en la página web My Planned Care. Pregunte a su GP entre qué sitios puede elegir.
    .if-not = Si no le dieron a elegir y usted quería elegir, pregunte en el consultorio de su GP. También puede preguntar al equipo que da las citas cuando pida la cita.
    .ask =
        ¿Entre qué hospitales puedo elegir?
        ¿Cuál tiene la espera más corta?

waiting-list-rights-long-wait =
    .title = Si ha esperado mucho tiempo
    .body =
        Para la mayoría de los problemas que no son urgentes, tiene derecho a empezar el tratamiento en un plazo de 18 semanas desde la derivación. Esto está en la Constitución del NHS (NHS Constitution).
        Ahora muchas esperas son más largas. Si la suya lo es, puede preguntar si puede pasar a otro hospital con una espera más corta.
        Pregunte al equipo del hospital. En algunos casos, ellos contactarán con usted para ofrecérselo.
    .if-not = Si el equipo del hospital no le puede ayudar, pregunte en el consultorio de su GP. También puede preguntar al servicio de atención al paciente del hospital.
    .ask =
        ¿Me pueden ver antes en otro sitio?
        ¿Cambiar de hospital cambiaría quién se encarga de mí?

waiting-list-rights-texts =
    .title = Mensajes para comprobar si todavía necesita la cita
    .body =
        El hospital puede enviarle un mensaje de texto para comprobar si todavía necesita la cita. Responda si puede. Si ya no la necesita, dígalo.
        No le van a quitar de la lista solo porque no respondió. Solo usted o un médico pueden decidir que ya no necesita que le vean.
    .if-not = Si le preocupa que le hayan quitado de la lista, llame al equipo del hospital y pregunte.
    .ask =
        ¿Sigo en su lista?
        ¿Cómo se van a poner en contacto conmigo?

waiting-list-rights-scams =
    .title = Cómo reconocer un mensaje falso
    .body =
        Algunos mensajes se hacen pasar por el NHS. Pueden decir que perderá su lugar si no pulsa un enlace.
        El NHS no le va a pedir que pague, ni que dé los datos de su banco, para mantener su lugar o para pedir cita.
        Si no está seguro de que un mensaje sea de verdad, no use su enlace. Llame al número que aparece en su carta del hospital, o pregunte en el consultorio de su GP.
    .if-not = Si pulsó un enlace y dio los datos de su banco, llame a su banco enseguida.
    .ask =
        ¿Este mensaje es de verdad de ustedes?

waiting-list-rights-help =
    .title = Si cree que no se han respetado sus derechos
    .body =
        Primero, hable con el equipo del hospital. Puede que lo puedan solucionar.
        Si no, pida hablar con el servicio de atención al paciente del hospital. Ayudan cuando algo sale mal. También le pueden decir cómo poner una queja.
    .if-not = Si el servicio de atención al paciente no puede ayudarle, pregúnteles cómo poner una queja. También puede decírselo al consultorio de su GP.
    .ask =
        ¿Quién me puede ayudar con esto?
        ¿Cómo pongo una queja?
