# Journey: follow-up after a clinic, patient initiated follow-up, and discharge from clinic.
# Structure and sources: src/journeys/follow_up.rs

follow-up =
    .title = Klinik randevusundan sonra ne olur
    .summary = Bir sonraki randevunuzu veya testinizi kim ayarlar, ne zaman kendiniz iletişime geçmelisiniz ve klinikle işiniz bittiğinde ne olur.
    .intro = Bir kliniğe gittikten sonra, bundan sonra ne olacağını hastane ekibi söyler. Sizi tekrar görebilir, ihtiyaç duyduğunuzda onlara ulaşmanızı isteyebilir ya da sizi GP'nize (aile hekiminize) geri gönderebilirler. Her durumda kimin ne yaptığı aşağıda anlatılıyor.
    .keywords = follow-up, follow up, kontrol, takip, kontrol randevusu, patient initiated follow-up, PIFU, hastanın başlattığı kontrol, açık randevu, belirti olursa gelin, ihtiyacınız olursa bize ulaşın, klinikten taburcu, GP'ye taburcu, GP'me geri, sonraki randevu, tekrar tarama, tekrar çağrılma, check-up, yıllık kontrol

follow-up-choice =
    .title = Hastane ekibi bundan sonra ne olacağını söyler
    .body =
        Klinik randevusunun sonunda hastane ekibi bundan sonra ne olacağını size söyler.
        Başka bir randevu veya test ayarlayabilirler. İhtiyaç duyduğunuzda onlara ulaşmanızı isteyebilirler. Ya da sizi taburcu edebilirler. Bu, size yeniden GP'nizin bakacağı anlamına gelir.
        Bunlardan hangisi olduğunu size söylemeliler. Bu, klinik mektubunuzda da yazar.
    .if-not = Hangisinin sizin için geçerli olduğundan emin değilseniz, hastane ekibini arayın ve sorun.
    .ask =
        Sizi tekrar görecek miyim?
        Randevuyu siz mi ayarlayacaksınız, yoksa ben mi sizinle iletişime geçmeliyim?

follow-up-recall =
    .title = Hastane kendi randevularını ve testlerini ayarlar
    .body =
        Hastane ekibi sizi tekrar görmek veya bir testi tekrarlamak isterse, bunu kendisi ayarlar. Her yıl tekrarlanan kontroller de buna dahildir.
        GP'niz sizin için hastane randevusu veya hastane testi ayarlamaz.
    .if-not = Size söylenen bir randevu veya test, söyledikleri zamana kadar ayarlanmadıysa, hastane ekibini arayın.
    .ask =
        Sizi bir dahaki sefere ne zaman göreceğim?
        Bir sonraki testimi kim ayarlıyor?

follow-up-patient-initiated =
    .title = Sizden kendinizin iletişime geçmeniz istenirse
    .body =
        Bazı ekipler başka bir randevu ayarlamaz. Bunun yerine, ihtiyaç duyarsanız siz onlarla iletişime geçersiniz. Buna hastanın başlattığı kontrol (patient initiated follow-up ya da PIFU) denir.
        Ekip size bir telefon numarası verir. Hangi belirtilerde arayacağınızı ve bunu ne kadar süreyle yapabileceğinizi de söyler.
        Bu sürenin sonuna kadar aramadıysanız, ekip sizi taburcu edip GP'nize geri gönderebilir. Bunu yapmadan önce size haber vermeliler.
    .if-not = Arar da ulaşamazsanız, bir sonraki iş günü tekrar deneyin. Kendinizi daha kötü hissederseniz, aynı gün GP muayenehanenizle veya NHS 111 ile iletişime geçin.
    .ask =
        Hangi belirtilerde sizinle iletişime geçmeliyim?
        Sizinle ne kadar süre boyunca iletişime geçebilirim?
        Bu sürenin sonunda ne olur?

follow-up-discharged =
    .title = Klinik sizi taburcu ederse
    .body =
        Taburcu edilmek, hastane ekibinin işinin bittiği anlamına gelir. Size yeniden GP muayenehaneniz bakar.
        Klinik mektubu, GP'nize bundan sonra ne yapacağını ve nelere dikkat edeceğini söyler.
        Sorun geri gelirse ya da kötüleşirse, GP muayenehanenizle iletişime geçin. Gerekirse GP'niz sizi yeniden sevk edebilir.
    .if-not = Yanlışlıkla taburcu edildiğinizi düşünüyorsanız, hastane ekibini arayın ve sorun.
    .ask =
        Beni neden taburcu ediyorsunuz?
        Hangi durumda GP'me geri gitmeliyim?

follow-up-worse =
    .title = Durumunuz kötüleşirse
    .body =
        Durumunuz çok kötüleşirse ya da sizi endişelendiren yeni belirtileriniz olursa, aynı gün GP muayenehanenizle iletişime geçin veya NHS 111'i arayın. Acil bir durumda 999'u arayın.
        Hastane ekibinin numarası sizde varsa, onlara da haber verin.
    .if-not = Bir sonraki iş gününün sonuna kadar kimse sizi geri aramadıysa, tekrar arayın. Kendinizi daha kötü hissederseniz, aynı gün NHS 111'i arayın.
    .ask =
        Geceleri veya hafta sonu kimi aramalıyım?
