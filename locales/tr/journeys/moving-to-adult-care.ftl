# Journey: moving from children's to adult care. Written for young people.
# Structure and sources: src/journeys/moving_to_adult_care.rs

moving-to-adult-care =
    .title = Çocuk bakımından yetişkin bakımına geçiş
    .summary = Yetişkin bakımına geçişinizi kim planlar ve geçişten önce ve sonra kiminle iletişime geçmelisiniz.
    .intro = Uzun süren bir sağlık sorununuz var. Buna uzun süreli hastalık (long-term condition) denir. Büyüdükçe bakımınız çocuk ekibinden yetişkin hizmetlerine geçer. Kimin ne yaptığı aşağıda anlatılıyor.
    .keywords = yetişkin bakımına geçiş, yetişkin hizmetleri, geçiş, transition, transfer, büyümek, 16 yaşına girmek, 18 yaşına girmek, ergen, genç, genç yetişkin, çocuk hastanesi, uzun süreli hastalık, kronik hastalık, yetişkin kliniği, çocuk hizmetlerinden ayrılmak

moving-to-adult-care-plan =
    .title = Çocuk ekibiniz geçişi planlar
    .body =
        Hastanedeki çocuk ekibiniz, yetişkin bakımına geçişinizi planlar. En geç okulda Year 9'a geldiğinizde, yani 13 veya 14 yaşındayken, bu konuyu sizinle konuşmaya başlamalılar.
        Planlamada size yardım eden, size atanmış bir görevliniz (named worker) olmalı. Bunun kim olduğunu sorun.
        İsterseniz yanınızda bir ebeveyn veya bakım veren kişi getirebilirsiniz. Her randevunun bir bölümünde doktorla yalnız görüşmeyi de isteyebilirsiniz.
    .if-not = Kimse sizinle geçiş hakkında konuşmadıysa, çocuk ekibinize sorun. Bir sonraki randevunuzda sorabilirsiniz.
    .ask =
        Yetişkin bakımına ne zaman geçeceğim?
        Bana atanmış görevli kim?
        Randevunun bir bölümünde sizinle yalnız görüşebilir miyim?

moving-to-adult-care-before =
    .title = Geçişten önce
    .body =
        Geçişe kadar bakımınızdan hâlâ çocuk ekibiniz sorumludur.
        Geçmeden önce yetişkin ekibinden biriyle tanışabilmelisiniz.
        Sorularınız varsa ya da hastalığınız kötüleşirse, çocuk ekibinizle iletişime geçin. Kendinizi iyi hissetmiyorsanız ve ne yapacağınızdan emin değilseniz, aynı gün GP muayenehanenizi (aile hekiminizin muayenehanesini) veya NHS 111'i arayın. Acil bir durumda 999'u arayın.
    .if-not = Çocuk ekibi bir sonraki iş gününün sonuna kadar sizi geri aramadıysa, tekrar arayın. Kendinizi daha kötü hissederseniz, aynı gün NHS 111'i veya GP'nizi arayın.
    .ask =
        Geçişe kadar kiminle iletişime geçmeliyim?
        Geçmeden önce yetişkin ekibiyle tanışabilir miyim?

moving-to-adult-care-adult-team =
    .title = Yetişkin ekibi bakımınızı devralır
    .body =
        Geçişten sonra, hastalığınıza hastanedeki bir yetişkin ekibi bakabilir.
        Size atanmış görevli, geçişin iyi gittiğinden emin olmak için geçişten sonra yaklaşık 6 ay boyunca sizinle iletişimde kalmalı.
        Bakımınızın her bölümünden tek bir ekip sorumlu olmalı. Bunun hangi ekip olduğunu bilmelisiniz. Telefon numaralarını güvenli bir yerde saklayın.
    .if-not = Şu anda kimin sorumlu olduğunu bilmiyorsanız, size atanmış görevliye sorun. Ya da GP muayenehanenize sorun.
    .ask =
        Şu anda bakımımdan hangi ekip sorumlu?
        Sizinle nasıl iletişime geçerim?
        Sizi ne sıklıkla göreceğim?

moving-to-adult-care-gp =
    .title = GP'niz ana doktorunuz olabilir
    .body =
        Bu aşamada GP'niz ana doktorunuz olabilir. Bu, bakımınızın daha büyük bir bölümünü GP muayenehanenizin üstleneceği anlamına gelir.
        Bunun sizin için olup olmayacağını çocuk ekibinize sorun.
        Yeni sağlık sorunları için başvuracağınız yer de GP muayenehanenizdir.
    .if-not = GP'nizin artık ana doktorunuz olup olmadığından emin değilseniz, GP muayenehanenize sorun.
    .ask =
        Artık ana doktorum siz misiniz?
        Hastaneden gelen mektuplarım sizde var mı?
        Hastalığım kötüleşirse kimi aramalıyım?
