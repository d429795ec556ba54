# Journey: Why your GP practice asks what the problem is.
# Structure and sources: src/journeys/care_navigation.rs

care-navigation =
    .title = Danışma neden sorununuzu soruyor
    .summary = GP muayenehaneniz neden sorununuzu soruyor, kime görünebilirsiniz ve bir bağlantı görevlisi nasıl yardım edebilir.
    .intro = GP muayenehanenizle (aile hekiminizin muayenehanesiyle) iletişime geçtiğinizde, çalışanlar sorununuzun ne olduğunu sorabilir. Sizi doğru kişiye yönlendirebilmek için sorarlar. Bunun nasıl işlediği aşağıda anlatılıyor.
    .keywords = resepsiyon görevlisi, sekreter, danışma, neden soruyorlar, sorun ne, GP randevusu almak, GP'ye görünmek, care navigation, bakım yönlendirmesi, yönlendirici, hemşire, eczacı, fizyoterapist, fizik tedavi, sosyal reçete, bağlantı görevlisi, link worker, yalnızlık, yalnız, yerel gruplar, topluluk grupları, hayır kurumu, gönüllü hizmetler

care-navigation-ask =
    .title = Çalışanlar sorunun ne olduğunu sorar
    .body =
        Aradığınızda veya gittiğinizde, resepsiyon görevlisi sorunun ne olduğunu sorabilir. Meraktan sormuyorlar.
        Doğru kişiye görünmenize yardım edebilmek için sorarlar. Buna bakım yönlendirmesi (care navigation) denir. Bu işi yapan çalışanlara bakım yönlendiricisi (care navigator) denir.
    .if-not = Kime görünmeniz gerektiğinden emin değilseniz, seçmenize yardım etmelerini çalışanlardan isteyin.
    .ask =
        Görünmem için en doğru kişi kim?
        Ne kadar kısa sürede görülebilirim?

care-navigation-right-person =
    .title = Doğru kişiye görünürsünüz
    .body =
        Doğru kişi bir GP olmayabilir. Bir hemşire veya bir eczacı olabilir. Eczacı, ilaçlar konusunda uzmandır.
        Bir fizyoterapist olabilir. Fizyoterapist kaslar, eklemler ve hareket konusunda yardım eder.
        Ya da çalışanlar sizi muayenehane dışındaki bir hizmete yönlendirebilir.
    .if-not = Hâlâ bir GP'ye ihtiyacınız olduğunu düşünüyorsanız, nedenini çalışanlara söyleyin. Durumunuz kötüleşirse, aynı gün GP muayenehanenizle yeniden iletişime geçin veya NHS 111'i arayın.
    .ask =
        Bu kişi neden benim sorunum için doğru kişi?
        İyileşmezsem ne yapmalıyım?

care-navigation-ask-link-worker =
    .title = Bir bağlantı görevlisi istersiniz
    .body =
        Sağlığınızı etkileyen bazı şeyler tıbbi değildir. Bir bağlantı görevlisi (link worker) bunlar konusunda yardım edebilir.
        Bir bağlantı görevlisiyle görüşmek için GP muayenehanenize sorun. Sizi onunla görüştürebilirler.
        Buna sosyal reçete (social prescribing) denir.
    .if-not = GP muayenehaneniz sizi bir bağlantı görevlisiyle görüştürmezse, onlara tekrar sorun. Bölgenizin bağlantı görevlisinin kim olduğunu sorun.
    .ask =
        Burada bir bağlantı görevlisi var mı?
        Onlardan haber almak ne kadar sürer?

care-navigation-link-worker =
    .title = Bir bağlantı görevlisi size yardım eder
    .body =
        Bağlantı görevlisi sizi yakınınızdaki gruplar ve hizmetlerle buluşturur.
        Bunları yerel halk veya hayır kurumları yürütüyor olabilir. Bunlar GP muayenehanenizin bir parçası değildir.
        Bağlantı görevlisi, size uygun olanları bulmanıza yardım eder.
    .if-not = Bir bağlantı görevlisinden haber almadıysanız, GP muayenehanenizle iletişime geçin. Kontrol etmelerini isteyin.
    .ask =
        Yakınımda hangi gruplar var?
        Başlamama yardım edebilir misiniz?
