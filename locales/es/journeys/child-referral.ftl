# Journey: Your child has been referred to a children's doctor.
# Structure and sources: src/journeys/child_referral.rs

child-referral =
    .title = Envían a su hijo o hija a un médico de niños
    .summary = Quién pide la cita de su hijo, a quién llamar mientras espera y quién le da los resultados.
    .intro = Su médico de cabecera (GP) quiere que un médico de niños del hospital vea a su hijo o hija. Como madre, padre o cuidador, a usted le explican lo que pasa con su hijo. Aquí le explicamos qué pasa ahora y quién hace cada parte.
    .keywords = hijo, hija, niño, niña, niños, mi hijo, mi hija, bebé, pediatra, pediatría, médico de niños, hospital infantil, derivación, carta del hospital, cita, lista de espera, madre, padre, cuidador, child, paediatrician, children's doctor, referral, appointment, waiting list, GP

child-referral-sent =
    .title = Su GP envía la derivación
    .body =
        Su GP escribe a un médico de niños del hospital. Este médico se llama pediatra. Enviar a su hijo a este médico se llama derivación (referral).
        A veces el hospital pide antes algunas pruebas, como un análisis de sangre. En ese caso, su GP las hace antes de enviar la derivación.
        A usted le dicen lo mismo que le dirían a un paciente adulto. Se lo dicen en nombre de su hijo.
    .if-not = Si no sabe nada después de 2 semanas, contacte con el consultorio de su GP. Pregunte si han enviado la derivación.
    .ask =
        ¿Por qué tiene que ver mi hijo a un pediatra?
        ¿Necesita mi hijo alguna prueba antes?
        ¿Se marcará como urgente?

child-referral-booking =
    .title = Recibe una carta, un correo o un mensaje para pedir cita
    .body =
        Puede recibir una carta con un número de reserva y una contraseña. Guárdela bien.
        O puede recibir un correo electrónico o un mensaje de texto de "NHS Referrals". Tiene un enlace que abre la NHS App o la página web del NHS.
        Úselo para elegir un día y una hora para su hijo, o para llamar al equipo que da las citas.
    .if-not = Si no recibe nada en 2 semanas, llame al número que aparece en su carta de derivación. Si no tiene carta, pregunte en el consultorio de su GP.
    .ask =
        ¿Puedo elegir a qué hospital va mi hijo?
        ¿Pueden ver a mi hijo cerca de donde vivimos?

child-referral-waiting =
    .title = Su hijo espera a que le vean
    .body =
        El equipo del hospital se encarga del lugar de su hijo en la lista. Su GP no puede adelantar la cita.
        El hospital puede enviarle un mensaje de texto para comprobar si su hijo todavía necesita la cita. Por favor, responda. Si no, su hijo puede perder su lugar.
        Si tiene una pregunta sobre la cita, pregunte al equipo del hospital. Deben responderle ellos, no enviarle de vuelta a su GP.
    .if-not = Si el hospital no se ha puesto en contacto con usted cuando le dijeron, llame al equipo del hospital.
    .ask =
        ¿Cuánto hay que esperar para este equipo?
        ¿A quién llamo si cambian nuestros planes?

child-referral-worse =
    .title = Si su hijo empeora mientras espera
    .body =
        Si el problema empeora, dígaselo al equipo del hospital. Ellos deciden si deben ver antes a su hijo.
        Si su hijo se encuentra mal y usted no sabe qué hacer, llame al consultorio de su GP o al NHS 111.
        En una emergencia, llame al 999.
        Si su hijo tiene un problema nuevo que no tiene relación con este, vaya a su GP como siempre.
    .if-not = Si el equipo del hospital no le devuelve la llamada, vuelva a llamar. Si ve a su hijo peor, llame al NHS 111 o a su GP.
    .ask =
        ¿Qué cambios deberían hacer que le llame?
        ¿Pueden ver antes a mi hijo si empeora?

child-referral-visit =
    .title = La primera cita de su hijo
    .body =
        Su hijo ve al pediatra o a otra persona del equipo de niños. Pueden hablar con los dos, examinar a su hijo o hacerle pruebas.
        Lleve la carta, una lista de los medicamentos de su hijo y las preguntas que tenga.
        Cada parte de la atención de su hijo debe tener un equipo responsable. Si no sabe qué equipo es, pregunte.
    .if-not = Si cancelan la cita, el equipo del hospital debe darle una nueva fecha. Llámeles si no se la han dado.
    .ask =
        ¿Cuál cree que es el problema?
        ¿Qué equipo es responsable de cada parte de la atención de mi hijo?
        ¿A quién llamo si tengo una pregunta más adelante?

child-referral-results =
    .title = Resultados de las pruebas y qué pasa después
    .body =
        Si el equipo del hospital pide una prueba, ellos revisan el resultado y se lo dicen. Es así incluso si le sacan sangre a su hijo en el consultorio de su GP.
        Si su GP tiene que hacer algo, el equipo del hospital escribe a su GP en un plazo de 10 días. Usted también debe recibir una copia.
    .if-not = Si un resultado se retrasa, contacte con el equipo que pidió la prueba. Si no ha recibido ninguna carta después de 2 semanas, llame al equipo del hospital.
    .ask =
        ¿Cuándo y cómo me darán los resultados?
        ¿Tiene mi hijo que volver a verle?
        ¿Tiene que hacer algo nuestro GP?
