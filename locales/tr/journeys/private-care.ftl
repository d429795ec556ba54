# Journey: moving from private care to the NHS.
# Structure and sources: src/journeys/private_care.rs

private-care =
    .title = Özel sağlık hizmetinden NHS'e geçiş
    .summary = Özel bir doktora göründükten sonra ilaçları ve kontrolleri size kim sağlar ve bir NHS listesine nasıl girersiniz.
    .intro = Özel bir doktora göründünüz ve şimdi bakımınızın bir bölümünü NHS'ten almak istiyorsunuz. Bazı şeyler NHS'e geçer, bazıları geçmez. Kimin ne yaptığı aşağıda anlatılıyor.
    .keywords = özel, özel doktor, özel klinik, özel hastane, özel uzman, özel reçete, ücretli, sigorta, NHS'e geçmek, özelden sonra NHS bekleme listesi, GP reçete yazmıyor, özel testler

private-care-clinic =
    .title = Özel klinik, başlattığı şeylerle kendisi ilgilenir
    .body =
        Özel klinik, başlattığı her tedavi için ilk reçeteyi verir. Bunun parasını siz ödersiniz.
        Özel doktor test veya kontrol isterse, bunları özel klinik yapar ve sonuçları size söyler.
        Özel klinik, bakımınız hakkında GP'nize (aile hekiminize) yazmalı.
    .if-not = Özel bakımınız hakkında bir sorunuz varsa, özel klinikle iletişime geçin. Bilgileri mektubunuzda yazar.
    .ask =
        GP'me yazacak mısınız?
        Testlerimi ve kontrollerimi kim yapıyor?

private-care-gp-prescribing =
    .title = GP'niz bazı ilaçları devralabilir
    .body =
        Özel doktorun başlattığı bir ilacı reçete etmesini GP'nizden isteyebilirsiniz. Bunun sizin için doğru olup olmadığına GP'niz karar verir.
        GP'niz hayır diyebilir. Bunun nedeni, ilacın bir uzman tarafından takip edilmesi gerekmesi olabilir. Ya da ilaç normalde NHS'te verilmiyor olabilir.
        GP'niz hayır derse, ilacı size özel klinik vermeye devam eder.
    .if-not = İlacınız bitmek üzereyse, bitmeden önce özel klinikle iletişime geçin.
    .ask =
        Bunu NHS üzerinden reçete edebilir misiniz?
        Edemezseniz, ne yapmalıyım?

private-care-nhs-list =
    .title = NHS bekleme listesine girmek
    .body =
        Bir NHS hastane ekibine görünmek için genellikle bir NHS sevkine ihtiyacınız olur. GP'nizle konuşun.
        Sevke ihtiyacınız olup olmadığına GP'niz karar verir. Bunun sizin için nasıl işleyeceğini GP'nize sorun.
    .if-not = Bölgenizde kuralların nasıl işlediğinden emin değilseniz, GP muayenehanenize sorun.
    .ask =
        Bunun için beni NHS'e sevk edebilir misiniz?
        En baştan mı beklemem gerekecek?

private-care-worse =
    .title = Durumunuz kötüleşirse
    .body =
        Durumunuz çok kötüleşirse ya da sizi endişelendiren yeni belirtileriniz olursa, aynı gün GP muayenehanenizle iletişime geçin veya NHS 111'i arayın. Acil bir durumda 999'u arayın.
        Sizi tedavi eden özel doktora da haber verin.
    .if-not = Bir sonraki iş gününün sonuna kadar kimse sizi geri aramadıysa, tekrar arayın. Kendinizi daha kötü hissederseniz, aynı gün NHS 111'i arayın.
    .ask =
        Gece durumum kötüleşirse kimi aramalıyım?
