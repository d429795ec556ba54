# Journey: the hospital sends you on to another team.
# Structure and sources: src/journeys/onward_referral.rs

onward-referral =
    .title = Hastane sizi başka bir ekibe gönderir
    .summary = Bir hastane ekibinin, GP'nize geri dönmenize gerek kalmadan sizi doğrudan başka bir ekibe gönderdiği durumlar.
    .intro = Bazen bir hastane ekibi, farklı bir ekibe görünmeniz gerektiğini fark eder. Çoğu zaman sizi oraya kendileri gönderebilirler. Bunun nasıl işlediği ve kime soracağınız aşağıda anlatılıyor.
    .keywords = ileri sevk, onward referral, başka ekibe sevk, başka bir ekip, başka bir uzman, farklı uzman, ikinci uzman, farklı bölüm, başka bir klinik, yeni sorun, bağlantılı sorun, acil testler, acil tedavi, hastane sevki, GP'me gitmem gerekiyor mu, GP'ye geri, transfer

onward-referral-direct =
    .title = Hastane sizi doğrudan oraya gönderir
    .body =
        Hastane ekibi, başka bir ekibe görünmeniz gerektiğini fark edebilir. Yeni sorun, sizin ilk başta gönderilme nedeninizle bağlantılıysa, sizi oraya kendileri gönderirler.
        Acil test veya tedaviye ihtiyacınız olduğunda da bunu yaparlar. Örneğin kanser olabileceğinizi düşünüyorlarsa.
        Bunun için GP'nize (aile hekiminize) geri dönmeniz gerekmez.
    .if-not = Hastane ekibi size GP'nize geri dönmenizi mi söylüyor? Sorun bağlantılıysa veya acilse, sizi kendilerinin göndermesini isteyin.
    .ask =
        Beni hangi ekibe gönderiyorsunuz ve neden?
        Acil mi?
        GP'me haber verecek misiniz?

onward-referral-hear =
    .title = Yeni ekipten haber alırsınız
    .body =
        Yeni ekip, randevunuzu ayarlamak için sizinle iletişime geçer. Bu çoğu zaman mektupla, kısa mesajla veya telefonla olur.
        Yeni ekibin size ulaşabilmesi için hastanedeki iletişim bilgilerinizi güncel tutun.
        Bir mesajın veya aramanın gerçekten hastaneden geldiğinden emin değilseniz, hastane mektubunuzdaki numarayı arayın.
    .if-not = Size söylenen zamanda haber almadıysanız, sizi gönderen ekibi arayın. Sevkin gönderildiğini kontrol etmelerini isteyin.
    .ask =
        Yeni ekipten ne zaman haber almalıyım?
        Benimle nasıl iletişime geçecekler?

onward-referral-questions =
    .title = Sorular için kimi aramalısınız
    .body =
        Neden başka bir ekibe gönderildiğinizle ilgili bir sorunuz varsa, sizi gönderen ekibi arayın.
        Yeni randevunuzla ilgili bir sorunuz varsa, yeni ekibi arayın. Numaraları mektubunuzda veya kısa mesajınızda yazar.
        İki ekip de sorularınızı kendileri cevaplamalı. Size GP'nize sormanızı söylememeliler.
        Beklerken durumunuz çok kötüleşirse, aynı gün GP muayenehanenizle veya NHS 111 ile iletişime geçin ve hastane ekibine haber verin. Acil bir durumda 999'u arayın.
    .if-not = Cevap alamazsanız, hastanedeki hasta danışma ekibini isteyin. İşler ters gittiğinde yardım ederler.
    .ask =
        Şu anda bakımımdan kim sorumlu?
        Durumum kötüleşirse kimi aramalıyım?

onward-referral-not-linked =
    .title = Yeni sorun bağlantılı değilse
    .body =
        Yeni sorun bağlantılı değilse ve acil değilse, hastane ekibi sizi başka bir ekibe göndermeyebilir. Bunun yerine bu konuda GP'nize yazabilirler.
        Bundan sonra ne yapmanız gerektiğini hastane ekibine sorun.
        Sizi endişelendiren herhangi bir yeni sorun için her zamanki gibi GP'nize görünebilirsiniz.
    .if-not = Yeni sorunla kimin ilgilendiğinden emin değilseniz, hastane ekibine sorun. GP muayenehanenize de sorabilirsiniz.
    .ask =
        Bu yeni sorunla kim ilgilenecek?
        Bu konuda GP'me yazacak mısınız?
