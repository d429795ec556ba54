# Journey: missing or cancelling a hospital visit.
# Structure and sources: src/journeys/missed_appointments.rs

missed-appointments =
    .title = Bir hastane randevusunu kaçırırsanız veya iptal ederseniz
    .summary = Bir hastane randevusuna gidemezseniz ne yapmalısınız ve yeni randevuyu kim ayarlar.
    .intro = Bazen bir hastane randevusuna gidemezsiniz. Ne yapacağınız ve yeni bir tarihi kimin ayarlayacağı aşağıda anlatılıyor. Çoğu zaman GP'nizle (aile hekiminizle) her şeye baştan başlamak zorunda kalmamalısınız.
    .keywords = kaçırılan randevu, kaçırdım, kaçırmak, unuttum, randevumu unuttum, iptal, iptal ettim, iptal edildi, gidemiyorum, gidemem, yetişemiyorum, randevu değiştirmek, randevu ertelemek, yeniden ayarlamak, yeni tarih, gelmedi, DNA, did not attend, taburcu, taburcu mektubu, hastane iptal etti, ameliyat iptal edildi, hastane randevumu değiştirdi, yeniden sevk, GP'ye geri

missed-appointments-tell =
    .title = Hastaneye olabildiğince çabuk haber verin
    .body =
        Bir hastane randevusuna gidemeyecekseniz, hastane ekibine olabildiğince çabuk haber verin. Mektubunuzdaki veya kısa mesajınızdaki numarayı kullanın.
        Böylece randevunuzu başka birine verebilirler.
        Onlarla konuşurken yeni bir tarih isteyin.
    .if-not = Ulaşamazsanız, bir sonraki iş günü tekrar deneyin. Bazı hastaneler, randevunuzu internetten veya kısa mesajla değiştirmenize de izin verir.
    .ask =
        Şimdi yeni bir tarih alabilir miyim?
        Bunun yerine telefonla veya görüntülü görüşebilir miyiz?

missed-appointments-rebook =
    .title = Yeni tarihi hastane ayarlar
    .body =
        Yeni tarihinizi hastane ekibi ayarlar. Bunu GP'niz yapmaz.
        Randevunuzu kaçırdıysanız ve onlara haber vermediyseniz, hastane ekibini olabildiğince çabuk arayın. Hâlâ görülmeniz gerektiğini söyleyin.
        Bir hastanede, randevusunu kaçıran herkesi GP'sine geri gönderen bir kural olmamalı.
    .if-not = Hastane size GP'nize geri dönmenizi söylerse, nedenini sorun. Bunun yerine size yeni bir tarih verip veremeyeceklerini sorun.
    .ask =
        Yeni tarihim ne zaman?
        Bir randevuyu daha kaçırırsam ne olur?

missed-appointments-discharged =
    .title = Taburcu edildiğinizi söyleyen bir mektup alırsanız
    .body =
        Kaçırılan bir randevudan sonra, hastanedeki bir doktor kayıtlarınıza bakar. Görülmenize gerek olmadığına karar verebilir. O zaman size ve GP'nize bir mektup gönderir. Buna taburcu mektubu denir.
        Sorununuz devam ediyorsa, önce hastane ekibini arayın. Randevuyu neden kaçırdığınızı anlatın. Sizi görüp göremeyeceklerini sorun.
        Göremezlerse, GP muayenehanenizle iletişime geçin. Hâlâ gerekiyorsa GP'niz sizi yeniden sevk edebilir.
    .if-not = Hâlâ listede olup olmadığınızdan emin değilseniz, hastane ekibini arayın ve sorun. Öğrenmek için beklemeyin.
    .ask =
        Hâlâ listenizde miyim?
        Durumu açıkladığıma göre, beni görebilir misiniz?

missed-appointments-hospital-cancels =
    .title = Hastane iptal ederse
    .body =
        Bazen hastane randevunuzu iptal etmek veya değiştirmek zorunda kalır.
        Bu olursa, hastane ekibi size yeni bir tarih vermeli. Bu GP'nizin değil, onların görevidir.
        Hastane, sağlığınızla ilgili olmayan bir nedenle ameliyatınızı, ameliyatın yapılacağı gün iptal edebilir. O zaman size 28 gün içinde yeni bir tarih önermeli. Öneremezse, ameliyatınızın başka bir hastanede yapılmasının parasını ödemeli.
        Beklerken durumunuz kötüleşirse, aynı gün GP muayenehanenizle veya NHS 111 ile iletişime geçin ve hastane ekibine haber verin. Acil bir durumda 999'u arayın.
    .if-not = Yeni bir tarih almadıysanız, hastane ekibini arayın.
    .ask =
        Randevum neden iptal edildi?
        Ne zaman yeni bir tarih alacağım?
