# Journey: an urgent referral, including when cancer is possible.
# Structure and sources: src/journeys/urgent_referral.rs

urgent-referral =
    .title = GP'niz sizi acilen hastaneye gönderdi
    .summary = GP'niz sizi hızla hastaneye gönderdiğinde ne olur ve hiç haber almazsanız kimi aramalısınız.
    .intro = GP'niz (aile hekiminiz), bir hastane ekibinin sizi yakında görmesini istiyor. Buna acil sevk denir. GP'niz bunun kanser kontrolü için olduğunu söylemiş olabilir. Bu şekilde gönderilen kişilerin çoğunda kanser çıkmaz. Bundan sonra ne olacağı ve her bölümü kimin yaptığı aşağıda anlatılıyor.
    .keywords = acil sevk, acil, kanser şüphesi, kanser, kanser olabilir mi, kanser kontrolü, iki hafta bekleme, 2 hafta bekleme, two week wait, hızlı yol, daha hızlı tanı, doğrudan teste, yumru, kitle, yakında görüntüleme, hastane beni arayacak, bilinmeyen numara, biyopsi

urgent-referral-sent =
    .title = GP'niz acil bir sevk gönderir
    .body =
        GP'niz hastane ekibine yazar ve sevki acil olarak işaretler. GP'niz nedenini size söylemeli.
        Sevk aciledir, böylece ciddi bir şey varsa hızla bulunur ya da olmadığı anlaşılır.
        Bazen bir uzmana görünmeden önce doğrudan görüntüleme (scan) gibi bir teste gidersiniz.
        GP muayenehanenizde doğru telefon numaranızın ve adresinizin olduğundan emin olun.
    .if-not = Sevkin gönderildiğinden emin değilseniz, bir sonraki iş günü GP muayenehanenizle iletişime geçin ve sorun.
    .ask =
        Beni neden acilen gönderiyorsunuz?
        Nasıl bir test veya randevu beklemeliyim?
        Bununla ilgili bir broşür alabilir miyim?

urgent-referral-contact =
    .title = Hastane kısa süre içinde sizinle iletişime geçer
    .body =
        Hastane genellikle birkaç gün içinde sizinle iletişime geçer. Bu telefonla, kısa mesajla veya mektupla olabilir.
        Tanımadığınız numaralardan gelen aramalara cevap verin ve mesajlarınızı kontrol edin. Kısa süre önceden haber verilse bile gidebilecek durumda olmaya çalışın.
    .if-not = Bir hafta sonra hâlâ kimse sizinle iletişime geçmediyse, GP muayenehanenizi arayın. Hastanenin sevki aldığını kontrol etmelerini isteyin. Hastanenin randevu ekibini de arayabilirsiniz.
    .ask =
        Hastaneden ne zaman haber almalıyım?
        Bana verdiğiniz günde gidemezsem kimi aramalıyım?

urgent-referral-tests =
    .title = Hastane ekibi testler yapar
    .body =
        Hastane ekibi görüntüleme, kan tahlili veya kamerayla yapılan bir test gibi testler yapabilir. Her testin ne için olduğunu size söylerler.
        NHS, sevkten sonraki 28 gün içinde size kanser olup olmadığınızı söylemeyi hedefler. Çoğu kişiye daha erken söylenir.
        Daha uzun sürerse, hastane ekibi nedenini ve bundan sonra ne olacağını size söylemeli.
    .if-not = Ekibin söylediği zamanda bir sonuç hakkında haber almadıysanız, hastane ekibini arayın.
    .ask =
        Bu test ne için?
        Sonucu ne zaman alacağım ve bana kim söyleyecek?

urgent-referral-result =
    .title = Hastane ekibi sonucu size söyler
    .body =
        Sonucu size hastane ekibi söyler. GP'nize de yazarlar.
        Kanser değilse, bundan sonra ne olacağını size söylerler. Onlara tekrar görünmeniz gerekmeyebilir. Ya da sizi başka bir ekibe gönderebilirler.
        Kanserse, size uzman bir ekip bakar. Size, iletişime geçebileceğiniz belirli bir kişi verilir. Bu çoğu zaman uzman bir hemşiredir.
    .if-not = Sonucunuz size söylenmediyse, hastane ekibini arayın. GP'nizin size söylemesini beklemeyin.
    .ask =
        Sorularım olursa kiminle iletişime geçmeliyim?
        Tekrar gelmem gerekiyor mu?
        İleride nelere dikkat etmeliyim?

urgent-referral-worse =
    .title = Beklerken durumunuz kötüleşirse
    .body =
        Durumunuz çok kötüleşirse ya da sizi endişelendiren yeni belirtileriniz olursa, aynı gün GP muayenehanenizle iletişime geçin veya NHS 111'i arayın.
        Acil bir durumda 999'u arayın.
        Bilgileri olsun diye hastane ekibine de haber verin.
    .if-not = Hastane ekibi bir sonraki iş gününün sonuna kadar sizi geri aramadıysa, tekrar arayın. Kendinizi daha kötü hissederseniz, aynı gün GP muayenehanenizi veya NHS 111'i arayın.
    .ask =
        Hangi değişikliklerde sizi aramalıyım?
        Geceleri veya hafta sonu kimi aramalıyım?
