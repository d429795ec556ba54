# Journey: Your GP has referred you to a hospital team.
# Structure and sources: src/journeys/referral.rs

referral =
    .title = GP'niz sizi bir hastane ekibine gönderdi
    .summary = İlk randevunuzu kim ayarlar, beklerken kimi aramalısınız ve durumunuz kötüleşirse ne yapmalısınız.
    .intro = GP'niz (aile hekiminiz), bir hastane ekibinin sizi görmesi gerektiğini düşünüyor. Buna sevk denir. Bundan sonra ne olacağı ve her bölümü kimin yaptığı aşağıda anlatılıyor. GP'niz bunun acil olduğunu ya da kanser olabileceğini söylediyse, acil sevkler hakkındaki rehberi okuyun.
    .keywords = sevk, sevk edildim, referral, uzman, hastane mektubu, e-referral, e-sevk, randevu alma, randevu, uzman doktor, konsültan, klinik, poliklinik, bekleme listesi, rutin sevk

referral-sent =
    .title = GP'niz sevki gönderir
    .body =
        GP'niz hastane ekibine yazar. Sorunun ne olduğunu ve neden görülmeniz gerektiğini belirtir.
        GP'niz ayrıca ne kadar kısa sürede görülmeniz gerektiğini de belirtir. Sevk rutin veya acil olabilir.
        Bazen hastane önce kan tahlili gibi testler ister. Öyleyse GP'niz bu testleri sevk gönderilmeden önce yapar.
        Çoğu zaman hangi hastaneye gideceğinizi seçebilirsiniz. GP'niz sizi sevk ederken ona sorun.
    .if-not = Sevk hakkında ne zaman haber almanız gerektiğini GP'nize sorun. O zamana kadar hiç haber almadıysanız, GP muayenehanenizle iletişime geçin. Sevkin gönderilip gönderilmediğini sorun.
    .ask =
        Beni hangi hastane ekibine gönderiyorsunuz?
        Sevkim rutin mi, acil mi?
        Hangi hastaneye gideceğimi seçebilir miyim?
        Önce test yaptırmam gerekiyor mu?

referral-booking =
    .title = Randevu almanız için bir mektup, e-posta veya kısa mesaj alırsınız
    .body =
        Randevu numarası ve şifre içeren bir mektup alabilirsiniz. Bu mektubu güvenli bir yerde saklayın.
        Ya da bir e-posta veya kısa mesaj alabilirsiniz. İçinde, NHS App (NHS uygulaması) veya NHS website (NHS internet sitesi) üzerinden randevu almanız için bir bağlantı vardır.
        Bunu bir gün ve saat seçmek ya da randevu ekibini aramak için kullanın.
        NHS'ten geliyormuş gibi görünen bazı mesajlar dolandırıcılıktır. NHS, randevu için sizden ödeme yapmanızı veya banka bilgilerinizi vermenizi istemez. Emin değilseniz bağlantıyı kullanmayın. Mektubunuzdaki numarayı arayın ya da GP muayenehanenize sorun.
    .if-not = GP'nizin söylediği zamana kadar hiçbir şey gelmediyse, sevk mektubunuzdaki numarayı arayın. Mektubunuz yoksa, GP muayenehanenize sorun.
    .ask =
        Bunun yerine telefonla veya görüntülü görüşebilir miyiz?
        Yanımda birini getirebilir miyim?

referral-waiting =
    .title = İlk randevunuzu beklersiniz
    .body =
        Listedeki yerinizi hastane ekibi yönetir.
        Hastane, hâlâ görülmeniz gerekip gerekmediğini kontrol etmek için size kısa mesaj gönderebilir. Yapabiliyorsanız cevap verin. Cevap vermezseniz, hastane ekibini arayın. Sırf cevap vermediniz diye sizi listeden çıkarmazlar.
        Her hastanenin ortalama bekleme süresini My Planned Care internet sitesinde görebilirsiniz. Bu sadece bir ortalamadır.
        Randevunuz hakkında bir sorunuz varsa, hastane ekibine sorun. Sizi GP'nize geri göndermek yerine size cevap vermeliler.
    .if-not = Size söylenen zamanda hastaneden haber almadıysanız, hastane ekibini arayın.
    .ask =
        Bu ekip için bekleme süresi ne kadar?
        Planlarım değişirse kimi aramalıyım?

referral-worse =
    .title = Beklerken durumunuz kötüleşirse
    .body =
        Durumunuz çok kötüleşirse ya da sizi endişelendiren yeni belirtileriniz olursa, aynı gün GP muayenehanenizle iletişime geçin veya NHS 111'i arayın.
        Acil bir durumda 999'u arayın.
        Hastane ekibine de haber verin. Oradaki bir doktor, daha erken görülmeniz gerekip gerekmediğine bakabilir.
        GP'niz de hastaneden sizi daha erken görmesini isteyebilir ya da sevki acil yapabilir.
    .if-not = Hastane ekibi bir sonraki iş gününün sonuna kadar sizi geri aramadıysa, tekrar arayın. Kendinizi daha kötü hissediyorsanız onları beklemeyin: aynı gün GP muayenehanenizi veya NHS 111'i arayın.
    .ask =
        Hangi değişikliklerde sizi aramalıyım?
        Durumum kötüleşirse daha erken görülebilir miyim?

referral-appointment =
    .title = İlk randevunuz
    .body =
        Hastane ekibine görünürsünüz. Sizinle konuşabilir, sizi muayene edebilir veya test yapabilirler.
        Mektubunuzu, ilaçlarınızın listesini ve sorularınızı yanınızda getirin.
        Gidemeyecekseniz, randevunuzu başka birine verebilmeleri için hastane ekibine olabildiğince çabuk haber verin.
    .if-not = Randevunuz iptal edilirse, hastane ekibi size yeni bir tarih vermeli. Yeni bir tarih almadıysanız onları arayın.
    .ask =
        Sizce sorun ne?
        Bundan sonra ne olacak ve bunu kim yapacak?
        Daha sonra bir sorum olursa kimi aramalıyım?

referral-letter =
    .title = Hastane GP'nize yazar
    .body =
        Randevunuzdan sonra, GP'nizin bir şey yapması gerekiyorsa hastane ekibi GP'nize yazar. Buna klinik mektubu denir. Siz de bir kopyasını almalısınız.
    .if-not = GP muayenehaneniz belirtilen süreye kadar mektubu almadıysa, hastane ekibini arayın. Mektubu göndermelerini isteyin.
    .ask =
        Mektubun bir kopyasını alacak mıyım?
        GP'min yapması gereken bir şey var mı?

referral-after =
    .title = Hastane bundan sonra ne yapar
    .body =
        Daha fazla teste ihtiyacınız varsa, testleri hastane ekibi ister. Sonuçları size onlar söyler.
        Tekrar gelmeniz gerekiyorsa, bunun nasıl ayarlanacağını hastane ekibi size söylemeli. Bazen onlarla iletişime geçmek size kalır.
        Bağlantılı bir sorun için başka bir hastane ekibine görünmeniz gerekiyorsa, hastane sizi oraya gönderir. Önce GP'nize geri dönmeniz gerekmez.
    .if-not = Bir test veya randevu hakkında haber alacağınız söylendiyse ve haber almadıysanız, hastane ekibini arayın.
    .ask =
        Sizi tekrar görmem gerekiyor mu?
        Randevuyu siz mi ayarlayacaksınız, yoksa ben mi sizinle iletişime geçmeliyim?
        Test sonuçlarımı bana kim söyleyecek?
