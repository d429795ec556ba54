# Words used on every page: the frame around the journeys.
# 每一頁都會用到的字詞：指南以外的網站框架。

site-name = 下一步怎樣？
site-tagline = 當你的護理在你的GP（家庭醫生）和醫院之間轉移時，誰負責做甚麼。
skip-to-content = 跳到主要內容
home-link = 所有指南

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = 現在需要幫助？
safety-emergency = 如遇緊急情況，請致電{ -emergency-number }。
safety-urgent = { $audience ->
        [parent] 如果你或你的孩子感到不適，而你不確定應該怎樣做，請致電{ -urgent-number }或你的GP診所。
       *[other] 如果你感到不適，又不確定應該怎樣做，請致電{ -urgent-number }或你的GP診所。
    }
safety-online = 你也可以上網瀏覽111.nhs.uk。
safety-mental-health = 如遇精神健康危機，請致電{ -urgent-number }，並選擇精神健康的選項。
safety-deaf = 如果你是聾人，可以透過Relay UK致電18001 111，或使用NHS 111和999的BSL（英國手語）服務。
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = 這些指南講的是英格蘭的NHS（英國國民保健服務）服務。在威爾斯、蘇格蘭和北愛爾蘭，有些事情的做法不同。

home-title = 你的護理下一步會怎樣？
home-intro = 請選擇適合你的指南。每份指南都會說明每一步由誰負責，以及怎樣聯絡他們。

# The search box on the home page.
search-label = 搜尋指南
search-hint = 例如：驗血、病假證明、處方。
search-results = { $count ->
        [0] 沒有相符的指南。請試試其他字詞，或在下面的列表中選擇。
       *[other] 有{ $count }份指南相符。
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = 我 你 他 她 我的 你的 的 了 是 在 有 和 與 及 或 或者 嗎 呢 吧 甚麼 什麼 怎樣 如何 點樣 誰 何時 幾時 為甚麼 為什麼 可以 會 要 這 那 這個 那個 關於 一個

# Group headings on the home page: the question people start from.
topic-referred = 我被轉介了
topic-waiting = 我正在輪候
topic-test = 我做了檢查
topic-after-appointment = 我去過醫院應診
topic-leaving-hospital = 我快要出院
topic-medicines-fit-notes = 藥物和病假證明
topic-child = 這是關於我的孩子
topic-mental-health = 這是關於我的精神健康
topic-gp-practice = 向我的GP診所求助，或不經GP診所求助

journey-steps-heading = 一步一步發生的事
# Under a guide shown inside a practice's website.
journey-more-guides = 我們的其他指南
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = 我們在{ $date }根據公開資料寫成這一頁。醫護人員還未檢查過這一頁。
journey-reviewed = 醫護人員{ $reviewer }在{ $date }檢查過這一頁。
step-number = 第{ $number }步
step-who = 由誰負責
step-contact = 怎樣聯絡他們
step-if-not = 如果這件事沒有發生
step-ask = 你可以問的問題

# Who is responsible for a step.
who-gp-practice = 你的GP診所
who-hospital-team = 醫院團隊
who-patient-or-parent = { $audience ->
        [parent] 你（家長或照顧者）
       *[other] 你
    }
who-pharmacy = 你附近的藥房
who-nhs-111 = NHS 111
who-mental-health-team = 精神健康團隊
who-private-clinic = 私家診所
who-other = 其他人：步驟內會說明是誰

# How to reach whoever is responsible.
contact-hospital-team = 打電話給醫院團隊。他們的電話號碼在你收到的信件或短訊上。
contact-referral-booking = 使用短訊或電郵裏的連結，或致電信件上的號碼。
contact-gp-practice = 致電你的GP診所、使用診所的網上表格，或到診所的接待處。
contact-hospital-ward = 離開前先問病房職員。之後，請致電病房給你的信件上的號碼。
contact-test-requester = 聯絡要求你做檢查的團隊。他們的聯絡資料在你的信件或表格上。
contact-pharmacy = 親身去或致電任何一間藥房。你不需要預約。
contact-link-worker = 請你的GP診所為你聯繫一位社區聯絡員（link worker）。
contact-patient-advice = 要求聯絡醫院的病人諮詢團隊。事情出錯時，他們會幫忙。
contact-nhs-111 = 日間或晚上都可以致電NHS 111，或瀏覽111.nhs.uk。
contact-self-referral = 自己在網上或用電話聯絡該服務。你可以在NHS網站上搜尋，或問你的GP診所怎樣聯絡。
contact-mental-health-team = 使用你的護理計劃上的電話號碼。如遇危機，請致電NHS 111，並選擇精神健康的選項。
contact-private-clinic = 聯絡私家診所。他們的聯絡資料在你的信件或帳單上。
contact-urgent-care = 致電你去過的A&E（急症室）或緊急治療中心。號碼在你收到的建議單張上，你也可以致電醫院的總機號碼。
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = 致電{ $service }，電話號碼：{ $phone }。
contact-local-other = 聯絡{ $service }。
contact-local-hours = 接聽電話的時間：{ $hours }
contact-local-website = 他們的網頁：{ $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
timing-clinic-letter = 門診信件何時送到你的GP
timing-discharge-summary = 出院摘要何時送到你的GP
timing-cancer-diagnosis = NHS的目標是何時告訴你是不是癌症
timing-cancelled-operation = 如果手術在當天被取消，你應該何時得到新的手術日期
timing-within = 在{ $from ->
        [appointment] 你應診後
        [discharge] 你出院後
        [referral] 轉介後
       *[cancellation] 手術被取消當天之後
    }{ $limit }{ $unit ->
        [hours] 小時
        [days] 天
        [months] 個月
       *[weeks] 個星期
    }內。

# A date such as 21 November 2026.
date = { $year }年{ $month ->
        [1] 1月
        [2] 2月
        [3] 3月
        [4] 4月
        [5] 5月
        [6] 6月
        [7] 7月
        [8] 8月
        [9] 9月
        [10] 10月
        [11] 11月
       *[12] 12月
    }{ $day }日

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = 你的資料
details-service = 這是關於：{ $service }
details-expect-by = 你應該在{ $date }或之前收到消息。
details-phone = 如果你還未收到消息，或者有問題，請致電{ $phone }。
details-web = 你也可以瀏覽{ $web }。
details-broken = 你的連結裏有部分資料無法使用。這一頁的其他內容仍然適用於你。

# The Listen button on a journey page (it reads the page aloud).
listen = 收聽這一頁
listen-stop = 停止朗讀

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = 用手機相機掃描這個QR碼，就可以再次打開這一頁。

# Desk mode: a reception screen turned to the patient.
desk-title = 選擇你的語言
desk-journeys = 選擇適合你的內容
desk-take-home = 把這一頁帶走：將你的手機相機對準這個QR碼。
desk-start-again = 重新開始

# The link maker, for staff at a GP practice or hospital.
make-link-title = 為病人製作連結
make-link-intro = 選擇指南和病人的語言。你可以加入病人的資料。你輸入的內容只會留在這部裝置上。
make-link-journey = 指南
make-link-language = 病人的語言
make-link-service = 服務或診所（可選填）
make-link-start = 轉介、檢查或出院的日期（可選填）
make-link-wait = 病人應在多久內收到消息（可選填）
make-link-wait-days = 天
make-link-wait-weeks = 星期
make-link-wait-months = 個月
make-link-phone = 團隊的電話號碼（可選填）
make-link-web = 團隊的網頁（可選填）
make-link-bad-phone = 這看來不是英國的電話號碼，所以沒有放進連結。
make-link-bad-web = 請使用以https開頭的網頁。這個網頁沒有放進連結。
make-link-link = 連結
make-link-message = 短訊
make-link-characters = 字數（包括空格）
make-link-segments = 需要的短訊數目
make-link-unicode = 這則短訊有基本字元集以外的字元，所以每則短訊可容納的字數較少。
make-link-copy = 複製
make-link-copied = 已複製
make-link-qr = 這個連結的QR碼
make-link-print = 列印
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }：接下來會怎樣，以及應該聯絡誰：{ $link }
# The same without the title, when the title would make it more than 2 texts.
sms-message-short = 接下來會怎樣，以及應該聯絡誰：{ $link }

not-found-title = 我們找不到這一頁
not-found-body = 連結可能有錯或已經過時。以下是我們所有的指南。請選擇適合你的一份。
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = 這部手機現在沒有連接互聯網，而這一頁還未儲存在手機上。請在連接互聯網後再試一次這個連結。你以前打開過的指南仍然可以使用。

unknown-language = 我們暫時未有這種語言，所以這一頁以英文顯示。

# The language picker on every page.
language-picker-label = 選擇你的語言
# On a guide in another language: the same guide with the English under each part, for
# someone helping the patient. Shown in the page's language and in English.
with-english-link = 閱讀這份指南，每一部分下面附有英文
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = 這份翻譯還未經過檢查。如果有任何不清楚的地方，請要求傳譯員協助。傳譯服務是免費的。
# Shown instead when qualified translators have checked every word on the page; $date is that day.
translation-checked = 合資格的翻譯員已在{ $date }檢查過這份翻譯。如果有任何不清楚的地方，請要求傳譯員協助。傳譯服務是免費的。

footer-make-link = 職員專用：為病人製作連結
footer-embed = 職員專用：把這些指南放上你的網站
footer-not-nhs = 這份指南不是由NHS製作的。它說明NHS的各項服務在大多數情況下怎樣互相配合。
footer-privacy = 你在這裏做的任何事，都不會傳送到任何地方，也不會儲存任何關於你的資料。

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = 對不起，這一頁出了問題
panic-body = 你在這一頁看到的內容仍然正確。如果看起來有錯，請重新載入這一頁。
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = 從你所在地區的列表中選擇一項服務
make-link-pick-none = 不選擇：我會自己輸入資料
config-none = 這個網站沒有本地聯絡資料，所以每一步只會提供一般建議。如要加入你所在地區的服務，請參閱README。
config-loaded = 這個網站顯示{ $area }的聯絡資料。
config-problems-title = 部分本地聯絡資料需要修正
config-problems-intro = 病人不受影響：他們會看到上一次成功建置時的資料，或一般建議。請修正以下問題，然後重新建置網站。
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }：這裏的檔案格式不正確。請檢查是否漏了逗號、引號或括號。
config-problem-unknown-field = { $field }：這不是我們認識的欄位。請檢查拼寫。
config-problem-missing-field = { $field }：這一項必須填寫。
config-problem-wrong-type = { $field }：這個值的類型不對，例如應該是文字的地方填了數字。
config-problem-version = { $field }：這一項必須是1。
config-problem-empty = { $field }：這一項是空白的。
config-problem-too-long = { $field }：這一項太長。請少於120個字元。
config-problem-hidden-characters = { $field }：這一項有隱藏字元，可能會改變顯示的內容。請重新輸入。
config-problem-bad-id = { $field }：只可以使用小寫英文字母、數字和連字號，例如skin-team。
config-problem-duplicate-id = { $field }：有兩項服務使用同一個id。
config-problem-bad-phone = { $field }：這不是英國的電話號碼。請這樣寫：020 7946 0000。
config-problem-not-https = { $field }：網頁必須以https開頭，而不是http。
config-problem-bad-website = { $field }：這不是網址。請這樣寫：https://hospital.example/clinic。
config-problem-unknown-journey = { $field }：沒有這個名稱的指南。
config-problem-unknown-contact = { $field }：這不是我們認識的聯絡類型，例如hospital-team。
config-problem-unknown-service = { $field }：列表中沒有服務使用這個id。
config-problem-unknown-language = { $field }：我們沒有這種語言。
config-problem-missing-english = { $field }：這些字詞也必須有英文版本（en-GB）。

# Staff: put the guides on a practice's website.
embed-title = 把這些指南放上你的網站
embed-intro = 選擇要顯示的內容，然後把代碼複製到你的網頁。指南會在你的網頁內顯示。它不會傳送任何關於你網站使用者的資料。
embed-journey = 要顯示的指南
embed-all-guides = 所有指南（以列表顯示）
embed-language = 打開時使用的語言
embed-accent = 你網站的主色（可選填）
embed-accent-hint = #號後面的六個字母或數字，例如#00703c。
embed-accent-bad = 這不是顏色代碼。請這樣寫：#00703c。
embed-accent-low-contrast = 這個顏色太淺，在淺色頁面上難以閱讀。它的對比度是{ $ratio }比1，但需要達到4.5比1。請選擇較深的顏色。在此之前，指南會繼續使用它自己的藍色。
embed-list = 在最後顯示其他指南的列表
embed-code = 網頁代碼
embed-copy = 複製代碼
embed-copied = 已複製
embed-preview = 顯示效果
embed-hosting = 這段代碼適用於任何容許加入框架（frame）的網站。它不需要帳戶，也不會設定cookie。

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = 所有步驟一覽
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = 易讀版
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = 易讀版（英文）
