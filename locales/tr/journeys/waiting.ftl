# Journey: waiting for a hospital visit.
# Structure and sources: src/journeys/waiting.rs

waiting =
    .title = Hastane randevusunu beklerken
    .summary = Beklerken size kim bakar ve durumunuz kötüleşirse kime haber vermelisiniz.
    .intro = Bir hastane ekibine görünmek için bir listedesiniz. Beklerken kimin ne yaptığı aşağıda anlatılıyor. Durumunuz kötüleşirse kimi arayacağınız da yazıyor.
    .keywords = bekleme listesi, bekleme süresi, beklemek, ne kadar, uzun bekleme, hâlâ bekliyorum, kötüleşiyorum, kendimi daha kötü hissediyorum, belirtiler kötüleşti, yeni belirtiler, daha erken, hızlandırmak, acele, listede yukarı çıkmak, randevu tarihi, randevum ne zaman, my planned care, ortalama bekleme, hastaneden mesaj, randevunuza hâlâ ihtiyacınız var mı, tansiyon, sağlıklı kalmak, diğer sağlık sorunları, hastaneyi takip etmek

waiting-list =
    .title = Hastane yerinizi korur
    .body =
        Listeyi ve listedeki yerinizi hastane ekibi yönetir.
        Ortalama bekleme süresine My Planned Care internet sitesinden bakabilirsiniz. Site her hastaneyi ve her bakım türünü gösterir. Her hafta güncellenir.
        Bu sadece bir ortalamadır, yani sizin bekleme süreniz daha uzun veya daha kısa olabilir. Site, kanser bakımı için bekleme sürelerini göstermez.
    .if-not = Size söylenen zamanda hastaneden haber almadıysanız, hastane ekibini arayın. Listede olup olmadığınızı kontrol etmelerini isteyin.
    .ask =
        Yaklaşık ne kadar bekleyeceğim?
        Planlarım değişirse kimi aramalıyım?
        Bekleme süresi uzarsa bana haber verecek misiniz?

waiting-check =
    .title = Hastane, hâlâ gelmeniz gerekip gerekmediğini kontrol eder
    .body =
        Hastane, randevunuza hâlâ ihtiyacınız olup olmadığını kontrol etmek için sizinle iletişime geçebilir. Bu çoğu zaman bir kısa mesajdır.
        Yapabiliyorsanız lütfen cevap verin. Randevuya artık ihtiyacınız yoksa bunu söyleyin. O zaman yerinizi başka biri alabilir.
        Cevap vermezseniz, sırf bu yüzden yerinizi kaybetmezsiniz. Hastane size başka bir yoldan ulaşmaya çalışır ya da GP'nize (aile hekiminize) sorar.
        NHS'ten geliyormuş gibi görünen bazı mesajlar dolandırıcılıktır. NHS sizden ödeme yapmanızı veya banka bilgilerinizi vermenizi istemez. Bir mesajın gerçek olduğundan emin değilseniz, içindeki bağlantıyı kullanmayın. Hastane mektubunuzdaki numarayı arayın.
    .if-not = Mesajı kaçırdıysanız ya da yanlışlıkla cevap verdiyseniz, hastane ekibini arayın ve onlara söyleyin.
    .ask =
        Benimle nasıl iletişime geçeceksiniz?
        Mesajınızı kaçırırsam ne olur?

waiting-care =
    .title = GP'niz size bakmaya devam eder
    .body =
        GP muayenehaneniz diğer sağlık sorunlarınızla ilgilenmeye devam eder. Örneğin tansiyonunuzu kontrol altında tutmanıza yardım eder.
        Bu önemlidir. Hastane tedavinizin gecikmemesine yardım eder.
        Siz de yardım edebilirsiniz. İlaçlarınızı almaya devam edin. Kontrollerinize gidin.
        Beklediğiniz sorunla bağlantılı olmayan yeni bir sorununuz olursa, her zamanki gibi GP'nize görünün.
    .if-not = Bir kontrolünüzün zamanı geldiyse ve haber almadıysanız, GP muayenehanenizle iletişime geçin.
    .ask =
        Beklerken sağlıklı kalmak için ne yapabilirim?
        Diğer sağlık sorunlarım kontrol altında mı?
        Bir sonraki kontrolüm ne zaman?

waiting-worse =
    .title = Durumunuz kötüleşirse
    .body =
        Durumunuz çok kötüleşirse ya da sizi endişelendiren yeni belirtileriniz olursa, aynı gün GP muayenehanenizle iletişime geçin veya NHS 111'i arayın.
        Acil bir durumda 999'u arayın.
        Hastane ekibine de haber verin. Oradaki bir doktor, daha erken görülmeniz gerekip gerekmediğine bakabilir.
        GP'niz de hastaneden sizi daha erken görmesini isteyebilir ya da sevki acil yapabilir.
    .if-not = Hastane ekibi bir sonraki iş gününün sonuna kadar sizi geri aramadıysa, tekrar arayın. Kendinizi daha kötü hissediyorsanız onları beklemeyin: aynı gün GP muayenehanenizi veya NHS 111'i arayın.
    .ask =
        Hangi değişikliklerde sizi aramalıyım?
        Geceleri veya hafta sonu kimi aramalıyım?

waiting-questions =
    .title = Bir sorunuz varsa
    .body =
        Randevunuz hakkında bir sorunuz varsa, hastane ekibine sorun. Hastane, kendisine nasıl ulaşacağınızı size söylemek zorundadır. Mektubunuza veya kısa mesajınıza bakın.
        Hastane ekibi size kendisi cevap vermeli. Size GP'nize sormanızı söylememeliler.
        Uzun süredir bekliyorsanız, başka bir hastaneye gitmeyi sorabilirsiniz. Bekleme listesindeki haklarınız hakkındaki rehberi okuyun.
    .if-not = Cevap alamazsanız, hastanedeki hasta danışma ekibini isteyin. İşler ters gittiğinde yardım ederler.
    .ask =
        Size ulaşmanın en iyi yolu ne?
        Listedeki yerim hakkında kiminle konuşabilirim?
