# Journey: medicines after a hospital stay or a clinic visit.
# Structure and sources: src/journeys/medicines_after_hospital.rs

medicines-after-hospital =
    .title = Hastaneden eve döndüğünüzde ilaçlarınız
    .summary = Yeni ilaçları size kim verir, düzenli reçete listenizi kim değiştirir ve ilacınız bitmeden önce ne yapmalısınız.
    .intro = Hastanede yattığınızda veya bir hastane ekibine göründüğünüzde ilaçlarınız değişebilir. İlaçları her seferinde size kimin verdiği, listenizi kimin güncellediği ve kime soracağınız aşağıda anlatılıyor.
    .keywords = hastaneden sonra ilaçlar, yeni ilaçlar, değişen ilaçlar, kesilen ilaçlar, tabletler, hap, ilaç, düzenli reçete, repeat prescription, tekrarlanan reçete, düzenli reçete listesi, ilaç bitiyor, ilacım bitti, ilk ilaçlar, eczane, eczacı, taburcu ilaçları, kan sulandırıcı, kemoterapi, yardım hattı, hangi ilaçları alacağım

medicines-after-hospital-first-supply =
    .title = İlk ilaçları hastane verir
    .body =
        Hastanede yattıktan sonra, her yeni ilacın en az 7 günlüğüyle eve gitmelisiniz. Tedavi daha kısaysa, ilacın tamamını alırsınız.
        Klinik randevusundan sonra durum farklıdır. İlaca hemen başlamanız gerekiyorsa, hastane size GP'niz (aile hekiminiz) klinik mektubunu alana kadar yetecek kadar ilaç verir. Aksi halde, mektupta GP'nizden ilacı reçete etmesi istenir.
    .if-not = Hemen ihtiyacınız olan yeni bir ilaç olmadan ayrılmak üzereyseniz, servis (yattığınız bölüm) çalışanlarına veya kliniğe sorun. Zaten evdeyseniz, servisi veya hastane ekibini arayın.
    .ask =
        Bu ilaca hemen başlamam gerekiyor mu?
        Bana ne kadar ilaç veriyorsunuz?
        Devamını bana GP'm mi verecek, siz mi?

medicines-after-hospital-list =
    .title = İlaçlarınızın bir listesini alırsınız
    .body =
        Ayrılmadan önce servis ekibi, hangi ilaçların yeni olduğunu, hangilerinin değiştiğini ve hangilerini bırakmanız gerektiğini size söylemeli.
        Bu liste, hastanenin GP'nize gönderdiği mektupta da yer alır. Bir kopyasını isteyin.
        Bir doktor size söylemedikçe, hastanenin kestiği bir ilacı almaya devam etmeyin.
    .if-not = Hangi ilaçları alacağınızdan emin değilseniz, servisi arayın. Ya da bir eczacıya sorun.
    .ask =
        İlaçlarımdan hangileri yeni, hangileri değişti, hangileri kesildi?
        Yazılı bir liste alabilir miyim?

medicines-after-hospital-pharmacy =
    .title = Eczaneniz ilaçlarınızı kontrol edebilir
    .body =
        Hastane, yeni ilaçlarınızın bilgilerini her zamanki eczanenize gönderebilir. Sonra eczacı bunları sizinle tek tek konuşabilir.
        Eczacı yeni listenizi, daha önce aldığınız ilaçlarla karşılaştırır. Sorunları fark edebilir.
        Servisten, bilgilerinizi kullandığınız eczaneye göndermesini isteyebilirsiniz.
    .if-not = Eczaneye hastaneden bilgi gelmediyse, servisten aldığınız mektubu eczaneye götürün. Kontrol etmelerini isteyin.
    .ask =
        İlaçlarımın bilgilerini eczaneme gönderebilir misiniz?
        Eczacı yeni listemi benimle birlikte kontrol edebilir mi?

medicines-after-hospital-repeat =
    .title = GP muayenehaneniz düzenli reçete listenizi günceller
    .body =
        GP muayenehanenize hastaneden bir mektup gelir. Sonra muayenehane düzenli reçetelerinizi (repeat prescriptions) günceller.
        İlaç istemeden önce düzenli reçete listenizi kontrol edin. Listede yeni ilaçlarınızın olduğundan ve bıraktığınız ilaçların olmadığından emin olun.
        İlacınız bitmesin diye her düzenli reçeteyi zamanında isteyin.
    .if-not = Düzenli reçete listeniz yanlışsa ya da yeni ilaç listede yoksa, GP muayenehanenizle iletişime geçin. Mektup onlara henüz ulaşmadıysa, hastane ekibini veya servisi arayın.
    .ask =
        Hastaneden gelen mektubumu aldınız mı?
        Düzenli reçete listem güncel mi?

medicines-after-hospital-running-out =
    .title = İlacınız bitmek üzereyse
    .body =
        İlacınız yakında bitecekse ve mektup GP'nize ulaşmadıysa, hastane ekibini veya servisi arayın. Mektubu göndermelerini ya da size daha fazla ilaç vermelerini isteyin.
        GP muayenehaneniz kapalıysa ve bugün bir ilaca ihtiyacınız varsa, NHS 111'i arayın. İlacı bir eczaneden almanıza yardım edebilirler.
    .if-not = Kimse yardım edemiyorsa ve ilacınız olmadan kendinizi iyi hissetmiyorsanız, aynı gün NHS 111'i arayın. Acil bir durumda 999'u arayın.
    .ask =
        İlacım hafta sonu biterse ne yapmalıyım?
        Bu ilacın bir dozunu atlamak güvenli mi?

medicines-after-hospital-high-risk =
    .title = Hızlı yardım gerektiren ilaçlar
    .body =
        Bazı ilaçlarda, kendinizi hasta hissederseniz hızlı yardım gerekir. Kanser ilaçları bunlardan biridir. Kanınızı sulandıran ya da vücudunuzun mikroplarla savaşmasını zorlaştıran ilaçlar da bunlardandır.
        Hastane ekibi bu ilaçlar için size bir yardım hattı numarası vermeli. Bazı yardım hatları gece gündüz açıktır. Numarayı yanınızda taşıyın.
        Kendinizi çok kötü hissederseniz, hemen yardım hattını arayın. Acil bir durumda 999'u arayın.
    .if-not = Yardım hattı numaranız yoksa, hastane ekibini arayın ve bir numara isteyin. Kendinizi iyi hissetmiyorsanız ve onlara ulaşamıyorsanız, aynı gün NHS 111'i arayın.
    .ask =
        Bu ilaç için bir yardım hattı var mı?
        Hangi belirtilerde yardım hattını hemen aramalıyım?
