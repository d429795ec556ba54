# Journey: your test results.
# Structure and sources: src/journeys/test_results.rs

test-results =
    .title = Test sonuçlarınız
    .summary = Test sonucunuzu size kim söyler ve haber almadıysanız ne yapmalısınız.
    .intro = Bir test, sorunun ne olduğunu bulmaya ya da nasıl olduğunuzu kontrol etmeye yardım eder. Sonucu size testi isteyen ekip söyler. Neler olması gerektiği aşağıda anlatılıyor.
    .keywords = test sonuçları, test sonucu, sonuçlar, kan tahlili, kan sonuçları, tahlil, görüntüleme, tarama, scan, röntgen, idrar tahlili, numune, biyopsi, sonuç bekliyorum, sonuç yok, haber alamadım, sonucu takip etmek, sonuçlarımı kim söyler, NHS App sonucu, anormal sonuç, hastane testi, GP muayenehanesinde test, sonucum ne anlama geliyor

test-results-asked =
    .title = Neden bir teste ihtiyacınız olduğu size söylenir
    .body =
        Bir hastane ekibi sizden bir test yaptırmanızı isteyebilir. Bu bir kan tahlili, röntgen veya görüntüleme (scan) olabilir.
        Neden ihtiyacınız olduğunu ve testin neyi gösterebileceğini size söylemeliler.
        Ayrıca sonucu nasıl öğreneceğinizi, size kimin söyleyeceğini ve ne zamana kadar söyleneceğini de söylemeliler.
        Testi GP'niz (aile hekiminiz) isterse, bunları size GP muayenehaneniz söylemeli.
    .if-not = Sonucu nasıl alacağınız size söylenmediyse, testi isteyen ekibe sorun.
    .ask =
        Bu teste neden ihtiyacım var?
        Test neyi gösterebilir?
        Sonucu bana kim ve ne zaman söyleyecek?

test-results-taken =
    .title = Testi yaptırırsınız
    .body =
        Testi nerede yaptıracağınız, nerede yaşadığınıza bağlıdır. Hastanede, yakınınızdaki bir kan alma merkezinde veya GP muayenehanenizde olabilir.
        Birçok GP muayenehanesi, hastanenin istediği testler için kan alamaz. Nereye gideceğinizi testi isteyen ekibe sorun.
        Test nerede yapılırsa yapılsın, sonuç testi isteyen ekibe gider.
        Bir sonucun gelmesi günler veya haftalar sürebilir. Bu, teste bağlıdır.
    .if-not = Testinize gidemeyecekseniz, testi ayarlayan yere olabildiğince çabuk haber verin. Yeni bir zaman isteyin.
    .ask =
        Testim için nereye gideceğim?
        Önce bir şey yapmam gerekiyor mu, örneğin aç kalmak gibi?

test-results-app =
    .title = Sonucu önce NHS App uygulamasında görebilirsiniz
    .body =
        Artık birçok sonuç NHS App (NHS uygulaması) içinde kendiliğinden görünür. Bir sonucu, kimse sizinle onun hakkında konuşmadan önce görebilirsiniz.
        Normal değil diye işaretlenen bir sonuç her zaman ciddi değildir. Bazı sonuçlar normal aralığın biraz dışındadır ve sorun yoktur.
        Bir sonuç sizi endişelendirirse, testi isteyen ekiple iletişime geçin. Sonucun sizin için ne anlama geldiğini size söyleyebilirler.
    .if-not = Ekibe ulaşamıyorsanız ve endişeliyseniz, GP muayenehanenizi veya NHS 111'i arayın. Acil bir durumda 999'u arayın.
    .ask =
        Sonucum NHS App uygulamasında görünecek mi?
        Ben sonucu görmeden önce biri benimle konuşacak mı?

test-results-told =
    .title = Ekip sonucu size söyler
    .body =
        Testi isteyen ekip sonuca bakar. Bundan sonra ne yapılacağına karar verir ve size söyler.
        Testi bir hastane ekibi istediyse, sonucu size hastane ekibi söyler. Kanınız GP muayenehanenizde alınmış olsa bile bu böyledir.
        GP'niz sonucu görebiliyor olabilir, ama sonucu size açıklayacak olan, testi isteyen ekiptir.
    .if-not = Size söylenen zamana kadar haber almadıysanız, testi isteyen ekiple iletişime geçin.
    .ask =
        Sonucum ne anlama geliyor?
        Bundan sonra ne olacak?
        GP'min bir şey yapması gerekiyor mu?

test-results-chase =
    .title = Haber almadıysanız
    .body =
        Size verilen süre geçtiyse, testi isteyen ekiple iletişime geçin. Sadece beklemeyin.
        Testi bir hastane ekibi istediyse, hastane ekibini arayın. Testi GP'niz istediyse, GP muayenehanenizle iletişime geçin.
        Beklerken kendinizi daha kötü hissederseniz, aynı gün GP muayenehanenizi veya NHS 111'i arayın. Acil bir durumda 999'u arayın.
    .if-not = Hastaneden hâlâ cevap alamıyorsanız, hastanenin hasta danışma ekibini isteyin. İşler ters gittiğinde yardım ederler.
    .ask =
        En geç ne zaman haber almış olmam gerekirdi?
        Sonucum hakkında benimle kim konuşabilir?
