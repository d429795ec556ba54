# Journey: after a hospital clinic visit.
# Structure and sources: src/journeys/after_appointment.rs

after-appointment =
    .title = Bir hastane ekibiyle görüştükten sonra
    .summary = Bir hastane ekibiyle görüştükten sonra ne olur ve her işi kim yapar.
    .intro = Bir klinikte bir hastane ekibiyle görüştünüz. Bundan sonra ne olacağı aşağıda anlatılıyor. Her bölümü kimin yaptığı ve kime sorabileceğiniz de yazıyor.
    .keywords = randevudan sonra, klinikten sonra, poliklinik, ayakta tedavi, klinik mektubu, GP'ye mektup, hastane mektubu, uzman mektubu, kontrol, takip, sonraki randevu, tekrar gelmek, daha fazla test, mektup GP'den test istiyor, testi kim ayarlar, sonuçlar, kiminle iletişime geçmeli, kime sormalı, sorular, şikayet, şikayet etmek, PALS, hasta danışma, hastaneyle sorun, GP ve hastane, GP'nize sorun, başka bir ekibe sevk

after-appointment-letter =
    .title = Hastane GP'nize yazar
    .body =
        Randevunuzdan sonra hastane ekibi randevu hakkında bir mektup yazar. Buna klinik mektubu denir.
        GP'nizin (aile hekiminizin) bir şey yapması gerekiyorsa, mektupta ne yapması gerektiği yazar. Siz de bir kopyasını almalısınız.
        Planınızın diğer bölümlerini hastane ekibi kendisi yapar.
    .if-not = GP muayenehaneniz belirtilen süreye kadar mektubu almadıysa, hastane ekibini arayın. Mektubu göndermelerini isteyin.
    .ask =
        GP'min bir şey yapması gerekiyor mu?
        Mektubun bir kopyasını alabilir miyim?
        Planımın her bölümünü kim yapacak?

after-appointment-gp-task =
    .title = Mektup GP'nizden bir şey yapmasını isterse
    .body =
        Bazen mektup, GP'nizden bir test veya yeni bir reçete gibi bir iş yapmasını ister.
        Mektup GP'nize ulaşana kadar bekleyin. Sonra randevu almak ya da bu işi sormak için GP muayenehanenizle iletişime geçin.
        Testi hastane ekibi kendisi istediyse, testin randevusunu nasıl alacağınızı size söylemeliler. Sonucu da size onlar verir.
    .if-not = GP muayenehaneniz mektubun ne istediğinden emin değilse, hastane ekibine sorabilir. Hastane ekibini siz de arayabilirsiniz.
    .ask =
        Bu testi kim ayarlıyor, siz mi, GP'm mi?
        Sonucu bana kim söyleyecek?

after-appointment-tests =
    .title = Hastane kendi testlerini yapar
    .body =
        Hastane ekibi daha fazla test yaptırmanızı isterse, testleri kendisi ister. Sonuçlara bakar ve ne anlama geldiklerini size söyler.
        Testi nerede yaptıracağınız, nerede yaşadığınıza bağlıdır. Nereye gideceğinizi hastane ekibine sorun.
        Test nerede yapılırsa yapılsın, sonucu size testi isteyen hastane ekibi söyler.
    .if-not = Size söylenen zamana kadar bir sonuç hakkında haber almadıysanız, hastane ekibini arayın.
    .ask =
        Bu teste neden ihtiyacım var?
        Bunun için nereye gideceğim?
        Sonucu bana nasıl ve ne zaman söyleyeceksiniz?

after-appointment-next =
    .title = Tekrar gelmeniz gerekirse
    .body =
        Ekibi tekrar görmeniz gerekiyorsa, bunun nasıl ayarlanacağını size söylemeliler. Hastane sizi tekrar görmek isterse, randevuyu veya testi kendisi ayarlar.
        Bazı ekipler bunun yerine, ihtiyaç duyduğunuzda sizin onlara ulaşmanızı ister. Buna hastanın başlattığı kontrol (patient initiated follow-up) denir. Bunu ne kadar süreyle yapabileceğinizi sorun. Kontrol randevuları hakkındaki rehberde daha fazla bilgi var.
        Bağlantılı bir sorun için farklı bir hastane ekibine görünmeniz gerekiyorsa, hastane ekibi sizi oraya gönderir. Önce GP'nize geri dönmeniz gerekmez.
    .if-not = Bir sonraki randevunuzu hastanenin ayarlayacağı size söylendi mi? Söyledikleri zamana kadar hiç haber almadıysanız, hastane ekibini arayın.
    .ask =
        Tekrar gelmem gerekiyor mu, ne zaman?
        Bir sonraki randevumu siz mi ayarlayacaksınız, yoksa ben mi sizinle iletişime geçmeliyim?
        Başka bir ekibe görünmem gerekiyor mu?

after-appointment-questions =
    .title = Bir sorunuz varsa
    .body =
        Hastane, kendisine nasıl ulaşacağınızı size söylemek zorundadır. Klinik mektubunuza veya hastanenin internet sitesine bakın.
        Hastanedeki bakımınız hakkında bir sorunuz varsa, hastane ekibine sorun. Soruyu kendileri cevaplamalılar. Size GP'nize sormanızı söylememeliler.
    .if-not = Cevap alamazsanız, hastanedeki hasta danışma ekibini isteyin. İşler ters gittiğinde yardım ederler.
    .ask =
        Size ulaşmanın en iyi yolu ne?
        Yeni ilaçlarımı kime sorayım?

after-appointment-problems =
    .title = İşler ters giderse
    .body =
        Bazen GP'niz ile hastane arasında işler ters gider. Örneğin, her biri bir işi diğerinin yapması gerektiğini söyleyebilir.
        Bu olursa, hastanenin hasta danışma ekibini isteyin. Bu ekibe genellikle PALS denir. İşler ters gittiğinde yardım ederler.
        Her hastanede ayrıca adı belirli bir sorumlu kişi vardır. Bu kişinin görevi, hastane ile GP muayenehanelerinin iyi birlikte çalışmasına yardım etmektir.
    .if-not = Hasta danışma ekibi yardım edemezse, onlara nasıl şikayette bulunacağınızı sorun. GP muayenehanenize de söyleyebilirsiniz.
    .ask =
        Bunu kim çözecek?
        Bunu, GP muayenehaneleriyle çalışan sorumlu kişiye söyleyebilir misiniz?
