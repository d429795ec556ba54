# Journey: your child seems more unwell. Written for parents and carers.
# Structure and sources: src/journeys/child_unwell.rs

child-unwell =
    .title = Çocuğunuz daha hasta görünüyorsa
    .summary = Ne zaman 999'u aramalısınız, ne zaman aynı gün yardım almalısınız ve çocuğunuza bir hastane ekibi bakıyorsa kime haber vermelisiniz.
    .intro = Çocukların durumu hızla kötüleşebilir. Çocuğunuzu en iyi siz tanırsınız. Ne zaman yardım alacağınız, kimi arayacağınız ve kime haber vereceğiniz aşağıda anlatılıyor.
    .keywords = çocuk hasta, çocuk rahatsız, hasta çocuk, bebek hasta, çocuk kötüleşiyor, çocuğun durumu kötü, ateş, yüksek ateş, döküntü, yemiyor, içmiyor, nefes, gevşek, halsiz, çocuğum için endişeliyim, 999 ne zaman aranır, 111 ne zaman aranır, open access, açık erişim, çocuk servisi

child-unwell-emergency =
    .title = 999 ne zaman aranmalı
    .body =
        Çocuğunuz zor nefes alıyorsa veya uyandırılması çok zorsa 999'u arayın.
        Çocuğunuz nöbet geçiriyorsa ya da çok solgunlaşırsa, morarırsa veya cildi lekelenirse de 999'u arayın.
        Çocuğunuzda, üzerine bir bardak bastırdığınızda solmayan bir döküntü varsa 999'u arayın.
    .if-not = 999'a ulaşamıyorsanız, denemeye devam edin. Çocuğunuzun iyileşip iyileşmeyeceğini görmek için beklemeyin.
    .ask =
        Hangi belirtilerde 999'u aramalıyım?

child-unwell-same-day =
    .title = Aynı gün yardım alın
    .body =
        Çocuğunuz daha hasta görünüyorsa ya da endişeliyseniz, aynı gün GP muayenehanenizle (aile hekiminizin muayenehanesiyle) iletişime geçin veya NHS 111'i arayın.
        Çocuğunuz sıvı içmiyorsa, her zamankinden çok daha uykuluysa ya da durumu kötüleşiyorsa bunu onlara söyleyin.
        NHS 111 gece gündüz açıktır. 111.nhs.uk adresine de gidebilirsiniz.
    .if-not = GP muayenehanenize ulaşamıyorsanız ve endişeliyseniz, NHS 111'i arayın. Çocuğunuzun durumu kötüleşirse 999'u arayın.
    .ask =
        Bu gece nelere dikkat etmeliyim?
        Sizi ne zaman tekrar aramalıyım?

child-unwell-hospital-team =
    .title = Çocuğunuza zaten bir hastane ekibi bakıyorsa
    .body =
        Bazı çocuklar hastalanırsa doğrudan çocuk servisine (hastanede çocukların yattığı bölüm) geri gidebilir. Buna açık erişim (open access) denir. Çocuğunuzun açık erişimi varsa, ekip bunu size söylemiş olur.
        Ekibin numarası sizde varsa, onları arayın. Çocuğunuzun daha hasta olduğunu söyleyin.
        Onlara ulaşamazsanız, aynı gün GP muayenehanenizle veya NHS 111 ile iletişime geçin. Acil bir durumda 999'u arayın.
    .if-not = Ekip sizi geri aramadıysa ve çocuğunuz daha iyi değilse, NHS 111'i veya GP muayenehanenizi arayın. Beklemeyin.
    .ask =
        Çocuğumun servise açık erişimi var mı?
        Geceleri kimi aramalıyım?

child-unwell-after =
    .title = Çocuğunuz muayene edildikten sonra
    .body =
        Çocuğunuzu gören kişi, nelere dikkat etmeniz gerektiğini ve ne zaman geri gelmeniz gerektiğini size söylemeli.
        Çocuğunuz A&E'ye (acil servis) veya hastaneye gittiyse, oradakiler GP'nize bir mektup gönderir.
        Çocuğunuz söyledikleri zamana kadar iyileşmezse ya da durumu kötüleşirse, tekrar yardım alın. Birden fazla kez sormanızda bir sakınca yoktur.
    .if-not = Bundan sonra ne yapacağınızdan emin değilseniz, NHS 111'i veya GP muayenehanenizi arayın.
    .ask =
        Hangi belirtiler çocuğumu geri getirmem gerektiği anlamına gelir?
        İyileşmesi ne kadar sürer?
