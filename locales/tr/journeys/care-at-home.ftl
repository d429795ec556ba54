# Journey: care at home after leaving hospital.
# Structure and sources: src/journeys/care_at_home.rs

care-at-home =
    .title = Hastanede yattıktan sonra evde bakım
    .summary = Evde yardımı kim planlar, kim gelir ve yardım gelmezse kimi aramalısınız.
    .intro = Bazı kişiler hastanede yattıktan sonra evde yardıma ihtiyaç duyar. Bazı kişilere ise serviste (hastanede yatılan bölüm) kalmak yerine evde bir hastane ekibi bakar. Kimin ne yaptığı ve kimi arayacağınız aşağıda anlatılıyor.
    .keywords = evde bakım, evde yardım, bölge hemşiresi, district nurse, toplum hemşiresi, hemşire ziyareti, reablement, yeniden bağımsızlaşma, bakıcılar, ev bakımı, sanal servis, virtual ward, evde hastane, hospital at home, hastaneden sonra, eve dönmek, taburcu, evde destek, ekipman

care-at-home-plan =
    .title = Servis ekibi yardımı sizinle birlikte planlar
    .body =
        Hastaneden ayrılmadan önce servis ekibi, evde ihtiyaç duyacağınız yardım hakkında sizinle konuşur.
        Kimin, ne zaman geleceğini ve onlara nasıl ulaşacağınızı size söylemeliler. Bunu yazılı olarak isteyin.
        Evde size bakan biri varsa, o da bu konuşmaya katılabilir.
    .if-not = Kimse sizinle evde yardım hakkında konuşmadıysa ve yardıma ihtiyacınız olduğunu düşünüyorsanız, ayrılmadan önce servis çalışanlarına sorun.
    .ask =
        Evde yardıma ihtiyacım olacak mı?
        Kim gelecek, ne zaman?

care-at-home-nurse =
    .title = Bir hemşire veya bakıcı sizi ziyaret edebilir
    .body =
        Bir bölge hemşiresi (district nurse) sizi evde ziyaret edebilir. Pansumanları değiştirebilir, iğne yapabilir ve nasıl olduğunuzu kontrol edebilir.
        Bazı kişiler, işlerini yeniden kendi başlarına yapabilmek için kısa bir süre yardım alır. Buna bazen reablement (yeniden bağımsızlaşma desteği) denir.
        Sizi ziyaret eden ekip size telefon numarasını verir.
    .if-not = Size söylenen bir ziyaret olmazsa, ekibin size verdiği numarayı arayın. Numaranız yoksa, servisi veya GP muayenehanenizi (aile hekiminizin muayenehanesini) arayın.
    .ask =
        Telefon numaranız nedir?
        Gelmezseniz ne yapmalıyım?

care-at-home-virtual-ward =
    .title = Sanal serviste iseniz
    .body =
        Sanal servis (virtual ward), bir hastane ekibinin size serviste değil, evde bakması demektir. Buna evde hastane (hospital at home) de denir.
        Ekip sizi ziyaret edebilir, telefonla arayabilir ya da evde kullandığınız cihazlarla sizi kontrol edebilir.
        Sanal servisteyken bakımınızdan hastane ekibi sorumludur. Gece ve gündüz onlara nasıl ulaşacağınızı size söylerler.
    .if-not = Sanal servis ekibine ulaşamıyorsanız ve kendinizi daha kötü hissediyorsanız, NHS 111'i arayın. Acil bir durumda 999'u arayın.
    .ask =
        Şu anda bakımımdan kim sorumlu?
        Geceleri size nasıl ulaşırım?

care-at-home-worse =
    .title = Evde durumunuz kötüleşirse
    .body =
        Durumunuz kötüleşirse, numaraları sizde varsa önce size evde bakan ekibi arayın.
        Onlara ulaşamazsanız, aynı gün GP muayenehanenizle iletişime geçin veya NHS 111'i arayın. Acil bir durumda 999'u arayın.
    .if-not = Kimse sizi geri aramadıysa ve kendinizi daha kötü hissediyorsanız, NHS 111'i arayın. Beklemeyin.
    .ask =
        Kendimi daha kötü hissedersem önce kimi aramalıyım?
