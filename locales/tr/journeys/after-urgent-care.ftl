# Journey: after A&E or an urgent treatment centre.
# Structure and sources: src/journeys/after_urgent_care.rs

after-urgent-care =
    .title = A&E (acil servis) veya acil tedavi merkezinden sonra
    .summary = A&E'ye gittikten sonra kim ne yapar, test sonuçlarını size kim söyler ve ne zaman GP'nize gitmelisiniz.
    .intro = A&E'ye veya bir acil tedavi merkezine gittiniz ve şimdi evdesiniz. Bundan sonra kimin ne yapacağı ve kiminle iletişime geçeceğiniz aşağıda anlatılıyor.
    .keywords = A&E, A and E, acil, acil servis, kaza ve acil, emergency department, acil tedavi merkezi, urgent treatment centre, UTC, walk-in centre, küçük yaralanmalar, A&E'den sonra, kırık kliniği, kırık kemik, röntgen sonuçları, GP'nize görünün, A&E sonrası kontrol

after-urgent-care-letter =
    .title = Hastane ziyaretinizi GP'nize bildirir
    .body =
        A&E veya acil tedavi merkezi, ziyaretiniz hakkında GP muayenehanenize (aile hekiminizin muayenehanesine) bir mektup gönderir.
        Sadece oraya gittiğinizi söylemek için GP'nizden randevu almanız gerekmez.
        Evde nelere dikkat edeceğinizi bilmek için, varsa bilgi kağıtlarını isteyin.
    .if-not = GP muayenehanenizin mektuba ihtiyacı varsa ve mektup gelmediyse, A&E'yi veya acil tedavi merkezini arayın. Mektubu göndermelerini isteyin.
    .ask =
        Bugünü GP'me bildirecek misiniz?
        Eve götürmek için bir bilgi kağıdı alabilir miyim?

after-urgent-care-follow-up =
    .title = Hastane bir sonraki randevunuzu ayarlar
    .body =
        Tekrar gelmeniz gerekebilir. Örneğin kırık bir kemik için kırık kliniğine. Bunu GP'niz değil, hastane ayarlar.
        Bazen kırık ekibi sizi görmek yerine telefonla arar.
    .if-not = Kontrol hakkında haber alacağınız söylendiyse ve haber almadıysanız, bilgi kağıdınızdaki veya mektubunuzdaki numarayı arayın. Numaranız yoksa, hastanenin ana numarasını arayın.
    .ask =
        Tekrar gelmem gerekiyor mu? Randevuyu kim ayarlayacak?
        Benimle nasıl iletişime geçeceksiniz?

after-urgent-care-results =
    .title = Testi yapan ekip sonucu size verir
    .body =
        Röntgen gibi bazı testlere, siz ayrıldıktan sonra tekrar bakılır. Sonuçtan, testi isteyen ekip sorumludur.
        Bir sonuç için bir şey yapılması gerekiyorsa, sizinle veya GP'nizle iletişime geçerler. Bunu nasıl yapacaklarını onlara sorun.
    .if-not = Bir sonuç hakkında haber alacağınız söylendiyse ve haber almadıysanız, gittiğiniz yeri arayın.
    .ask =
        Henüz gelmemiş sonuç var mı?
        Onları bana kim söyleyecek?

after-urgent-care-see-gp =
    .title = Size "şu olursa GP'nize görünün" derlerse
    .body =
        Çalışanlar, bir şey iyileşmezse GP'nize görünmenizi söyleyebilir. Bu, GP muayenehanenizle kendinizin iletişime geçmeniz gerektiği anlamına gelir. Muayenehane sizinle iletişime geçmesi gerektiğini bilmez.
        Size bir süre verdilerse ve o zamana kadar iyileşmediyseniz, GP muayenehanenizle iletişime geçin.
    .if-not = GP muayenehanenize ulaşamıyorsanız ve endişeliyseniz, NHS 111'i arayın.
    .ask =
        Nelere dikkat etmeliyim?
        İyileşmezse ne zaman GP'me görünmeliyim?

after-urgent-care-worse =
    .title = Durumunuz kötüleşirse
    .body =
        Durumunuz kötüleşirse ya da sizi endişelendiren yeni belirtileriniz olursa, aynı gün NHS 111'i arayın veya GP muayenehanenizle iletişime geçin.
        Çalışanlar size bir şey olursa geri gelmenizi söylediyse, geri gidin.
        Acil bir durumda 999'u arayın.
    .if-not = Yardım alamıyorsanız ve kendinizi çok kötü hissediyorsanız, 999'u arayın.
    .ask =
        Hangi belirtilerde geri gelmeliyim?
