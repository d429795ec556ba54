# Journey: your child is sent to a children's doctor. Written for parents and carers.
# Structure and sources: src/journeys/child_referral.rs

child-referral =
    .title = Envían a su hijo o hija a un médico de niños
    .summary = Quién pide la cita de su hijo, a quién llamar mientras espera y quién le da los resultados.
    .intro = Su médico de cabecera (GP) quiere que un médico de niños del hospital ayude con la atención de su hijo o hija. Como madre, padre o cuidador, a usted le explican lo que pasa con su hijo. Aquí le explicamos qué pasa ahora y quién hace cada parte.
    .keywords = hijo, hija, niño, niña, niños, mi hijo, mi hija, bebé, pediatra, pediatría, médico de niños, hospital infantil, derivación, carta del hospital, cita, lista de espera, madre, padre, cuidador, mi hijo está peor, mi hijo empeora, child, paediatrician, children's doctor, referral, appointment, waiting list, child more unwell, child getting worse, GP

child-referral-advice =
    .title = Puede que su GP pida antes consejo a un médico de niños
    .body =
        Un médico de niños se llama pediatra. Puede que su GP pida antes consejo a un pediatra sobre su hijo. Puede ser por teléfono o por internet.
        En algunas zonas, un pediatra va a los consultorios de los GP para ver allí a los niños. A algunos niños los puede atender en casa un equipo del hospital.
        Gracias al consejo, puede que su hijo no tenga que ir al hospital. Su GP le dice lo que dijo el pediatra.
    .if-not = Si no sabe bien qué está haciendo su GP por su hijo, contacte con el consultorio de su GP y pregunte.
    .ask =
        ¿Va a pedir consejo a un pediatra, o va a enviar a mi hijo al hospital?
        ¿Cómo me va a decir lo que dijo el pediatra?

child-referral-sent =
    .title = Su GP envía la derivación
    .body =
        Si su hijo tiene que ver a un pediatra, su GP le escribe. Esto se llama derivación (referral).
        Su GP también dice en cuánto tiempo tienen que ver a su hijo. Una derivación puede ser normal o urgente.
        A veces el hospital pide antes algunas pruebas. En ese caso, su GP las organiza antes de enviar la derivación.
        A usted le dicen lo mismo que le dirían a un paciente adulto. Se lo dicen en nombre de su hijo.
    .if-not = Pregunte a su GP cuándo debería saber algo de la derivación. Si para entonces no sabe nada, contacte con el consultorio de su GP. Pregunte si han enviado la derivación.
    .ask =
        ¿Por qué tiene que ver mi hijo a un pediatra?
        ¿La derivación es normal o urgente?
        ¿Necesita mi hijo alguna prueba antes?

child-referral-booking =
    .title = Recibe una carta, un correo o un mensaje para pedir cita
    .body =
        Puede recibir una carta con un número de reserva y una contraseña. Guárdela bien.
        O puede recibir un correo electrónico o un mensaje de texto. Tiene un enlace para pedir cita en la NHS App o en la página web del NHS.
        Úselo para elegir un día y una hora para su hijo, o para llamar al equipo que da las citas.
        Algunos mensajes que parecen del NHS son estafas. El NHS no le va a pedir que pague ni que dé los datos de su banco. Si no está seguro, no use el enlace. Llame al número que aparece en su carta.
    .if-not = Si para la fecha que le dijo su GP no ha recibido nada, llame al número que aparece en su carta de derivación. Si no tiene carta, pregunte en el consultorio de su GP.
    .ask =
        ¿Puedo elegir a qué hospital va mi hijo?
        ¿Pueden ver a mi hijo cerca de donde vivimos?

child-referral-waiting =
    .title = Su hijo espera a que le vean
    .body =
        El equipo del hospital se encarga del lugar de su hijo en la lista.
        El hospital puede enviarle un mensaje de texto para comprobar si su hijo todavía necesita la cita. Responda si puede. Si no responde, llame al equipo del hospital. No van a quitar a su hijo de la lista solo porque usted no respondió.
        Si tiene una pregunta sobre la cita, pregunte al equipo del hospital. Deberían responderle ellos, no enviarle de vuelta a su GP.
    .if-not = Si el hospital no se ha puesto en contacto con usted cuando le dijeron, llame al equipo del hospital.
    .ask =
        ¿Cuánto hay que esperar para este equipo?
        ¿A quién llamo si cambian nuestros planes?

child-referral-worse =
    .title = Si ve a su hijo más enfermo
    .body =
        Fíese de lo que siente. Usted es quien mejor conoce a su hijo.
        Llame al 999 si a su hijo le cuesta respirar, si cuesta mucho despertarle o si tiene una convulsión (un ataque). Llame también al 999 si tiene un sarpullido (manchas en la piel) que no desaparece cuando aprieta un vaso de cristal contra él.
        Si ve a su hijo más enfermo, o algo le preocupa, contacte con el consultorio de su GP o llame al NHS 111 ese mismo día.
        Dígaselo también al equipo del hospital. Un médico de allí puede comprobar si tienen que ver antes a su hijo. Su GP también puede hacer que la derivación sea urgente.
    .if-not = Si el equipo del hospital no le ha devuelto la llamada antes del final del siguiente día laborable, vuelva a llamar. No les espere si ve a su hijo peor: llame al consultorio de su GP o al NHS 111 ese mismo día.
    .ask =
        ¿Qué señales deberían hacer que le llame?
        ¿Pueden ver antes a mi hijo si empeora?

child-referral-visit =
    .title = La primera cita de su hijo
    .body =
        Su hijo ve al pediatra o a otra persona del equipo de niños. Pueden hablar con los dos, examinar a su hijo o hacerle pruebas.
        Lleve la carta, una lista de los medicamentos de su hijo y las preguntas que tenga.
        Cada parte de la atención de su hijo debería tener un equipo responsable. Si no sabe qué equipo es, pregunte.
        Puede que los niños mayores quieran hablar a solas con el médico durante una parte de la cita. A menudo, los jóvenes pueden elegir qué se cuenta a sus padres.
    .if-not = Si cancelan la cita, el equipo del hospital debería darle una nueva fecha. Llámeles si no se la han dado.
    .ask =
        ¿Cuál cree que es el problema?
        ¿Qué equipo es responsable de cada parte de la atención de mi hijo?
        ¿A quién llamo si tengo una pregunta más adelante?

child-referral-letter =
    .title = El hospital escribe a su GP
    .body =
        Después de la cita, el equipo del hospital escribe a su GP si su GP tiene que hacer algo. Se llama carta de la consulta (clinic letter). Usted también debería recibir una copia.
    .if-not = Si el consultorio de su GP no ha recibido la carta en el plazo que aparece aquí, llame al equipo del hospital. Pídales que la envíen.
    .ask =
        ¿Tiene que hacer algo nuestro GP?
        ¿Me pueden dar una copia de la carta?

child-referral-results =
    .title = Pruebas y resultados
    .body =
        Si el equipo del hospital pide una prueba, ellos revisan el resultado y se lo dicen.
        A menudo, a los niños les sacan sangre en una consulta infantil del hospital. Pregunte al equipo adónde tienen que ir.
        Se haga donde se haga la prueba, el equipo que la pidió le da el resultado.
    .if-not = Si un resultado se retrasa, contacte con el equipo que pidió la prueba.
    .ask =
        ¿Dónde debería hacerse la prueba mi hijo?
        ¿Cuándo y cómo me darán los resultados?
        ¿Tiene mi hijo que volver a verle?
