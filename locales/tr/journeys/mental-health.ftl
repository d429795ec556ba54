# Journey: getting help for your mental health.
# Structure and sources: src/journeys/mental_health.rs

mental-health =
    .title = Ruh sağlığınız için yardım almak
    .summary = Kriz anında nereye başvurmalısınız, konuşma terapisini nasıl isteyebilirsiniz ve size kim bakar.
    .intro = Ruh sağlığınız, bedeniniz kadar önemlidir. Kriz anı da dahil, nereden yardım alacağınız ve her bölümü kimin yaptığı aşağıda anlatılıyor.
    .keywords = ruh sağlığı, akıl sağlığı, kriz, intihar, intihar düşüncesi, kendine zarar verme, kaygı, anksiyete, depresyon, stres, moral bozukluğu, panik, konuşma terapisi, danışmanlık, terapi, psikoterapi, CBT, BDT, talking therapies, toplum ruh sağlığı ekibi, psikiyatrist, antidepresan, ruh sağlığı ilacı

mental-health-crisis =
    .title = Kriz anında hemen yardım alın
    .body =
        Sizin veya başka birinin hayatı tehlikedeyse, 999'u arayın ya da A&E'ye (acil servis) gidin.
        Hemen yardıma ihtiyacınız varsa, NHS 111'i arayın ve ruh sağlığı seçeneğini seçin. Bu hat gece gündüz, her yaştan kişiye açıktır.
        Zaten bir ruh sağlığı ekibiniz varsa, bakım planınızdaki kriz numarasını kullanın.
    .if-not = Ulaşamazsanız, 999'u arayın ya da A&E'ye gidin.
    .ask =
        Yine böyle hissedersem kimi aramalıyım?

mental-health-talking-therapies =
    .title = Konuşma terapisini kendiniz isteyebilirsiniz
    .body =
        NHS Talking Therapies (NHS konuşma terapileri), endişe, moral bozukluğu ve stres gibi duygulara yardım eder. Önce GP'nize (aile hekiminize) görünmeniz gerekmez.
        Bu hizmete internetten veya telefonla kendiniz başvurabilirsiniz. Bölgenizdeki hizmeti bulmak için NHS website (NHS internet sitesi) üzerinde NHS Talking Therapies diye arayın.
        Bu hizmet yetişkinler içindir. Çocukların ve gençlerin kendi hizmetleri vardır. GP muayenehanenize veya okula sorun.
    .if-not = Hizmetten söyledikleri zamana kadar cevap almadıysanız, onlarla tekrar iletişime geçin. Beklerken kendinizi daha kötü hissederseniz, aynı gün GP muayenehanenizle veya NHS 111 ile iletişime geçin.
    .ask =
        Burada konuşma terapisi için bekleme süresi ne kadar?
        Ne tür yardımlar sunuyorsunuz?

mental-health-gp =
    .title = GP'niz yardım edebilir ve sizi sevk edebilir
    .body =
        GP'niz, nasıl hissettiğiniz ve ne tür yardımlar olduğu hakkında sizinle konuşabilir.
        Daha fazla yardıma ihtiyacınız varsa, GP'niz sizi bir ruh sağlığı ekibine sevk edebilir. Bu ekipte hemşireler, doktorlar ve terapistler gibi çalışanlar vardır.
    .if-not = Ruh sağlığı ekibini bekliyorsanız ve kendinizi daha kötü hissediyorsanız, aynı gün GP muayenehanenizle iletişime geçin veya NHS 111'i arayın. Kriz anında NHS 111'i arayın ve ruh sağlığı seçeneğini seçin.
    .ask =
        Benim için ne tür yardımlar var?
        Beni bir ruh sağlığı ekibine sevk edebilir misiniz?

mental-health-team =
    .title = Ruh sağlığı ekibi bakımınızı planlar
    .body =
        Size bir ruh sağlığı ekibi bakıyorsa, sizinle birlikte bir bakım planı hazırlarlar. Planda bakımınızdan kimin sorumlu olduğu ve ona nasıl ulaşacağınız yazar.
        Ekipten telefon numaralarını ve kriz anında arayacağınız bir numarayı isteyin.
    .if-not = Bakımınızdan kimin sorumlu olduğunu bilmiyorsanız, ekibe sorun. Ya da GP muayenehanenize sorun.
    .ask =
        Bakımımdan kim sorumlu?
        Kriz anında kimi aramalıyım?

mental-health-medicines =
    .title = İlaçlarınızı size kim verir
    .body =
        Çoğu zaman ruh sağlığı ekibi bir ilaç önerir ve GP'niz onu reçete eder.
        Bazı ilaçların, düzenli kan tahlilleriyle bir uzman tarafından takip edilmesi gerekir. O zaman ilacı ruh sağlığı ekibi reçete edebilir ya da bakımı GP'nizle paylaşabilir.
        Devamını size kimin vereceğini ve kontrolleri kimin yapacağını sorun.
    .if-not = İlacınız bitmek üzereyse ve kime soracağınızı bilmiyorsanız, GP muayenehanenizle iletişime geçin. Muayenehane kapalıysa NHS 111'i arayın.
    .ask =
        Bu ilacın devamını bana kim verecek?
        Bu ilaç için kan tahlili gerekiyor mu?
