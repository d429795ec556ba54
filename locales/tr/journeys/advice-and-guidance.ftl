# Journey: your GP asked a specialist for advice.
# Structure and sources: src/journeys/advice_and_guidance.rs

advice-and-guidance =
    .title = GP'niz bir uzmandan tavsiye istedi
    .summary = GP'niz neden önce tavsiye istedi, cevabı size kim bildirir ve beklerken kimi aramalısınız.
    .intro = GP'niz (aile hekiminiz) sizin hakkınızda bir hastane uzmanından tavsiye istedi. Uzman, tek bir tür sağlık sorunu hakkında çok şey bilen bir doktordur. Bundan sonra ne olacağı ve her bölümü kimin yaptığı aşağıda anlatılıyor.
    .keywords = advice and guidance, A and G, tavsiye ve rehberlik, tavsiye, uzman tavsiyesi, GP tavsiye istedi, ikinci görüş, hastane doktoru, uzman doktor, e-referral, e-sevk, sevk geri gönderildi, sevk iade edildi, cevap bekliyorum

advice-and-guidance-asked =
    .title = GP'niz tavsiye ister
    .body =
        GP'niz, sorununuz hakkında bir uzmanın görüşünü almak ister. Bu yüzden uzmana bir soru gönderir. Bu, internet üzerinden veya telefonla olabilir.
        Buna tavsiye ve rehberlik (advice and guidance) denir. Sevkin yerine olabilir. Ya da sevkten önce gelebilir.
        Uzman, GP'nizin gönderdiklerini okur. Bu aşamada sizi görmez.
    .if-not = GP'nizin soruyu gönderdiğinden emin değilseniz, GP muayenehanenizle iletişime geçin. Sorunun gidip gitmediğini sorun.
    .ask =
        Uzmana ne soruyorsunuz?
        Cevabı bana nasıl bildireceksiniz?
        Daha sonra yine de hastaneye sevk edilebilir miyim?

advice-and-guidance-reply =
    .title = Uzman cevap yazar
    .body =
        Uzman size değil, GP'nize cevap verir.
        Bunun ne kadar süreceği hastaneye bağlıdır. Cevabı ne zaman beklediğini GP'nize sorun.
    .if-not = GP'nizin söylediği zamana kadar hiç haber almadıysanız, GP muayenehanenizle iletişime geçin. Cevabın gelip gelmediğini sorun.
    .ask =
        Sizce cevap ne zaman gelir?
        Siz mi beni arayacaksınız, yoksa ben mi sizi aramalıyım?

advice-and-guidance-worse =
    .title = Beklerken durumunuz kötüleşirse
    .body =
        Cevabı beklerken sorularınız için başvuracağınız yer GP muayenehanenizdir.
        Durumunuz çok kötüleşirse ya da sizi endişelendiren yeni belirtileriniz olursa, aynı gün GP muayenehanenizle iletişime geçin veya NHS 111'i arayın. Sadece cevabı beklemeyin.
        Acil bir durumda 999'u arayın.
        GP'niz uzmana haber verebilir ya da acil bir sevk yapabilir.
    .if-not = GP muayenehaneniz bir sonraki iş gününün sonuna kadar size dönmediyse, tekrar arayın. Kendinizi daha kötü hissederseniz, aynı gün NHS 111'i arayın.
    .ask =
        Hangi değişikliklerde sizi aramalıyım?
        Uzmana durumumun kötüleştiğini söyleyebilir misiniz?

advice-and-guidance-next =
    .title = GP'niz bundan sonra ne olacağını size söyler
    .body =
        GP'niz uzmanın ne dediğini size söyler. Sonra iki şeyden biri olur.
        GP'niz tavsiyeye göre hareket edebilir. Örneğin ilacınızı değiştirebilir veya bir test yapabilir.
        Ya da uzman soruyu bir sevke dönüştürebilir. Bu, bir hastane ekibinin sizi göreceği anlamına gelir. Sonra randevunuzu almanız için bir mektup, e-posta veya kısa mesaj alırsınız.
        Bazen GP'nizin gönderdiği bir sevk, randevu yerine bir tavsiyeyle geri gönderilir. GP'niz bunun sizin için ne anlama geldiğini size söylemeli.
        Bir kısa mesajın veya e-postanın gerçek olduğundan emin değilseniz, içindeki bağlantıyı kullanmayın. GP muayenehanenizi ya da mektubunuzdaki numarayı arayın.
    .if-not = GP'niz uzmanın ne dediğini size söylemediyse, GP muayenehanenizle iletişime geçin.
    .ask =
        Uzman ne dedi?
        Bundan sonra ne olacak ve bunu kim yapacak?
        Hastane ekibine görünmem gerekiyor mu?
