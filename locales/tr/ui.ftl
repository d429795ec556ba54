# Words used on every page: the frame around the journeys.
# Turkish (tr): formal "siz" throughout. GP = aile hekimi, explained in brackets once.

site-name = Şimdi ne olacak?
site-tagline = Bakımınız GP'niz (aile hekiminiz) ile hastane arasında geçerken kim ne yapar?
skip-to-content = Ana içeriğe geç
home-link = Tüm rehberler

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = Hemen yardım mı gerekiyor?
safety-emergency = Acil bir durumda { -emergency-number } numarasını arayın.
safety-urgent = { $audience ->
        [parent] Siz veya çocuğunuz hastaysanız ve ne yapacağınızdan emin değilseniz, { -urgent-number } hattını ya da GP muayenehanenizi arayın.
       *[other] Hastaysanız ve ne yapacağınızdan emin değilseniz, { -urgent-number } hattını ya da GP muayenehanenizi arayın.
    }
safety-online = Ya da internetten 111.nhs.uk adresine gidin.
safety-mental-health = Ruh sağlığı krizinde { -urgent-number } hattını arayın ve ruh sağlığı seçeneğini seçin.
safety-deaf = Sağırsanız, Relay UK üzerinden 18001 111 numarasını arayın ya da NHS 111 ve 999 BSL (İngiliz İşaret Dili) hizmetlerini kullanın.
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = Bu rehberler İngiltere'deki NHS hizmetleri hakkındadır. Galler, İskoçya ve Kuzey İrlanda'da bazı şeyler farklı işler.

home-title = Bakımınızda bundan sonra ne olacak?
home-intro = Size uyan rehberi seçin. Her rehber, her adımı kimin yaptığını ve onlara nasıl ulaşacağınızı anlatır.

# The search box on the home page.
search-label = Rehberlerde arayın
search-hint = Örneğin: kan tahlili, rapor, reçete.
search-results = { $count ->
        [0] Eşleşen rehber yok. Başka kelimeler deneyin ya da aşağıdaki listeden seçin.
        [one] 1 rehber eşleşiyor.
       *[other] { $count } rehber eşleşiyor.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = bir ve ile veya ya da de da mi mı mu mü ne neden niçin nasıl kim kimi kime hangi zaman ben beni bana benim sen siz sizin bu şu o için gibi ama çok daha var yok olan oldu ki şey nedir midir mıdır

# Group headings on the home page: the question people start from.
topic-referred = Sevk edildim
topic-waiting = Bekliyorum
topic-test = Test yaptırdım
topic-after-appointment = Hastanede bir randevuya gittim
topic-leaving-hospital = Hastaneden çıkıyorum
topic-medicines-fit-notes = İlaçlar ve iş göremezlik raporları (fit note)
topic-child = Çocuğumla ilgili
topic-mental-health = Ruh sağlığımla ilgili
topic-gp-practice = GP muayenehanemden ya da onsuz yardım almak

journey-steps-heading = Adım adım neler olur
# Under a guide shown inside a practice's website.
journey-more-guides = Diğer rehberlerimiz
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = Bu sayfayı { $date } tarihinde, herkese açık kaynaklardan yararlanarak yazdık. Henüz bir sağlık uzmanı kontrol etmedi.
journey-reviewed = Bir sağlık uzmanı, { $reviewer }, bu sayfayı { $date } tarihinde kontrol etti.
step-number = Adım { $number }
step-who = Bunu kim yapar
step-contact = Onlara nasıl ulaşırsınız
step-if-not = Bu olmazsa
step-ask = Sorabileceğiniz sorular

# Who is responsible for a step.
who-gp-practice = GP muayenehaneniz
who-hospital-team = Hastane ekibi
who-patient-or-parent = { $audience ->
        [parent] Siz, yani ebeveyn veya bakım veren kişi
       *[other] Siz
    }
who-pharmacy = Size yakın bir eczane
who-nhs-111 = NHS 111
who-mental-health-team = Ruh sağlığı ekibi
who-private-clinic = Özel klinik
who-other = Başka biri: adımda kim olduğu yazıyor

# How to reach whoever is responsible.
contact-hospital-team = Hastane ekibini arayın. Numaraları mektubunuzda veya kısa mesajınızda yazar.
contact-referral-booking = Kısa mesajınızdaki veya e-postanızdaki bağlantıyı kullanın ya da mektubunuzdaki numarayı arayın.
contact-gp-practice = GP muayenehanenizi arayın, internetteki formunu kullanın ya da danışmaya gidin.
contact-hospital-ward = Hastaneden ayrılmadan önce servis (yattığınız bölüm) çalışanlarına sorun. Ayrıldıktan sonra, servisten aldığınız mektuptaki numarayı arayın.
contact-test-requester = Testi isteyen ekiple iletişime geçin. Bilgileri mektubunuzda veya formunuzda yazar.
contact-pharmacy = Herhangi bir eczaneye gidin ya da eczaneyi arayın. Randevu almanız gerekmez.
contact-link-worker = GP muayenehanenizden sizi bir bağlantı görevlisiyle (link worker) görüştürmesini isteyin.
contact-patient-advice = Hastanenin hasta danışma ekibini isteyin. İşler ters gittiğinde yardım ederler.
contact-nhs-111 = Gece veya gündüz NHS 111'i arayın ya da 111.nhs.uk adresine gidin.
contact-self-referral = Hizmete kendiniz, internetten veya telefonla başvurun. Hizmeti NHS website (NHS internet sitesi) üzerinde arayın ya da ona nasıl ulaşacağınızı GP muayenehanenize sorun.
contact-mental-health-team = Bakım planınızdaki telefon numarasını kullanın. Kriz anında NHS 111'i arayın ve ruh sağlığı seçeneğini seçin.
contact-private-clinic = Özel klinikle iletişime geçin. Bilgileri mektubunuzda veya faturanızda yazar.
contact-urgent-care = Gittiğiniz A&E (acil servis) bölümünü ya da acil tedavi merkezini arayın. Numara size verilen bilgi kağıdında yazar. Ya da hastanenin ana numarasını arayın.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = { $service } için { $phone } numarasını arayın.
contact-local-other = { $service } ile iletişime geçin.
contact-local-hours = Telefona cevap verilen saatler: { $hours }
contact-local-website = İnternet sayfaları: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
# Turkish puts the starting point first, then the number and unit. Nouns do not change after numbers.
timing-clinic-letter = Klinik mektubu GP'nize ne zaman ulaşır
timing-discharge-summary = Taburcu özeti GP'nize ne zaman ulaşır
timing-cancer-diagnosis = NHS, kanser olup olmadığınızı size ne zamana kadar söylemeyi hedefler
timing-cancelled-operation = Ameliyatınız, yapılacağı gün iptal edildiyse, ne zamana kadar yeni bir tarihiniz olmalı
timing-within = { $from ->
        [appointment] Klinik randevunuzdan
        [discharge] Hastaneden çıkışınızdan
        [referral] Sevkten
       *[cancellation] İptal edildiği günden
    } sonraki { $limit } { $unit ->
        [hours] { $limit ->
            [one] saat
           *[other] saat
        }
        [days] { $limit ->
            [one] gün
           *[other] gün
        }
        [months] { $limit ->
            [one] ay
           *[other] ay
        }
       *[weeks] { $limit ->
            [one] hafta
           *[other] hafta
        }
    } içinde.

# A date such as 21 Kasım 2026.
date = { $day } { $month ->
        [1] Ocak
        [2] Şubat
        [3] Mart
        [4] Nisan
        [5] Mayıs
        [6] Haziran
        [7] Temmuz
        [8] Ağustos
        [9] Eylül
        [10] Ekim
        [11] Kasım
       *[12] Aralık
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = Bilgileriniz
details-service = Konu: { $service }
details-expect-by = { $date } tarihine kadar haber almış olmanız gerekir.
details-phone = Haber almadıysanız ya da bir sorunuz varsa { $phone } numarasını arayın.
details-web = Ayrıca şu adrese de gidebilirsiniz: { $web }
details-broken = Bağlantınızdaki bazı bilgiler kullanılamadı. Bu sayfanın geri kalanı sizin için yine de doğru.

# The Listen button on a journey page (it reads the page aloud).
listen = Bu sayfayı dinleyin
listen-stop = Okumayı durdur

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = Bu sayfayı yeniden açmak için bu kodu telefonunuzun kamerasıyla tarayın.

# Desk mode: a reception screen turned to the patient.
desk-title = Dilinizi seçin
desk-journeys = Size uyanı seçin
desk-take-home = Bu sayfayı yanınızda götürün: telefonunuzun kamerasını bu koda tutun.
desk-start-again = Baştan başla

# The link maker, for staff at a GP practice or hospital.
make-link-title = Hasta için bağlantı oluşturun
make-link-intro = Rehberi ve hastanın dilini seçin. Hastanın bilgilerini ekleyebilirsiniz. Yazdıklarınız bu cihazda kalır.
make-link-journey = Rehber
make-link-language = Hastanın dili
make-link-service = Hizmet veya klinik (isterseniz)
make-link-start = Sevkin, testin veya taburculuğun tarihi (isterseniz)
make-link-wait = Hastanın ne kadar süre içinde haber alması gerektiği (isterseniz)
make-link-wait-days = gün
make-link-wait-weeks = hafta
make-link-wait-months = ay
make-link-phone = Ekibin telefon numarası (isterseniz)
make-link-web = Ekibin internet sayfası (isterseniz)
make-link-bad-phone = Bu bir Birleşik Krallık telefon numarasına benzemiyor, bu yüzden bağlantıya eklenmedi.
make-link-bad-web = https ile başlayan bir internet sayfası kullanın. Bu sayfa bağlantıya eklenmedi.
make-link-link = Bağlantı
make-link-message = Kısa mesaj
make-link-characters = Harfler ve boşluklar
make-link-segments = Kaç mesaj tutacağı
make-link-unicode = Bu mesajda temel karakter setinde olmayan harfler var, bu yüzden her mesaja daha az harf sığar.
make-link-copy = Kopyala
make-link-copied = Kopyalandı
make-link-qr = Bu bağlantının QR kodu
make-link-print = Yazdır
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: sırada ne var, kime başvurmalı: { $link }
# The same without the title, when the title would make it more than 2 texts.
sms-message-short = Sırada ne var, kime başvurmalı: { $link }

not-found-title = Bu sayfayı bulamıyoruz
not-found-body = Bağlantı yanlış veya eski olabilir. İşte tüm rehberlerimiz. Size uyanı seçin.
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = Bu telefonda şu anda internet yok ve bu sayfa henüz telefona kaydedilmedi. İnternete bağlandığınızda bağlantıyı yeniden deneyin. Daha önce açtığınız rehberler yine çalışır.

unknown-language = Bu dil henüz bizde yok, bu yüzden bu sayfa İngilizce.

# The language picker on every page.
language-picker-label = Dilinizi seçin
# On a guide in another language: the same guide with the English under each part, for
# someone helping the patient. Shown in the page's language and in English.
with-english-link = Bu rehberi, her bölümün altında İngilizcesiyle birlikte okuyun
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = Bu çeviri henüz kontrol edilmedi. Anlaşılmayan bir şey olursa bir tercüman isteyin. Tercüman ücretsizdir.
# Shown instead when qualified translators have checked every word on the page; $date is that day.
translation-checked = Nitelikli çevirmenler bu çeviriyi { $date } tarihinde kontrol etti. Anlaşılmayan bir şey olursa bir tercüman isteyin. Tercüman ücretsizdir.

footer-make-link = Çalışanlar için: hasta için bağlantı oluşturun
footer-embed = Çalışanlar için: bu rehberleri internet sitenize ekleyin
footer-not-nhs = Bu rehberi NHS hazırlamadı. Rehber, NHS hizmetlerinin çoğu zaman birlikte nasıl işlediğini anlatır.
footer-privacy = Burada yaptığınız hiçbir şey bir yere gönderilmez. Sizinle ilgili hiçbir şey saklanmaz.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = Üzgünüz, bu sayfada bir sorun oluştu
panic-body = Bu sayfada gördükleriniz hâlâ doğru. Yanlış görünüyorsa sayfayı yeniden yükleyin.
# Always in English: a link to this page in English.
panic-english = Bu sayfayı İngilizce açın

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = Bölgenizin listesinden bir hizmet seçin
make-link-pick-none = Hiçbiri: bilgileri ben yazacağım
config-none = Bu sitede yerel iletişim bilgisi yok, bu yüzden her adımda genel tavsiye verilir. Bölgenizin hizmetlerini eklemek için README dosyasına bakın.
config-loaded = Bu site { $area } için iletişim bilgilerini gösteriyor.
config-problems-title = Bazı yerel iletişim bilgilerinin düzeltilmesi gerekiyor
config-problems-intro = Hastalar etkilenmez: son sorunsuz derlemedeki bilgileri ya da genel tavsiyeyi görürler. Bunları düzeltin, sonra siteyi yeniden derleyin.
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: dosya burada doğru yazılmamış. Eksik bir virgül, tırnak işareti veya parantez arayın.
config-problem-unknown-field = { $field }: bu, bildiğimiz bir alan değil. Yazımını kontrol edin.
config-problem-missing-field = { $field }: bu alan doldurulmalı.
config-problem-wrong-type = { $field }: bu yanlış türde bir değer, örneğin kelime olması gereken yerde bir sayı.
config-problem-version = { $field }: bu 1 olmalı.
config-problem-empty = { $field }: bu boş.
config-problem-too-long = { $field }: bu çok uzun. 120 harften kısa tutun.
config-problem-hidden-characters = { $field }: bunda, okunuşunu değiştirebilecek gizli karakterler var. Yeniden yazın.
config-problem-bad-id = { $field }: yalnızca küçük harf, rakam ve tire kullanın, örneğin skin-team.
config-problem-duplicate-id = { $field }: iki hizmetin kimliği (id) aynı.
config-problem-bad-phone = { $field }: bu bir Birleşik Krallık telefon numarası değil. Şöyle yazın: 020 7946 0000.
config-problem-not-https = { $field }: internet sayfası http ile değil, https ile başlamalı.
config-problem-bad-website = { $field }: bu bir internet adresi değil. Şöyle yazın: https://hospital.example/clinic.
config-problem-unknown-journey = { $field }: bu adda bir rehber yok.
config-problem-unknown-contact = { $field }: bu, bildiğimiz bir iletişim türü değil. Örnek: hospital-team.
config-problem-unknown-service = { $field }: listedeki hiçbir hizmetin kimliği (id) bu değil.
config-problem-unknown-language = { $field }: bu dil bizde yok.
config-problem-missing-english = { $field }: kelimeler İngilizce olarak da, en-GB olarak verilmeli.

# Staff: put the guides on a practice's website.
embed-title = Bu rehberleri internet sitenize ekleyin
embed-intro = Ne göstereceğinizi seçin, sonra kodu internet sayfanıza kopyalayın. Rehberler sizin sayfanızın içinde görünür. Kod, sitenizi kullanan kişiler hakkında hiçbir şey göndermez.
embed-journey = Gösterilecek rehber
embed-all-guides = Tüm rehberler, liste olarak
embed-language = Açılacağı dil
embed-accent = İnternet sitenizin ana rengi (isterseniz)
embed-accent-hint = # işaretinden sonra altı harf veya rakam, örneğin #00703c.
embed-accent-bad = Bu bir renk kodu değil. Şöyle yazın: #00703c.
embed-accent-low-contrast = Bu renk, açık renkli bir sayfada okunamayacak kadar açık. Kontrast oranı { $ratio }:1, ama en az 4.5:1 olmalı. Daha koyu bir renk seçin. O zamana kadar rehber kendi mavi rengini kullanır.
embed-list = Sonda diğer rehberlerin listesini göster
embed-code = İnternet sayfanız için kod
embed-copy = Kodu kopyala
embed-copied = Kopyalandı
embed-preview = Nasıl görünecek
embed-hosting = Kod, çerçeve (frame) eklemenize izin veren her internet sitesinde çalışır. Hesap gerektirmez ve çerez kullanmaz.

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = Adımlara kısa bir bakış
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = Kolay okunur sürüm
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = Kolay okunur sürüm (İngilizce)
