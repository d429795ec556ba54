# Journey: referring yourself, and Pharmacy First.
# Structure and sources: src/journeys/self_referral.rs

self-referral =
    .title = Önce GP'nize görünmeden yardım almak
    .summary = Kendiniz başvurabileceğiniz hizmetler, bir eczacının neleri tedavi edebileceği ve sonra size kimin baktığı.
    .intro = Bazı sorunlar için önce GP'nize (aile hekiminize) görünmeniz gerekmez. Hizmete kendiniz başvurabilirsiniz. Buna kendi kendine başvuru (self-referral) denir. Bunun nasıl işlediği ve kimin ne yaptığı aşağıda anlatılıyor.
    .keywords = kendim başvurmak, kendi kendine başvuru, self referral, self-referral, GP olmadan, fizyoterapi, fizik tedavi, bel ağrısı, sırt ağrısı, ayak bakımı, ayak, ayak sorunları, işitme, odyoloji, ebe, hamile, gebelik, doğum, cinsel sağlık, konuşma terapileri, pharmacy first, eczane, eczacı, boğaz ağrısı, kulak ağrısı, sinüzit, idrar yolu enfeksiyonu, UTI, zona, impetigo, böcek ısırığı

self-referral-services =
    .title = Kendiniz gidebileceğiniz yerler
    .body =
        Bazı NHS hizmetlerine, önce GP'nize görünmeden kendiniz başvurabilirsiniz.
        Bunlar arasında kaslar ve eklemler için fizyoterapi, ayak bakımı, işitme testleri ve konuşma terapileri olabilir. Hamileyken bir ebeye kendiniz başvurabilirsiniz. Bir cinsel sağlık kliniğine de kendiniz başvurabilirsiniz.
        Hangi hizmetlere kendiniz başvurabileceğiniz, nerede yaşadığınıza bağlıdır.
    .if-not = Hizmeti bulamazsanız, GP muayenehanenize sorun. Danışmadaki çalışanlar size hizmete nasıl ulaşacağınızı söyleyebilir.
    .ask =
        Burada bu hizmete kendim başvurabilir miyim?
        Bu hizmete nasıl ulaşırım?

self-referral-pharmacy-first =
    .title = Bir eczane bazı sorunları tedavi edebilir
    .body =
        Bir eczacı, bazı yaygın sorunlar için GP randevusu olmadan sizi muayene edip tedavi verebilir. Buna Pharmacy First (önce eczane) denir.
        Bunlar boğaz ağrısı, kulak ağrısı, sinüs ağrısı, zona ve impetigo (bir deri enfeksiyonu). Mikrop kapmış ısırıklar ve kadınlarda idrar yolu enfeksiyonları da listededir. Bazıları yalnızca belirli yaşlar içindir.
        Normalde bir doktorun reçete edeceği bir ilaca ihtiyacınız varsa, eczacı onu size verebilir.
    .if-not = Bir GP'ye görünmeniz gerekiyorsa, eczacı bunu size söyler. O zaman GP muayenehanenizle iletişime geçin.
    .ask =
        Bunu burada tedavi edebilir misiniz?
        İyileşmezsem ne yapmalıyım?

self-referral-in-charge =
    .title = Sizi gören hizmet sorumludur
    .body =
        Başvurduğunuz hizmet o sorunla ilgilenir. İstediği testlerin sonuçlarını size o söyler.
        GP'nizin bilmesi gerekiyorsa, hizmet GP'nize haber verir.
    .if-not = Hizmetten, söylediği zamanda haber almazsanız, onunla tekrar iletişime geçin.
    .ask =
        Bir sorum olursa kiminle iletişime geçmeliyim?
        GP'me haber verecek misiniz?

self-referral-gp =
    .title = Ne zaman bunun yerine GP'nize gitmelisiniz
    .body =
        Nereye gideceğinizden emin değilseniz, GP muayenehanenize sorun. Çalışanlar seçmenize yardım edebilir.
        İyileşmezseniz ya da durumunuz kötüleşirse, aynı gün GP muayenehanenizle iletişime geçin veya NHS 111'i arayın. Acil bir durumda 999'u arayın.
    .if-not = GP muayenehanenize ulaşamıyorsanız ve endişeliyseniz, NHS 111'i arayın.
    .ask =
        Bunun için gidilecek en iyi yer neresi?
