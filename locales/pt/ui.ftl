# Words used on every page: the frame around the journeys.

site-name = E agora?
site-tagline = Quem faz o quê quando os seus cuidados de saúde passam entre o seu GP (médico de família) e o hospital.
skip-to-content = Saltar para o conteúdo principal
home-link = Todos os guias

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = Precisa de ajuda agora?
safety-emergency = Numa emergência, ligue para o { -emergency-number }.
safety-urgent = { $audience ->
        [parent] Se não se sentir bem, ou se o seu filho não estiver bem, e não souber o que fazer, ligue para o { -urgent-number } ou para o consultório do seu GP.
       *[other] Se não se sentir bem e não souber o que fazer, ligue para o { -urgent-number } ou para o consultório do seu GP.
    }
safety-online = Ou vá a 111.nhs.uk, na internet.
safety-mental-health = Numa crise de saúde mental, ligue para o { -urgent-number } e escolha a opção de saúde mental.
safety-deaf = Se for surdo, ligue para o 18001 111 através do Relay UK, ou use os serviços em BSL (língua gestual britânica) do NHS 111 e do 999.
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = Estes guias são sobre os serviços do NHS em Inglaterra. No País de Gales, na Escócia e na Irlanda do Norte, algumas coisas funcionam de outra forma.

home-title = O que acontece a seguir com os seus cuidados?
home-intro = Escolha o guia que se aplica a si. Cada guia diz quem faz cada passo e como o contactar.

# The search box on the home page.
search-label = Pesquisar nos guias
search-hint = Por exemplo: análises ao sangue, baixa médica, receita.
search-results = { $count ->
        [0] Não encontrámos nenhum guia. Experimente outras palavras ou escolha um guia da lista abaixo.
        [one] Encontrámos { $count } guia.
       *[other] Encontrámos { $count } guias.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = o a os as um uma uns umas e ou de do da dos das em no na nos nas num numa por pelo pela pelos pelas para pra com sem ao aos à às meu minha meus minhas seu sua seus suas que como quando quem porque porquê qual quais onde é são foi ser estar está estou tenho tem ter eu me mim se isso isto este esta esse essa lhe não nao já fazer faz posso pode sobre

# Group headings on the home page: the question people start from.
topic-referred = Encaminharam-me para o hospital
topic-waiting = Estou à espera
topic-test = Fiz um exame ou análises
topic-after-appointment = Fui a uma consulta no hospital
topic-leaving-hospital = Vou ter alta do hospital
topic-medicines-fit-notes = Medicamentos e atestados médicos
topic-child = É sobre o meu filho ou filha
topic-mental-health = É sobre a minha saúde mental
topic-gp-practice = Ter ajuda do consultório do meu GP, ou sem passar por ele

journey-steps-heading = O que acontece, passo a passo
# Under a guide shown inside a practice's website.
journey-more-guides = Mais guias nossos
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = Escrevemos esta página em { $date } com base em fontes públicas. Ainda não foi verificada por um profissional de saúde.
journey-reviewed = Um profissional de saúde, { $reviewer }, verificou esta página em { $date }.
step-number = Passo { $number }
step-who = Quem faz isto
step-contact = Como contactar
step-if-not = Se isto não acontecer
step-ask = Perguntas que pode fazer

# Who is responsible for a step.
who-gp-practice = O consultório do seu GP
who-hospital-team = A equipa do hospital
who-patient-or-parent = { $audience ->
        [parent] É consigo, como pai, mãe ou cuidador
       *[other] É consigo
    }
who-pharmacy = Uma farmácia perto de si
who-nhs-111 = NHS 111
who-mental-health-team = A equipa de saúde mental
who-private-clinic = A clínica privada
who-other = Outra pessoa: o passo diz quem

# How to reach whoever is responsible.
contact-hospital-team = Ligue para a equipa do hospital. O número está na sua carta ou SMS.
contact-referral-booking = Use o link que está no seu SMS ou e-mail, ou ligue para o número que está na sua carta.
contact-gp-practice = Ligue para o consultório do seu GP, use o formulário online ou vá à receção.
contact-hospital-ward = Pergunte ao pessoal da enfermaria antes de sair. Depois disso, ligue para o número que está na carta da enfermaria.
contact-test-requester = Contacte a equipa que pediu o exame. Os contactos estão na sua carta ou formulário.
contact-pharmacy = Vá a qualquer farmácia, ou ligue para uma. Não precisa de marcação.
contact-link-worker = Peça ao consultório do seu GP que lhe dê o contacto de um técnico de ligação.
contact-patient-advice = Peça para falar com a equipa de apoio ao doente do hospital. Ajudam quando algo corre mal.
contact-nhs-111 = Ligue para o NHS 111, de dia ou de noite, ou vá a 111.nhs.uk.
contact-self-referral = Contacte o serviço por si próprio, pela internet ou por telefone. Procure-o no site do NHS, ou pergunte ao consultório do seu GP como o contactar.
contact-mental-health-team = Use o número de telefone que está no seu plano de cuidados. Numa crise, ligue para o NHS 111 e escolha a opção de saúde mental.
contact-private-clinic = Contacte a clínica privada. Os contactos estão na sua carta ou fatura.
contact-urgent-care = Ligue para as urgências (A&E) ou para o centro de tratamento urgente (urgent treatment centre) onde foi. O número está na sua folha de recomendações. Ou ligue para o número principal do hospital.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = Ligue para { $service } pelo número { $phone }.
contact-local-other = Contacte { $service }.
contact-local-hours = O telefone é atendido: { $hours }
contact-local-website = A página web do serviço: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
# Plural categories for pt-PT: one (only 1), many, other.
timing-clinic-letter = Quando a carta da consulta chega ao seu GP
timing-discharge-summary = Quando a nota de alta chega ao seu GP
timing-cancer-diagnosis = Quando o NHS pretende dizer-lhe se é cancro ou não
timing-cancelled-operation = Quando deve ter uma nova data para uma operação cancelada no próprio dia
timing-within = No prazo de { $limit } { $unit ->
        [hours] { $limit ->
            [one] hora
           *[other] horas
        }
        [days] { $limit ->
            [one] dia
           *[other] dias
        }
        [months] { $limit ->
            [one] mês
           *[other] meses
        }
       *[weeks] { $limit ->
            [one] semana
           *[other] semanas
        }
    } a contar { $from ->
        [appointment] da sua consulta
        [discharge] da sua saída do hospital
        [referral] do encaminhamento
       *[cancellation] do dia em que foi cancelada
    }.

# A date such as 21 de novembro de 2026.
date = { $day } de { $month ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
       *[12] dezembro
    } de { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = Os seus dados
details-service = Isto é sobre: { $service }
details-expect-by = Deve ter notícias até { $date }.
details-phone = Se não tiver notícias, ou se tiver uma pergunta, ligue para o { $phone }.
details-web = Também pode ir a { $web }.
details-broken = Não foi possível usar alguns dados do seu link. O resto desta página continua a aplicar-se a si.

# The Listen button on a journey page (it reads the page aloud).
listen = Ouvir esta página
listen-stop = Parar a leitura

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = Aponte a câmara do seu telemóvel para este código para voltar a abrir esta página.

# Desk mode: a reception screen turned to the patient.
desk-title = Escolha o seu idioma
desk-journeys = Escolha o que se aplica a si
desk-take-home = Leve esta página consigo: aponte a câmara do seu telemóvel para este código.
desk-start-again = Começar de novo

# The link maker, for staff at a GP practice or hospital.
make-link-title = Criar um link para um doente
make-link-intro = Escolha o guia e o idioma do doente. Pode acrescentar os dados do doente. O que escrever fica neste dispositivo.
make-link-journey = Guia
make-link-language = Idioma do doente
make-link-service = Serviço ou consulta (se quiser)
make-link-start = Data do encaminhamento, do exame ou da alta (se quiser)
make-link-wait = Prazo para o doente ter notícias (se quiser)
make-link-wait-days = dias
make-link-wait-weeks = semanas
make-link-wait-months = meses
make-link-phone = Número de telefone da equipa (se quiser)
make-link-web = Página web da equipa (se quiser)
make-link-bad-phone = Isto não parece um número de telefone do Reino Unido, por isso não está no link.
make-link-bad-web = Use uma página web que comece por https. Esta não está no link.
make-link-link = O link
make-link-message = SMS
make-link-characters = Letras e espaços
make-link-segments = Número de SMS necessários
make-link-unicode = Esta mensagem tem letras que não estão no conjunto básico, por isso cabem menos letras em cada SMS.
make-link-copy = Copiar
make-link-copied = Copiado
make-link-qr = Código QR deste link
make-link-print = Imprimir
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: o que acontece a seguir e quem contactar: { $link }
sms-message-short = O que acontece a seguir e quem contactar: { $link }

not-found-title = Não conseguimos encontrar essa página
not-found-body = O link pode estar errado ou ser antigo. Aqui estão todos os nossos guias. Escolha o que se aplica a si.
not-found-offline = Este telemóvel não tem internet agora, e esta página ainda não está guardada nele. Abra o link outra vez quando tiver internet. Os guias que já abriu antes continuam a funcionar.

unknown-language = Ainda não temos esse idioma, por isso esta página está em inglês.

# The language picker on every page.
language-picker-label = Escolha o seu idioma
with-english-link = Leia este guia com o texto em inglês por baixo de cada parte
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = Esta tradução ainda não foi verificada. Se alguma coisa não estiver clara, peça um intérprete. É gratuito.
translation-checked = Tradutores qualificados verificaram esta tradução em { $date }. Se alguma coisa não estiver clara, peça um intérprete. É gratuito.

footer-make-link = Para profissionais: criar um link para um doente
footer-embed = Para profissionais: pôr estes guias no seu site
footer-not-nhs = Este guia não é feito pelo NHS. Diz como os serviços do NHS funcionam em conjunto na maior parte das vezes.
footer-privacy = Nada do que faz aqui é enviado para lado nenhum nem guardado sobre si.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = Desculpe, algo correu mal nesta página
panic-body = O que vê nesta página continua certo. Se lhe parecer errado, carregue a página outra vez.
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = Escolha um serviço da lista da sua área
make-link-pick-none = Nenhum: vou escrever os dados
config-none = Este site não tem contactos locais, por isso cada passo dá o conselho geral. Para acrescentar os serviços da sua área, consulte o README.
config-loaded = Este site mostra os contactos de { $area }.
config-problems-title = Alguns contactos locais precisam de ser corrigidos
config-problems-intro = Os doentes não são afetados: veem os dados da última versão correta do site, ou o conselho geral. Corrija estes erros e depois volte a gerar o site.
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: o ficheiro não está bem escrito aqui. Procure uma vírgula, aspa ou parêntese em falta.
config-problem-unknown-field = { $field }: não conhecemos este campo. Verifique a ortografia.
config-problem-missing-field = { $field }: tem de ser preenchido.
config-problem-wrong-type = { $field }: este valor é do tipo errado, por exemplo, um número onde deviam estar palavras.
config-problem-version = { $field }: tem de ser 1.
config-problem-empty = { $field }: está vazio.
config-problem-too-long = { $field }: é demasiado longo. Use menos de 120 letras.
config-problem-hidden-characters = { $field }: tem caracteres ocultos que podem mudar a forma como se lê. Escreva-o outra vez.
config-problem-bad-id = { $field }: use apenas letras minúsculas, números e hífenes, como skin-team.
config-problem-duplicate-id = { $field }: há dois serviços com este mesmo id.
config-problem-bad-phone = { $field }: não é um número de telefone do Reino Unido. Escreva-o assim: 020 7946 0000.
config-problem-not-https = { $field }: a página web tem de começar por https, e não por http.
config-problem-bad-website = { $field }: não é um endereço web. Escreva-o assim: https://hospital.example/clinic.
config-problem-unknown-journey = { $field }: não há nenhum guia com este nome.
config-problem-unknown-contact = { $field }: não é um tipo de contacto que conheçamos, como hospital-team.
config-problem-unknown-service = { $field }: nenhum serviço da lista tem este id.
config-problem-unknown-language = { $field }: não temos este idioma.
config-problem-missing-english = { $field }: o texto também tem de estar em inglês, como en-GB.

# Staff: put the guides on a practice's website.
embed-title = Pôr estes guias no seu site
embed-intro = Escolha o que quer mostrar e depois copie o código para a sua página web. Os guias aparecem dentro da sua página. Não envia nada sobre as pessoas que usam o seu site.
embed-journey = Guia a mostrar
embed-all-guides = Todos os guias, em lista
embed-language = Idioma em que abre
embed-accent = Cor principal do seu site (se quiser)
embed-accent-hint = Seis letras ou números depois de um #, como #00703c.
embed-accent-bad = Isto não é um código de cor. Escreva-o assim: #00703c.
embed-accent-low-contrast = Esta cor é demasiado clara para se ler numa página clara. O contraste é de { $ratio } para 1 e tem de ser de 4.5 para 1. Escolha uma cor mais escura. Até lá, o guia mantém o seu próprio azul.
embed-list = Mostrar no fim uma lista dos outros guias
embed-code = Código para a sua página web
embed-copy = Copiar o código
embed-copied = Copiado
embed-preview = Como vai ficar
embed-hosting = O código funciona em qualquer site que permita acrescentar uma moldura (iframe). Não precisa de conta e não usa cookies.

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = Os passos em resumo
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = Versão em leitura fácil
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = Versão em leitura fácil (em inglês)
