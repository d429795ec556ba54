# Journey: your rights on a waiting list.
# Structure and sources: src/journeys/waiting_list_rights.rs

waiting-list-rights =
    .title = Hastane bakımı beklerken haklarınız
    .summary = Hastanenizi seçmek, uzun bir beklemeden sonra başka yere geçmeyi istemek ve sahte mesajları nasıl anlayacağınız.
    .intro = GP'niz (aile hekiminiz) sizi sevk ettiğinde, nerede ve ne kadar kısa sürede görüleceğiniz konusunda haklarınız vardır. Bu hakların neler olduğu ve kime soracağınız aşağıda anlatılıyor.
    .keywords = haklar, haklarım, seçim, hastane seçmek, nereye gideceğimi seçmek, başka hastane, hastane değiştirmek, daha kısa bekleme, uzun bekleme, 18 hafta, çok uzun bekliyorum, bekleme listesi mesajı, bu mesaj gerçek mi, dolandırıcılık, sahte mesaj, dolandırıcı mesaj, NHS mesajı, yerimi kaybetmek, şikayet

waiting-list-rights-choice =
    .title = Çoğu zaman hastanenizi seçebilirsiniz
    .body =
        GP'niz sizi sevk ettiğinde, çoğu zaman hangi hastaneye veya kliniğe gideceğinizi seçebilirsiniz. Rutin sevklerin çoğunda bu, İngiltere'de sizin hakkınızdır.
        Ortalama bekleme sürelerini My Planned Care internet sitesinde karşılaştırabilirsiniz. Hangi yerler arasından seçim yapabileceğinizi GP'nize sorun.
    .if-not = Size seçenek sunulmadıysa ve seçmek istediyseniz, GP muayenehanenize sorun. Randevu alırken randevu ekibine de sorabilirsiniz.
    .ask =
        Hangi hastaneler arasından seçim yapabilirim?
        Hangisinde bekleme süresi en kısa?

waiting-list-rights-long-wait =
    .title = Uzun süredir bekliyorsanız
    .body =
        Acil olmayan çoğu sorun için, sevkten sonraki 18 hafta içinde tedaviye başlama hakkınız vardır. Bu, NHS Anayasası'nda (NHS Constitution) yazar.
        Şu anda birçok bekleme süresi bundan daha uzundur. Sizinki de öyleyse, bekleme süresi daha kısa olan başka bir hastaneye geçmeyi sorabilirsiniz.
        Hastane ekibine sorun. Bazı durumlarda bunu önermek için sizinle kendileri iletişime geçerler.
    .if-not = Hastane ekibi yardım edemezse, GP muayenehanenize sorun. Hastanenin hasta danışma ekibine de sorabilirsiniz.
    .ask =
        Başka bir yerde daha erken görülebilir miyim?
        Başka yere geçersem bana kimin baktığı değişir mi?

waiting-list-rights-texts =
    .title = Hâlâ görülmeniz gerekip gerekmediğini soran mesajlar
    .body =
        Hastane, randevunuza hâlâ ihtiyacınız olup olmadığını kontrol etmek için kısa mesaj gönderebilir. Yapabiliyorsanız cevap verin. Artık ihtiyacınız yoksa bunu söyleyin.
        Sırf cevap vermediniz diye listeden çıkarılmazsınız. Artık görülmenize gerek olmadığına yalnızca siz veya bir doktor karar verebilir.
    .if-not = Listeden çıkarıldığınızdan endişeleniyorsanız, hastane ekibini arayın ve sorun.
    .ask =
        Hâlâ listenizde miyim?
        Benimle nasıl iletişime geçeceksiniz?

waiting-list-rights-scams =
    .title = Dolandırıcı bir mesajı nasıl anlarsınız
    .body =
        Bazı mesajlar NHS'ten geliyormuş gibi yapar. Bir bağlantıya tıklamazsanız yerinizi kaybedeceğinizi söyleyebilirler.
        NHS, yerinizi korumak veya randevu almak için sizden ödeme yapmanızı ya da banka bilgilerinizi vermenizi istemez.
        Bir mesajın gerçek olduğundan emin değilseniz, içindeki bağlantıyı kullanmayın. Hastane mektubunuzdaki numarayı arayın ya da GP muayenehanenize sorun.
    .if-not = Bir bağlantıya tıkladıysanız ve banka bilgilerinizi verdiyseniz, hemen bankanızı arayın.
    .ask =
        Bu mesaj gerçekten sizden mi?

waiting-list-rights-help =
    .title = Haklarınıza uyulmadığını düşünüyorsanız
    .body =
        Önce hastane ekibiyle konuşun. Sorunu çözebilirler.
        Çözemezlerse, hastanenin hasta danışma ekibini isteyin. İşler ters gittiğinde yardım ederler. Size nasıl şikayette bulunacağınızı da söyleyebilirler.
    .if-not = Hasta danışma ekibi yardım edemezse, onlara nasıl şikayette bulunacağınızı sorun. GP muayenehanenize de söyleyebilirsiniz.
    .ask =
        Bu konuda bana kim yardım edebilir?
        Nasıl şikayette bulunurum?
