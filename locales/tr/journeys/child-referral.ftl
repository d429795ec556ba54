# Journey: your child is sent to a children's doctor. Written for parents and carers.
# Structure and sources: src/journeys/child_referral.rs

child-referral =
    .title = Çocuğunuz bir çocuk doktoruna gönderiliyor
    .summary = Çocuğunuzun randevusunu kim ayarlar, beklerken kimi aramalısınız ve sonuçları size kim söyler.
    .intro = GP'niz (aile hekiminiz), çocuğunuzun bakımına hastanedeki bir çocuk doktorunun yardım etmesini istiyor. Ebeveyn veya bakım veren kişi olarak, çocuğunuzla ilgili neler olduğu size anlatılır. Bundan sonra ne olacağı ve her bölümü kimin yaptığı aşağıda anlatılıyor.
    .keywords = çocuk, çocuklar, çocuğum, oğlum, kızım, bebek, bebeğim, pediatri, pediatri uzmanı, paediatrician, çocuk doktoru, çocuk hastanesi, çocuk sevki, sevk, hastane mektubu, randevu, bekleme listesi, ebeveyn, anne, baba, bakım veren, çocuk daha hasta, çocuğun durumu kötüleşiyor

child-referral-advice =
    .title = GP'niz önce bir çocuk doktorundan tavsiye isteyebilir
    .body =
        Çocuk doktoruna pediatri uzmanı (paediatrician) da denir. GP'niz önce çocuğunuz hakkında bir çocuk doktorundan tavsiye isteyebilir. Bu, telefonla veya internet üzerinden olabilir.
        Bazı bölgelerde bir çocuk doktoru, çocukları görmek için GP muayenehanelerine gelir. Bazı çocuklara evde bir hastane ekibi bakabilir.
        Tavsiye sayesinde çocuğunuzun hastaneye gitmesi gerekmeyebilir. Çocuk doktorunun ne dediğini GP'niz size söyler.
    .if-not = GP'nizin çocuğunuz için ne yaptığından emin değilseniz, GP muayenehanenizle iletişime geçin ve sorun.
    .ask =
        Bir çocuk doktorundan tavsiye mi istiyorsunuz, yoksa çocuğumu hastaneye mi gönderiyorsunuz?
        Onların ne dediğini bana nasıl bildireceksiniz?

child-referral-sent =
    .title = GP'niz sevki gönderir
    .body =
        Çocuğunuzun bir çocuk doktoruna görünmesi gerekiyorsa, GP'niz ona yazar. Buna sevk denir.
        GP'niz ayrıca çocuğunuzun ne kadar kısa sürede görülmesi gerektiğini de belirtir. Sevk rutin veya acil olabilir.
        Bazen hastane önce test ister. Öyleyse GP'niz, sevk gönderilmeden önce bu testleri ayarlar.
        Yetişkin bir hastaya söylenecek şeylerin aynısı size söylenir. Bunlar size çocuğunuz adına söylenir.
    .if-not = Sevk hakkında ne zaman haber almanız gerektiğini GP'nize sorun. O zamana kadar hiç haber almadıysanız, GP muayenehanenizle iletişime geçin. Sevkin gönderilip gönderilmediğini sorun.
    .ask =
        Çocuğumun neden bir çocuk doktoruna görünmesi gerekiyor?
        Sevk rutin mi, acil mi?
        Çocuğumun önce test yaptırması gerekiyor mu?

child-referral-booking =
    .title = Randevu almanız için bir mektup, e-posta veya kısa mesaj alırsınız
    .body =
        Randevu numarası ve şifre içeren bir mektup alabilirsiniz. Bu mektubu güvenli bir yerde saklayın.
        Ya da bir e-posta veya kısa mesaj alabilirsiniz. İçinde, NHS App (NHS uygulaması) veya NHS website (NHS internet sitesi) üzerinden randevu almanız için bir bağlantı vardır.
        Bunu, çocuğunuz için bir gün ve saat seçmek ya da randevu ekibini aramak için kullanın.
        NHS'ten geliyormuş gibi görünen bazı mesajlar dolandırıcılıktır. NHS sizden ödeme yapmanızı veya banka bilgilerinizi vermenizi istemez. Emin değilseniz bağlantıyı kullanmayın. Mektubunuzdaki numarayı arayın.
    .if-not = GP'nizin söylediği zamana kadar hiçbir şey gelmediyse, sevk mektubunuzdaki numarayı arayın. Mektubunuz yoksa, GP muayenehanenize sorun.
    .ask =
        Çocuğumun hangi hastaneye gideceğini seçebilir miyim?
        Çocuğum yaşadığımız yere yakın bir yerde görülebilir mi?

child-referral-waiting =
    .title = Çocuğunuz görülmeyi bekler
    .body =
        Hastane ekibi, çocuğunuzun listedeki yerini yönetir.
        Hastane, çocuğunuzun hâlâ görülmesi gerekip gerekmediğini kontrol etmek için size kısa mesaj gönderebilir. Yapabiliyorsanız cevap verin. Cevap vermezseniz, hastane ekibini arayın. Sırf cevap vermediniz diye çocuğunuz listeden çıkarılmaz.
        Randevu hakkında bir sorunuz varsa, hastane ekibine sorun. Sizi GP'nize geri göndermek yerine size cevap vermeliler.
    .if-not = Size söylenen zamanda hastaneden haber almadıysanız, hastane ekibini arayın.
    .ask =
        Bu ekip için bekleme süresi ne kadar?
        Planlarımız değişirse kimi aramalıyım?

child-referral-worse =
    .title = Çocuğunuz daha hasta görünüyorsa
    .body =
        Hislerinize güvenin. Çocuğunuzu en iyi siz tanırsınız.
        Çocuğunuz zor nefes alıyorsa, uyandırılması çok zorsa veya nöbet geçiriyorsa 999'u arayın. Çocuğunuzda, üzerine bir bardak bastırdığınızda solmayan bir döküntü varsa da 999'u arayın.
        Çocuğunuz daha hasta görünüyorsa ya da endişeliyseniz, aynı gün GP muayenehanenizle iletişime geçin veya NHS 111'i arayın.
        Hastane ekibine de haber verin. Oradaki bir doktor, çocuğunuzun daha erken görülmesi gerekip gerekmediğine bakabilir. GP'niz de sevki acil yapabilir.
    .if-not = Hastane ekibi bir sonraki iş gününün sonuna kadar sizi geri aramadıysa, tekrar arayın. Çocuğunuz daha kötü görünüyorsa onları beklemeyin: aynı gün GP muayenehanenizi veya NHS 111'i arayın.
    .ask =
        Hangi belirtilerde sizi aramalıyım?
        Çocuğumun durumu kötüleşirse daha erken görülebilir mi?

child-referral-visit =
    .title = Çocuğunuzun ilk randevusu
    .body =
        Çocuğunuz, çocuk doktoruna veya çocuk ekibinden başka birine görünür. İkinizle de konuşabilir, çocuğunuzu muayene edebilir veya test yapabilirler.
        Mektubu, çocuğunuzun ilaçlarının listesini ve sorularınızı yanınızda getirin.
        Çocuğunuzun bakımının her bölümünden tek bir ekip sorumlu olmalı. Bunun hangi ekip olduğundan emin değilseniz, sorun.
        Büyük çocuklar, randevunun bir bölümünde doktorla yalnız konuşmak isteyebilir. Gençler, ebeveynleriyle neyin paylaşılacağını çoğu zaman kendileri seçebilir.
    .if-not = Randevu iptal edilirse, hastane ekibi size yeni bir tarih vermeli. Yeni bir tarih almadıysanız onları arayın.
    .ask =
        Sizce sorun ne?
        Çocuğumun bakımının her bölümünden hangi ekip sorumlu?
        Daha sonra bir sorum olursa kimi aramalıyım?

child-referral-letter =
    .title = Hastane GP'nize yazar
    .body =
        Randevudan sonra, GP'nizin bir şey yapması gerekiyorsa hastane ekibi GP'nize yazar. Buna klinik mektubu denir. Siz de bir kopyasını almalısınız.
    .if-not = GP muayenehaneniz belirtilen süreye kadar mektubu almadıysa, hastane ekibini arayın. Mektubu göndermelerini isteyin.
    .ask =
        GP'mizin yapması gereken bir şey var mı?
        Mektubun bir kopyasını alabilir miyim?

child-referral-results =
    .title = Testler ve sonuçlar
    .body =
        Hastane ekibi bir test isterse, sonuca bakar ve size söyler.
        Çocukların kanı çoğu zaman hastanedeki bir çocuk kliniğinde alınır. Nereye gideceğinizi ekibe sorun.
        Test nerede yapılırsa yapılsın, sonucu size testi isteyen ekip söyler.
    .if-not = Bir sonuç gecikirse, testi isteyen ekiple iletişime geçin.
    .ask =
        Çocuğum testi nerede yaptırmalı?
        Sonuçları bana ne zaman ve nasıl söyleyeceksiniz?
        Çocuğumun sizi tekrar görmesi gerekiyor mu?
