# Words used on every page: the frame around the journeys. (每个页面都会用到的文字)

site-name = 接下来怎么办？
site-tagline = 当您的医疗照护在 GP（家庭医生）和医院之间转接时，谁负责做什么。
skip-to-content = 跳到主要内容
home-link = 所有指南

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = 现在就需要帮助吗？
safety-emergency = 紧急情况下，请拨打 { -emergency-number }。
safety-urgent = { $audience ->
        [parent] 如果您或您的孩子身体不适，而您不确定该怎么办，请拨打 { -urgent-number }，或打电话给您的 GP 诊所。
       *[other] 如果您身体不适，又不确定该怎么办，请拨打 { -urgent-number }，或打电话给您的 GP 诊所。
    }
safety-online = 或者上网访问 111.nhs.uk。
safety-mental-health = 如果出现心理健康危机，请拨打 { -urgent-number }，并选择心理健康选项。
safety-deaf = 如果您是聋人，请通过 Relay UK 拨打 18001 111，或使用 NHS 111 和 999 的 BSL（英国手语）服务。
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = 这些指南讲的是英格兰的 NHS（英国国家医疗服务体系）服务。在威尔士、苏格兰和北爱尔兰，有些事情的做法不一样。

home-title = 您的医疗照护接下来会怎样？
home-intro = 请选择适合您的指南。每份指南都会说明每一步由谁负责，以及怎样联系他们。

# The search box on the home page.
search-label = 搜索指南
search-hint = 例如：验血、病假条、处方。
search-results = { $count ->
        [0] 没有相符的指南。请换个词试试，或从下面的列表中选择。
       *[other] 有 { $count } 份指南相符。
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = 的 了 是 我 我的 你 你的 您 您的 他 她 他们 在 和 与 或 吗 呢 吧 啊 什么 怎么 怎样 如何 谁 何时 什么时候 为什么 能 能否 可以 会 要 想 有 没有 这 那 这个 那个 一个 关于 从 对 给 把 被 请 a an and the my i me is am are was to for of in on at do does did how what when who why can will with about from it this that have has had be been get got your you

# Group headings on the home page: the question people start from.
topic-referred = 我被转诊了
topic-waiting = 我在等待
topic-test = 我做了检查
topic-after-appointment = 我去医院看过了
topic-leaving-hospital = 我要出院了
topic-medicines-fit-notes = 药物和病假证明
topic-child = 关于我的孩子
topic-mental-health = 关于我的心理健康
topic-gp-practice = 从我的 GP 诊所获得帮助，或不经过 GP 诊所获得帮助

journey-steps-heading = 一步一步会发生什么
# Under a guide shown inside a practice's website.
journey-more-guides = 我们的更多指南
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = 我们于 { $date } 根据公开资料编写了本页。目前还没有临床医护人员检查过本页。
journey-reviewed = 临床医护人员 { $reviewer } 已于 { $date } 检查过本页。
step-number = 第 { $number } 步
step-who = 谁来做
step-contact = 怎样联系他们
step-if-not = 如果这一步没有发生
step-ask = 您可以问的问题

# Who is responsible for a step.
who-gp-practice = 您的 GP 诊所
who-hospital-team = 医院团队
who-patient-or-parent = { $audience ->
        [parent] 您（家长或照顾者）
       *[other] 您
    }
who-pharmacy = 您附近的药房
who-nhs-111 = NHS 111
who-mental-health-team = 心理健康团队
who-private-clinic = 私人诊所
who-other = 其他人：这一步会说明是谁

# How to reach whoever is responsible.
contact-hospital-team = 打电话给医院团队。他们的号码在您收到的信或短信上。
contact-referral-booking = 使用短信或电子邮件里的链接，或者拨打信上的号码。
contact-gp-practice = 打电话给您的 GP 诊所，使用诊所的网上表格，或者去诊所前台。
contact-hospital-ward = 离开前先问病房工作人员。离开以后，请拨打病房给您的信上的号码。
contact-test-requester = 联系要求您做这项检查的团队。他们的联系方式在您的信或表格上。
contact-pharmacy = 去任何一家药房，或者打电话给药房。不需要预约。
contact-link-worker = 请您的 GP 诊所帮您联系一位联络员（link worker）。
contact-patient-advice = 请找医院的病人咨询团队。出了问题时，他们会帮忙。
contact-nhs-111 = 拨打 NHS 111（白天晚上都可以），或者访问 111.nhs.uk。
contact-self-referral = 您自己在网上或打电话联系这项服务。可以在 NHS website（NHS 官方网站）上搜索，或者问您的 GP 诊所怎样联系。
contact-mental-health-team = 拨打您的照护计划上的电话号码。如果出现危机，请拨打 NHS 111，并选择心理健康选项。
contact-private-clinic = 联系私人诊所。他们的联系方式在您的信或账单上。
contact-urgent-care = 打电话给您去过的 A&E（急诊）或紧急治疗中心。号码在您拿到的建议单上；您也可以拨打医院的总机号码。
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = 拨打 { $phone } 联系 { $service }。
contact-local-other = 联系 { $service }。
contact-local-hours = 接听电话的时间：{ $hours }
contact-local-website = 他们的网页：{ $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
timing-clinic-letter = 门诊信什么时候送到您的 GP
timing-discharge-summary = 出院小结什么时候送到您的 GP
timing-cancer-diagnosis = NHS 争取在什么时候告诉您是不是癌症
timing-cancelled-operation = 如果手术在原定手术当天被取消，您应该在什么时候拿到新的手术日期
timing-within = { $from ->
        [appointment] 门诊就诊后
        [discharge] 出院后
        [referral] 转诊后
       *[cancellation] 从取消当天起
    } { $limit } { $unit ->
        [hours] 小时
        [days] 天
        [months] 个月
       *[weeks] 周
    }内。

# A date such as 2026年11月21日.
date = { $year }年{ $month }月{ $day }日

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = 您的信息
details-service = 这是关于：{ $service }
details-expect-by = 您应该在 { $date } 之前收到消息。
details-phone = 如果您还没有收到消息，或者有问题，请拨打 { $phone }。
details-web = 您也可以访问 { $web }。
details-broken = 您的链接里有些信息无法使用。本页的其余内容仍然适用于您。

# The Listen button on a journey page (it reads the page aloud).
listen = 朗读本页
listen-stop = 停止朗读

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = 用手机相机扫描这个二维码，可以再次打开本页。

# Desk mode: a reception screen turned to the patient.
desk-title = 请选择您的语言
desk-journeys = 请选择适合您的内容
desk-take-home = 把本页带走：用手机相机对准这个二维码。
desk-start-again = 重新开始

# The link maker, for staff at a GP practice or hospital.
make-link-title = 为病人制作链接
make-link-intro = 选择指南和病人的语言。您可以加上病人的信息。您输入的内容只保存在这台设备上。
make-link-journey = 指南
make-link-language = 病人的语言
make-link-service = 服务或门诊（可选）
make-link-start = 转诊、检查或出院的日期（可选）
make-link-wait = 病人应在多长时间内收到消息（可选）
make-link-wait-days = 天
make-link-wait-weeks = 周
make-link-wait-months = 个月
make-link-phone = 团队的电话号码（可选）
make-link-web = 团队的网页（可选）
make-link-bad-phone = 这看起来不像英国的电话号码，所以没有放进链接。
make-link-bad-web = 请使用以 https 开头的网页。这个网页没有放进链接。
make-link-link = 链接
make-link-message = 短信
make-link-characters = 字符和空格
make-link-segments = 需要发送的短信条数
make-link-unicode = 这条短信含有基本字符集以外的字符，所以每条短信能放的字符更少。
make-link-copy = 复制
make-link-copied = 已复制
make-link-qr = 这个链接的二维码
make-link-print = 打印
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }：接下来会怎样，该联系谁：{ $link }
# The same without the title, when the title would make it more than 2 texts.
sms-message-short = 接下来会怎样，该联系谁：{ $link }

not-found-title = 我们找不到这个页面
not-found-body = 链接可能有误或已经过期。这里是我们所有的指南。请选择适合您的一份。
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = 这部手机现在没有网络，本页也还没有保存在手机上。请在联网后再试一次这个链接。您以前打开过的指南仍然可以使用。

unknown-language = 我们还没有这种语言，所以本页是英文的。

# The language picker on every page.
language-picker-label = 选择您的语言
# On a guide in another language: the same guide with the English under each part, for
# someone helping the patient. Shown in the page's language and in English.
with-english-link = 阅读本指南，每一部分下面都附有英文
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = 本译文还没有经过审核。如果有任何不清楚的地方，请要求安排口译员。口译服务是免费的。
# Shown instead when qualified translators have checked every word on the page; $date is that day.
translation-checked = 合格的翻译人员已于 { $date } 审核了本译文。如果有任何不清楚的地方，请要求安排口译员。口译服务是免费的。

footer-make-link = 工作人员专用：为病人制作链接
footer-embed = 工作人员专用：把这些指南放到您的网站上
footer-not-nhs = 本指南不是由 NHS 制作的。它介绍的是 NHS 各项服务在大多数情况下怎样互相配合。
footer-privacy = 您在这里做的任何事都不会被发送到任何地方，也不会保存任何关于您的信息。

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = 抱歉，本页出了问题
panic-body = 您在本页上看到的内容仍然是正确的。如果看起来不对，请重新加载本页。
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = 从您所在地区的列表中选择一项服务
make-link-pick-none = 不选：我自己输入信息
config-none = 本网站没有本地联系信息，所以每一步都只给出一般建议。如要添加您所在地区的服务，请参阅 README。
config-loaded = 本网站显示的是 { $area } 的联系信息。
config-problems-title = 有些本地联系信息需要修正
config-problems-intro = 病人不受影响：他们看到的是上一次成功构建时的信息，或者一般建议。请修正这些问题，然后重新构建网站。
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }：文件这里的格式写得不对。请检查是否缺少逗号、引号或括号。
config-problem-unknown-field = { $field }：这不是我们认识的字段。请检查拼写。
config-problem-missing-field = { $field }：这一项必须填写。
config-problem-wrong-type = { $field }：这个值的类型不对，例如应该填文字的地方填了数字。
config-problem-version = { $field }：这里必须是 1。
config-problem-empty = { $field }：这里是空的。
config-problem-too-long = { $field }：这里太长了。请不要超过 120 个字符。
config-problem-hidden-characters = { $field }：这里有隐藏字符，可能会改变内容的读法。请重新输入。
config-problem-bad-id = { $field }：只能使用小写字母、数字和连字符，例如 skin-team。
config-problem-duplicate-id = { $field }：有两项服务使用了同一个 id。
config-problem-bad-phone = { $field }：这不是英国的电话号码。请这样写：020 7946 0000。
config-problem-not-https = { $field }：网页必须以 https 开头，不能以 http 开头。
config-problem-bad-website = { $field }：这不是网址。请这样写：https://hospital.example/clinic
config-problem-unknown-journey = { $field }：没有叫这个名字的指南。
config-problem-unknown-contact = { $field }：这不是我们认识的联系方式类型（我们认识的类型例如 hospital-team）。
config-problem-unknown-service = { $field }：列表里没有哪项服务使用这个 id。
config-problem-unknown-language = { $field }：我们没有这种语言。
config-problem-missing-english = { $field }：还必须提供英文内容（en-GB）。

# Staff: put the guides on a practice's website.
embed-title = 把这些指南放到您的网站上
embed-intro = 选择要显示的内容，然后把代码复制到您的网页里。指南会显示在您的网页中。它不会发送任何关于您网站使用者的信息。
embed-journey = 要显示的指南
embed-all-guides = 所有指南（以列表显示）
embed-language = 打开时使用的语言
embed-accent = 您网站的主色（可选）
embed-accent-hint = 在 # 后面写 6 个字母或数字，例如 #00703c。
embed-accent-bad = 这不是颜色代码。请这样写：#00703c。
embed-accent-low-contrast = 这个颜色太浅，在浅色页面上看不清。它的对比度是 { $ratio } 比 1，需要达到 4.5 比 1。请选择更深的颜色。在那之前，指南会继续使用它自己的蓝色。
embed-list = 在末尾显示其他指南的列表
embed-code = 放到您网页上的代码
embed-copy = 复制代码
embed-copied = 已复制
embed-preview = 显示效果
embed-hosting = 这段代码适用于任何允许添加框架（frame）的网站。它不需要账户，也不会设置 cookie。

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = 所有步骤一览
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = 易读版
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = 易读版（英文）
