# Journey: your child seems more unwell. Written for parents and carers.
# Structure and sources: src/journeys/child_unwell.rs

child-unwell =
    .title = Si ve a su hijo más enfermo
    .summary = Cuándo llamar al 999, cuándo pedir ayuda ese mismo día y a quién avisar si un equipo del hospital atiende a su hijo.
    .intro = Los niños pueden empeorar rápido. Usted es quien mejor conoce a su hijo o hija. Aquí le explicamos cuándo pedir ayuda, a quién llamar y a quién avisar.
    .keywords = niño enfermo, niña enferma, hijo enfermo, hija enferma, bebé enfermo, mi hijo empeora, mi hijo está peor, fiebre, temperatura alta, sarpullido, manchas en la piel, no come, no bebe, respiración, le cuesta respirar, sin fuerzas, me preocupa mi hijo, cuándo llamar al 999, cuándo llamar al 111, acceso directo, sala de niños, child unwell, child ill, sick child, baby unwell, child getting worse, fever, high temperature, rash, breathing, floppy, open access, children's ward, GP

child-unwell-emergency =
    .title = Cuándo llamar al 999
    .body =
        Llame al 999 si a su hijo le cuesta respirar, o si cuesta mucho despertarle.
        Llame también al 999 si su hijo tiene una convulsión (un ataque), o se pone muy pálido, azulado o con manchas en la piel.
        Llame al 999 si su hijo tiene un sarpullido (manchas en la piel) que no desaparece cuando aprieta un vaso de cristal contra él.
    .if-not = Si no consigue comunicarse con el 999, siga intentándolo. No espere a ver si su hijo mejora.
    .ask =
        ¿Qué señales deberían hacer que llame al 999?

child-unwell-same-day =
    .title = Pida ayuda ese mismo día
    .body =
        Si ve a su hijo más enfermo, o algo le preocupa, contacte con el consultorio de su médico de cabecera (GP) o llame al NHS 111 ese mismo día.
        Dígales si su hijo no bebe, si tiene mucho más sueño de lo normal o si está empeorando.
        El NHS 111 está abierto de día y de noche. También puede entrar en 111.nhs.uk.
    .if-not = Si no consigue hablar con el consultorio de su GP y está preocupado, llame al NHS 111. Si su hijo empeora, llame al 999.
    .ask =
        ¿A qué tengo que estar atento esta noche?
        ¿Cuándo tengo que volver a llamarles?

child-unwell-hospital-team =
    .title = Si un equipo del hospital ya atiende a su hijo
    .body =
        Algunos niños pueden volver directamente a la sala de niños del hospital si se ponen enfermos. Esto se llama acceso directo (open access). Si su hijo lo tiene, el equipo se lo habrá dicho.
        Si tiene un número del equipo, llámeles. Dígales que su hijo está más enfermo.
        Si no consigue hablar con ellos, contacte con el consultorio de su GP o con el NHS 111 ese mismo día. En una emergencia, llame al 999.
    .if-not = Si el equipo no le ha devuelto la llamada y su hijo no está mejor, llame al NHS 111 o al consultorio de su GP. No espere.
    .ask =
        ¿Tiene mi hijo acceso directo a la sala?
        ¿A quién llamo por la noche?

child-unwell-after =
    .title = Después de que hayan visto a su hijo
    .body =
        La persona que vio a su hijo debería decirle a qué tiene que estar atento y cuándo volver.
        Si su hijo fue a A&E (urgencias del hospital) o al hospital, envían una carta a su GP.
        Si su hijo no está mejor en el plazo que le dijeron, o empeora, vuelva a pedir ayuda. No pasa nada por preguntar más de una vez.
    .if-not = Si no sabe bien qué hacer ahora, llame al NHS 111 o al consultorio de su GP.
    .ask =
        ¿Qué señales quieren decir que tengo que volver con mi hijo?
        ¿Cuánto tiempo debería tardar en mejorar?
