# Journey: leaving hospital after a stay.
# Structure and sources: src/journeys/leaving_hospital.rs

leaving-hospital =
    .title = Hastaneden eve döndüğünüzde
    .summary = Eve gitmeden önce elinizde neler olmalı ve hastaneden ayrıldıktan sonra kimi aramalısınız.
    .intro = Hastanede yattıktan sonra eve dönüyorsunuz. Siz ayrılmadan önce hastane ekibinin neler yapması gerektiği aşağıda anlatılıyor. Sorularınız olursa kimi arayacağınız da yazıyor.
    .keywords = hastaneden çıkmak, eve gitmek, hastaneden eve, taburcu, taburcu olmak, taburcu mektubu, taburcu özeti, discharge, yeni ilaçlar, ilaç, tabletler, hap, reçete, yan etkiler, iş göremezlik raporu, fit note, sick note, hastalık raporu, işten izin, servis, servis telefon numarası, hastaneden sonra sorular, kontrol, takip, bakım, evde bakım, bölge hemşiresi, reablement, sanal servis, kontrol listesi, destek grupları

leaving-hospital-medicines =
    .title = Yeni ilaçlarınız
    .body =
        Yeni bir ilaca ihtiyacınız varsa, hastane eve götürmeniz için size bu ilacın en az 7 günlüğünü verir. Tedavi daha kısaysa, ilacın tamamını alırsınız.
        Bu ilk ilaçları GP'nizden (aile hekiminizden) almak zorunda kalmamalısınız. Size verilmezse, ayrılmadan önce isteyin.
        Çalışanlar her ilacın ne için olduğunu size söylemeli. Yan etkilerini de söylemeliler. Yan etki, bir ilacın neden olabileceği bir sorundur.
        Hastaneden sonra ilaçlar hakkındaki rehber, ilacın devamını size kimin vereceğini anlatır.
    .if-not = Yeni ilaçlarınız olmadan ayrılmak üzereyseniz, servis (yattığınız bölüm) çalışanlarına sorun. Zaten evdeyseniz, servisi arayın.
    .ask =
        Her ilaç ne için?
        Hangi yan etkilere dikkat etmeliyim?
        Bunlar bitince devamını bana kim verecek?

leaving-hospital-fit-note =
    .title = İş için iş göremezlik raporu
    .body =
        İş göremezlik raporu (fit note), iş yeriniz için bir belgedir. Çalışabilecek kadar iyi olup olmadığınızı belirtir. Bazı kişiler buna hastalık raporu (sick note) der.
        Hastalık nedeniyle işe gitmediğiniz ilk 7 gün için rapora ihtiyacınız yoktur. İşvereniniz için bir formu kendiniz doldurursunuz.
        Daha uzun süre izne ihtiyacınız varsa, hastane size iş göremezlik raporu verir. Rapor, işe gidemeyeceğinizi düşündükleri sürenin tamamını kapsamalı.
        Bu yüzden o süre için GP'nizden rapor istemeniz gerekmemeli.
    .if-not = İhtiyacınız olan iş göremezlik raporunu almadan ayrılırsanız, servisi arayın ve rapor isteyin.
    .ask =
        Ne kadar süre işe gidemeyeceğim?
        İş göremezlik raporum bu sürenin tamamını kapsıyor mu?

leaving-hospital-care-at-home =
    .title = Evde bakım
    .body =
        Bazı kişiler hastanede yattıktan sonra evde yardıma ihtiyaç duyar. Servis ekibi bunu, siz ayrılmadan önce sizinle birlikte planlar.
        Bu, bir bölge hemşiresinin (district nurse) ziyareti olabilir. Ya da bir ekip, kısa bir süre, işlerinizi yeniden kendiniz yapabilmeniz için size yardım edebilir.
        Bazı kişilere serviste kalmak yerine evde bir hastane ekibi bakar. Buna bazen sanal servis (virtual ward) denir. Ekip, gece ve gündüz onlara nasıl ulaşacağınızı size söyler.
    .if-not = Size söylenen yardım gelmediyse, servisin bunun için size verdiği numarayı arayın. Numaranız yoksa, servisi arayın.
    .ask =
        Evde yardıma ihtiyacım olacak mı?
        Kim gelecek, ne zaman?
        Gelmezlerse kimi aramalıyım?

leaving-hospital-check =
    .title = Ayrılmadan önce kontrol edin
    .body =
        Eve gitmeden önce bu şeylerin yanınızda olduğunu kontrol edin.
        Yeni ilaçlarınızın en az 7 günlüğü. Her birinin ne için olduğu ve yan etkileri. Bakımınız hakkında bir broşür.
        Servisin ve hastane ekibinin telefon numarası. Gerekiyorsa bir iş göremezlik raporu. Bir sonraki randevunuzun nasıl ayarlanacağı.
        Size yardım edebilecek grupların, örneğin hayır kurumlarının adları.
    .if-not = Bir şey eksikse, ayrılmadan önce servis çalışanlarına sorun. Zaten evdeyseniz, servisi arayın.
    .ask =
        Evdeyken bir sorum olursa kimi aramalıyım?
        Bir sonraki randevum nasıl ayarlanacak?
        Bana yardım edebilecek bir grup var mı?

leaving-hospital-letter =
    .title = Hastane GP'nize yazar
    .body =
        Ayrıldığınızda hastane ekibi GP'nize bir mektup yazar. Buna taburcu özeti (discharge summary) denir. Taburcu olmak, hastaneden çıkmak demektir.
        Mektup, hastanedeyken neler olduğunu ve ilaçlarınızdaki değişiklikleri GP'nize anlatır. Siz de bir kopyasını almalısınız.
    .if-not = GP muayenehaneniz mektubu almadığını söylerse, servisi arayın. Mektubu göndermelerini isteyin.
    .ask =
        Taburcu özetimin bir kopyasını alabilir miyim?
        GP'min bir şey yapması gerekiyor mu?

leaving-hospital-questions =
    .title = Evdeyken sorularınız olursa
    .body =
        Hastanede kaldığınız süre veya yeni ilaçlarınız hakkında bir sorunuz varsa, servisi arayın. Numara çoğu zaman servisten aldığınız mektupta yazar.
        Mektupta servisin numarası yoksa, hastanenin ana numarasını arayın. Sizi servise bağlamalarını isteyin.
        Servis ekibi size kendisi cevap vermeli. Size GP'nize sormanızı söylememeliler.
        Kendinizi iyi hissetmiyorsanız ve ne yapacağınızdan emin değilseniz, aynı gün GP muayenehanenizi veya NHS 111'i arayın. Acil bir durumda 999'u arayın.
    .if-not = Servis bir sonraki iş gününün sonuna kadar sizi geri aramadıysa, tekrar arayın. Ulaşamazsanız, hastanedeki hasta danışma ekibini isteyin.
    .ask =
        İlaçlarımla ilgili bir sorun olursa kimi aramalıyım?
        Ne zaman sizi, ne zaman GP'mi aramalıyım?
