# Words used on every page: the frame around the journeys.

site-name = ¿Y ahora qué?
site-tagline = Quién hace cada cosa cuando su atención pasa entre su médico de cabecera (GP) y el hospital.
skip-to-content = Ir al contenido principal
home-link = Todas las guías

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = ¿Necesita ayuda ahora?
safety-emergency = En una emergencia, llame al { -emergency-number }.
safety-urgent = { $audience ->
        [parent] Si usted o su hijo o hija se encuentran mal y usted no está seguro de qué hacer, llame al { -urgent-number } o al consultorio de su GP.
       *[other] Si se encuentra mal y no está seguro de qué hacer, llame al { -urgent-number } o al consultorio de su GP.
    }
safety-online = O entre en 111.nhs.uk por internet.
safety-mental-health = En una crisis de salud mental, llame al { -urgent-number } y elija la opción de salud mental.
safety-deaf = Si es una persona sorda, llame al 18001 111 con Relay UK, o use los servicios en BSL (lengua de signos británica) del NHS 111 y del 999.
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = Estas guías hablan de los servicios del NHS en Inglaterra. En Gales, Escocia e Irlanda del Norte, algunas cosas funcionan de otra manera.

home-title = ¿Qué pasa ahora con su atención médica?
home-intro = Elija la guía que corresponde a su caso. Cada guía dice quién hace cada paso y cómo contactar con esa persona.

# The search box on the home page.
search-label = Buscar en las guías
search-hint = Por ejemplo: análisis de sangre, baja médica, receta.
search-results = { $count ->
        [0] Ninguna guía coincide. Pruebe con otras palabras o elija de la lista de abajo.
        [one] 1 guía coincide.
       *[other] { $count } guías coinciden.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = el la lo los las un una unos unas y e o u de del a al en con sin por para que qué como cómo cuando cuándo quien quién quienes porque donde dónde mi mis me yo tu tus su sus se le les nos es son soy estoy está están era fue ha he han hay tengo tiene tienen puedo puede pueden este esta esto ese esa eso muy más sobre ya no sí si

# Group headings on the home page: the question people start from.
topic-referred = Me han enviado al hospital
topic-waiting = Estoy esperando
topic-test = Me han hecho una prueba
topic-after-appointment = He ido a una cita en el hospital
topic-leaving-hospital = Salgo del hospital
topic-medicines-fit-notes = Medicamentos y certificados de baja
topic-child = Es sobre mi hijo o hija
topic-mental-health = Es sobre mi salud mental
topic-gp-practice = Pedir ayuda al consultorio de mi GP, o sin pasar por él

journey-steps-heading = Qué pasa, paso a paso
# Under a guide shown inside a practice's website.
journey-more-guides = Más guías nuestras
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = Escribimos esta página el { $date } a partir de fuentes públicas. Todavía no la ha revisado ningún profesional sanitario.
journey-reviewed = Un profesional sanitario, { $reviewer }, revisó esta página el { $date }.
step-number = Paso { $number }
step-who = Quién lo hace
step-contact = Cómo contactar
step-if-not = Si esto no pasa
step-ask = Preguntas que puede hacer

# Who is responsible for a step.
who-gp-practice = El consultorio de su GP
who-hospital-team = El equipo del hospital
who-patient-or-parent = { $audience ->
        [parent] Usted, como madre, padre o cuidador
       *[other] Usted
    }
who-pharmacy = Una farmacia cerca de usted
who-nhs-111 = NHS 111
who-mental-health-team = El equipo de salud mental
who-private-clinic = La clínica privada
who-other = Otra persona: el paso dice quién

# How to reach whoever is responsible.
contact-hospital-team = Llame al equipo del hospital. El número está en su carta o en su mensaje de texto.
contact-referral-booking = Use el enlace de su mensaje de texto o correo electrónico, o llame al número que aparece en su carta.
contact-gp-practice = Llame al consultorio de su GP, use su formulario en línea o vaya a la recepción.
contact-hospital-ward = Pregunte al personal de la sala antes de irse. Después, llame al número que aparece en la carta que le dieron en la sala.
contact-test-requester = Contacte con el equipo que pidió la prueba. Sus datos están en su carta o en su formulario.
contact-pharmacy = Vaya a cualquier farmacia o llame por teléfono. No necesita pedir cita.
contact-link-worker = Pida al consultorio de su GP que le ponga en contacto con una persona de enlace (link worker).
contact-patient-advice = Pida hablar con el servicio de atención al paciente del hospital. Ayudan cuando algo sale mal.
contact-nhs-111 = Llame al NHS 111, de día o de noche, o entre en 111.nhs.uk.
contact-self-referral = Contacte usted mismo con el servicio, por internet o por teléfono. Búsquelo en la página web del NHS, o pregunte en el consultorio de su GP cómo contactar con él.
contact-mental-health-team = Use el número de teléfono que aparece en su plan de atención (care plan). En una crisis, llame al NHS 111 y elija la opción de salud mental.
contact-private-clinic = Contacte con la clínica privada. Sus datos están en su carta o en su factura.
contact-urgent-care = Llame a A&E (urgencias) o al centro de atención urgente (urgent treatment centre) al que fue. El número está en su hoja de recomendaciones. Si no, llame al número principal del hospital.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = Llame a { $service } al { $phone }.
contact-local-other = Contacte con { $service }.
contact-local-hours = Atienden el teléfono: { $hours }
contact-local-website = Página web del servicio: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
timing-clinic-letter = Cuándo llega a su GP la carta de la consulta
timing-discharge-summary = Cuándo llega a su GP el informe de alta
timing-cancer-diagnosis = Cuándo intenta el NHS decirle si es cáncer o no
timing-cancelled-operation = Cuándo debería tener una nueva fecha si le cancelaron la operación el mismo día en que iban a hacerla
timing-within = En un plazo de { $limit } { $unit ->
        [hours] { $limit ->
            [one] hora
           *[other] horas
        }
        [days] { $limit ->
            [one] día
           *[other] días
        }
        [months] { $limit ->
            [one] mes
           *[other] meses
        }
       *[weeks] { $limit ->
            [one] semana
           *[other] semanas
        }
    } desde { $from ->
        [appointment] su cita en la consulta
        [discharge] que sale del hospital
        [referral] la derivación
       *[cancellation] el día en que se canceló
    }.

# A date such as 21 November 2026.
date = { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = Sus datos
details-service = Esto es sobre: { $service }
details-expect-by = Debería recibir noticias a más tardar el { $date }.
details-phone = Si no ha recibido noticias o tiene alguna pregunta, llame al { $phone }.
details-web = También puede visitar { $web }.
details-broken = Algunos datos de su enlace no se han podido usar. El resto de esta página sí corresponde a su caso.

# The Listen button on a journey page (it reads the page aloud).
listen = Escuchar esta página
listen-stop = Parar la lectura

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = Escanee este código con la cámara de su teléfono para volver a abrir esta página.

# Desk mode: a reception screen turned to the patient.
desk-title = Elija su idioma
desk-journeys = Elija lo que corresponde a su caso
desk-take-home = Llévese esta página: apunte la cámara de su teléfono a este código.
desk-start-again = Volver a empezar

# The link maker, for staff at a GP practice or hospital.
make-link-title = Crear un enlace para un paciente
make-link-intro = Elija la guía y el idioma del paciente. Puede añadir sus datos. Lo que escriba se queda en este dispositivo.
make-link-journey = Guía
make-link-language = Idioma del paciente
make-link-service = Servicio o consulta (opcional)
make-link-start = Fecha de la derivación, la prueba o el alta (opcional)
make-link-wait = Plazo en el que deberían recibir noticias (opcional)
make-link-wait-days = días
make-link-wait-weeks = semanas
make-link-wait-months = meses
make-link-phone = Número de teléfono del equipo (opcional)
make-link-web = Página web del equipo (opcional)
make-link-bad-phone = Esto no parece un número de teléfono del Reino Unido, así que no se ha incluido en el enlace.
make-link-bad-web = Use una página web que empiece por https. Esta no se ha incluido en el enlace.
make-link-link = El enlace
make-link-message = Mensaje de texto
make-link-characters = Letras y espacios
make-link-segments = Mensajes que ocupará
make-link-unicode = Este mensaje tiene letras que no están en el juego básico, así que en cada mensaje caben menos letras.
make-link-copy = Copiar
make-link-copied = Copiado
make-link-qr = Código QR de este enlace
make-link-print = Imprimir
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: qué pasa ahora y con quién contactar: { $link }
sms-message-short = Qué pasa ahora y con quién contactar: { $link }

not-found-title = No encontramos esa página
not-found-body = Puede que el enlace esté mal o sea antiguo. Aquí tiene todas nuestras guías. Elija la que corresponde a su caso.
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = Este teléfono no tiene internet ahora, y esta página aún no está guardada en él. Vuelva a abrir el enlace cuando tenga conexión. Las guías que ya abrió antes siguen funcionando.

unknown-language = Todavía no tenemos ese idioma, por eso esta página está en inglés.

# The language picker on every page.
language-picker-label = Elija su idioma
with-english-link = Lea esta guía con el inglés debajo de cada parte
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = Esta traducción todavía no ha sido revisada. Si algo no está claro, pida un intérprete. Es gratis.
translation-checked = Traductores cualificados revisaron esta traducción el { $date }. Si algo no está claro, pida un intérprete. Es gratis.

footer-make-link = Para el personal: crear un enlace para un paciente
footer-embed = Para el personal: poner estas guías en su página web
footer-not-nhs = Esta guía no la ha hecho el NHS. Dice cómo trabajan juntos los servicios del NHS la mayoría de las veces.
footer-privacy = Nada de lo que hace aquí se envía a ningún sitio ni se guarda sobre usted.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = Lo sentimos, algo ha fallado en esta página
panic-body = Lo que ve en esta página sigue siendo correcto. Si algo parece estar mal, vuelva a cargar la página.
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = Elija un servicio de la lista de su zona
make-link-pick-none = Ninguno: voy a escribir los datos
config-none = Este sitio no tiene datos de contacto locales, así que cada paso da los consejos generales. Para añadir los servicios de su zona, consulte el README.
config-loaded = Este sitio muestra los datos de contacto de { $area }.
config-problems-title = Hay que corregir algunos datos de contacto locales
config-problems-intro = Esto no afecta a los pacientes: ven los datos de la última versión correcta del sitio o los consejos generales. Corrija estos problemas y después vuelva a generar el sitio.
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: el archivo no está bien escrito en este punto. Busque una coma, unas comillas o un corchete que falte.
config-problem-unknown-field = { $field }: no conocemos este campo. Revise cómo está escrito.
config-problem-missing-field = { $field }: hay que rellenar este campo.
config-problem-wrong-type = { $field }: este valor no es del tipo correcto, por ejemplo un número donde debería haber palabras.
config-problem-version = { $field }: esto tiene que ser 1.
config-problem-empty = { $field }: está vacío.
config-problem-too-long = { $field }: es demasiado largo. Tiene que tener menos de 120 letras.
config-problem-hidden-characters = { $field }: tiene caracteres ocultos que pueden cambiar cómo se lee. Vuelva a escribirlo.
config-problem-bad-id = { $field }: use solo letras minúsculas, números y guiones, como skin-team.
config-problem-duplicate-id = { $field }: hay dos servicios con este mismo id.
config-problem-bad-phone = { $field }: no es un número de teléfono del Reino Unido. Escríbalo así: 020 7946 0000.
config-problem-not-https = { $field }: la página web tiene que empezar por https, no por http.
config-problem-bad-website = { $field }: no es una dirección web. Escríbala así: https://hospital.example/clinic.
config-problem-unknown-journey = { $field }: no hay ninguna guía con este nombre.
config-problem-unknown-contact = { $field }: no es un tipo de contacto que conozcamos, como hospital-team.
config-problem-unknown-service = { $field }: ningún servicio de la lista tiene este id.
config-problem-unknown-language = { $field }: no tenemos este idioma.
config-problem-missing-english = { $field }: el texto también tiene que estar en inglés, como en-GB.

# Staff: put the guides on a practice's website.
embed-title = Poner estas guías en su página web
embed-intro = Elija qué quiere mostrar y después copie el código en su página web. Las guías se ven dentro de su página. No envía nada sobre las personas que usan su página web.
embed-journey = Guía que quiere mostrar
embed-all-guides = Todas las guías, en una lista
embed-language = Idioma en el que se abre
embed-accent = Color principal de su página web (opcional)
embed-accent-hint = Seis letras o números después de #, como #00703c.
embed-accent-bad = Esto no es un código de color. Escríbalo así: #00703c.
embed-accent-low-contrast = Este color es demasiado claro para leerse sobre una página de fondo claro. Su contraste es de { $ratio } a 1, y necesita 4.5 a 1. Elija un color más oscuro. Hasta entonces, la guía mantiene su propio azul.
embed-list = Mostrar al final una lista de las otras guías
embed-code = Código para su página web
embed-copy = Copiar el código
embed-copied = Copiado
embed-preview = Cómo se verá
embed-hosting = El código funciona en cualquier página web que le permita añadir un marco. No necesita una cuenta y no usa cookies.

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = Los pasos de un vistazo
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = Versión en lectura fácil
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = Versión en lectura fácil (en inglés)
