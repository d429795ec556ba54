# Journey: a hospital specialist starts a new medicine.
# Structure and sources: src/journeys/specialist_medicines.rs

specialist-medicines =
    .title = Bir hastane doktoru size yeni bir ilaç başlatır
    .summary = İlacı size kim verir, devamını kim verir ve yan etkiler ile kontroller hakkında kime sormalısınız.
    .intro = Hastanedeki bir uzman size yeni bir ilaç başlattı. Uzman, tek bir tür sağlık sorunu hakkında çok şey bilen bir doktordur. İlacı size kimin verdiği ve devamını kimin verdiği aşağıda anlatılıyor. İlaçla ilgili bir sorun olursa kime soracağınız da yazıyor.
    .keywords = reçete, tabletler, ilaç, hap, yeni ilaç, uzman ilaç başlattı, klinik ilacı, düzenli reçete, repeat prescription, ortak bakım, shared care, ortak bakım anlaşması, shared care agreement, yan etkiler, kan tahlili, takip, izlem, ilaç bitiyor, hastane reçetesi, uzman ilacı, eczane

specialist-medicines-start =
    .title = İlk ilaçları hastane verir
    .body =
        Hastanedeki bir uzman, yeni bir ilaca ihtiyacınız olduğuna karar verir.
        İlaca hemen başlamanız gerekiyorsa, ilk ilaçları hastane verir. Bunun için GP'nize (aile hekiminize) gitmeniz gerekmez.
        Hastanede yattıktan sonra, ilacın en az 7 günlüğünü alırsınız. Tedavi daha kısaysa ilacın tamamını alırsınız.
        Klinik randevusundan sonra, ilaca hemen ihtiyacınız varsa hastane size şimdilik yetecek kadar ilaç verir. Ya da klinik mektubunda GP'nizden ilacı reçete etmesi istenir.
    .if-not = Bir ilaca hemen başlamanız söylendiyse ama ilaç size verilmediyse, hastane ekibini arayın.
    .ask =
        Bu ilaç ne için?
        Bu ilacı ne zaman ve nasıl almalıyım?
        İlacı bana siz mi vereceksiniz, GP'm mi?

specialist-medicines-gp =
    .title = Bundan sonra çoğu ilacı GP'niz reçete eder
    .body =
        Çoğu ilaç için klinik mektubunda GP'nizden devamını reçete etmesi istenir. Reçete, bir ilacı almanızı sağlayan belgedir.
        GP muayenehaneniz mektubu alana kadar bekleyin. Sonra onlardan ilacı düzenli reçetelerinize (repeat prescriptions) eklemelerini isteyin.
        İlacınız bitmesin diye her düzenli reçeteyi zamanında isteyin.
    .if-not = GP muayenehaneniz mektubu almadıysa ve ilacınız yakında bitecekse, hastane ekibini arayın. Mektubu göndermelerini ya da size daha fazla ilaç vermelerini isteyin.
    .ask =
        Mektubu GP'me gönderdiniz mi?
        O zamana kadar bana ne kadar ilaç vereceksiniz?

specialist-medicines-shared-care =
    .title = Bir uzmanın kontrol etmesi gereken ilaçlar
    .body =
        Bazı ilaçların bir uzman tarafından takip edilmesi gerekir. Hastane bu ilaçlardan birini başlattıysa, ilacı size hastane vermeye devam eder.
        Bazen hastane, GP'nizden bunu devralmasını ister. Bunun için bir ortak bakım anlaşması (shared care agreement) gerekir. Bu, hastanenin, GP'nizin ve sizin birlikte kabul ettiğiniz bir plandır.
        GP'niz evet demek zorunda değildir. Herkes kabul edene kadar ilacın devamını hastane verir.
    .if-not = İlacınız bitmek üzereyse ve kimse size daha fazla vermediyse, hastane ekibini arayın. Bunu ilacınız bitmeden önce yapın.
    .ask =
        Bu ilacı bana siz mi vermeye devam edeceksiniz, GP'm mi?
        GP'm ortak bakımı kabul etti mi?
        Daha fazla ilacı nasıl isterim?

specialist-medicines-checks =
    .title = İlacınızı kontrol etmek için kan tahlilleri
    .body =
        Bazı ilaçlar için, sizin için güvenli olup olmadıklarını kontrol eden kan tahlilleri gerekir. Sizin ilacınız için gerekip gerekmediğini sorun.
        Tahlilleri kimin yapacağını ve ne sıklıkla yapılacağını sorun.
        Testi isteyen ekip sonuca bakar. Ne anlama geldiğini size söyler.
    .if-not = Bir sonuç gecikirse, testi isteyen ekiple iletişime geçin. Sonucun ne gösterdiğini sorun.
    .ask =
        Bu ilaç için kan tahlili gerekiyor mu?
        Tahlilleri kim yapıyor ve ne sıklıkla?
        Sonuçları bana kim söylüyor?

specialist-medicines-problems =
    .title = İlaçla ilgili bir sorununuz olursa
    .body =
        İlacın bir soruna yol açtığını düşünüyorsanız, ilacı başlatan hastane ekibini arayın.
        Kanser ilaçları gibi bazı ilaçların gece gündüz açık bir yardım hattı vardır. Ekip size böyle bir numara verdiyse, onu kullanın.
        Kendinizi çok kötü hissederseniz, aynı gün NHS 111'i veya GP muayenehanenizi arayın. Acil bir durumda 999'u arayın.
    .if-not = Hastane ekibi bir sonraki iş gününün sonuna kadar sizi geri aramadıysa, tekrar arayın. Kendinizi daha kötü hissederseniz, aynı gün NHS 111'i veya GP'nizi arayın.
    .ask =
        Hangi yan etkilerde sizi aramalıyım?
        Bu ilaç için bir yardım hattı var mı?
        Bir dozu atlarsam ne yapmalıyım?
