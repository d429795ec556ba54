# Journey: getting a fit note.
# Structure and sources: src/journeys/fit_notes.rs

fit-notes =
    .title = İş göremezlik raporu (fit note) almak
    .summary = Ne zaman iş göremezlik raporuna ihtiyacınız olur, raporu size kim verir ve almadıysanız ne yapmalısınız.
    .intro = İş göremezlik raporu (fit note), çalışabilecek kadar iyi olup olmadığınızı belirtir. Bazı kişiler buna hastalık raporu (sick note) der. Ne zaman rapora ihtiyacınız olduğu, raporu size kimin verdiği ve almadıysanız ne yapacağınız aşağıda anlatılıyor.
    .keywords = hastalık raporu, rapor, iş göremezlik raporu, istirahat raporu, fit note, sick note, işten izin, iş yerinden izin, doktor raporu, statement of fitness for work, med 3, iş için belge, patronum için belge, işveren, hastalık ödemesi, sick pay, self certify, self-certification, kendi beyanı, universal credit, yardımlar, ESA

fit-notes-first-week =
    .title = İşe gitmediğiniz ilk 7 gün
    .body =
        Hastalık nedeniyle işe gitmediğiniz ilk 7 gün için iş göremezlik raporuna ihtiyacınız yoktur. Normalde çalışmadığınız günler de bu 7 güne dahildir.
        İşvereninize kendiniz haber verirsiniz. Bazı işverenlerin bunun için bir formu vardır.
        7 günden uzun süre işe gidemezseniz, iş göremezlik raporuna ihtiyacınız olur.
    .if-not = İşvereniniz ilk 7 gün için iş göremezlik raporu isterse, onların formunu ya da GOV.UK sitesindeki formu doldurabileceğinizi söyleyin.
    .ask =
        Şu anda iş göremezlik raporuna ihtiyacım var mı?
        Hasta olduğum için işe gelemediğimi işverenime nasıl bildiririm?

fit-notes-hospital =
    .title = Raporu hastane verir
    .body =
        Hastane ekibi, bundan daha uzun süre işe gidemeyeceğinizi mi düşünüyor? O zaman siz ayrılmadan önce size bir iş göremezlik raporu verirler.
        Rapor, işe gidemeyeceğinizi düşündükleri sürenin tamamını kapsamalı. Bu yüzden bunun için GP'nizden (aile hekiminizden) ikinci bir rapor almanız gerekmemeli.
        Raporu işvereninize verebilirsiniz. Universal Credit (bir devlet yardımı) gibi yardımlar için de kullanabilirsiniz.
    .if-not = Rapor almadan ayrılırsanız, hastane ekibini arayın. Size bir iş göremezlik raporu göndermelerini isteyin.
    .ask =
        Sizce ne kadar süre işe gidemeyeceğim?
        Bu sürenin tamamı için iş göremezlik raporu alabilir miyim?
        Biraz çalışabilir miyim ya da daha hafif işler yapabilir miyim?

fit-notes-who =
    .title = Raporu kim imzalayabilir
    .body =
        İş göremezlik raporunun bir doktordan gelmesi gerekmez.
        Bir hemşire, eczacı, fizyoterapist veya ergoterapist (occupational therapist) sizi muayene ettiyse size rapor verebilir.
        Fizyoterapist vücudunuzun hareket etmesine yardım eder. Ergoterapist günlük işlerinizi yapmanıza yardım eder.
        Yani size raporunuzu veren kişi, sizi tedavi eden kişi olabilir.
    .if-not = Sizi tedavi eden kişi size rapor veremiyorsa, ekiplerinde kimin verebileceğini sorun.
    .ask =
        Bana iş göremezlik raporu verebilir misiniz?
        Veremiyorsanız, ekibinizde kim verebilir?

fit-notes-missing =
    .title = Rapor almadıysanız
    .body =
        Hastane işe gidemeyeceğinizi düşündüğü halde size iş göremezlik raporu vermediyse, sizi tedavi eden hastane ekibini arayın.
        Raporu size vermek onların görevidir. GP'nizin bunu onların yerine yapması gerekmemeli.
    .if-not = Hastane ekibi yardım etmezse, hastanenin hasta danışma ekibini isteyin.
    .ask =
        Raporumu bana postayla veya e-postayla gönderebilir misiniz?
        Rapor, izin almam gereken sürenin tamamını kapsıyor mu?

fit-notes-gp =
    .title = Raporu GP'niz ne zaman verir
    .body =
        GP muayenehaneniz, GP'nizin tedavi ettiği sorunlar için iş göremezlik raporu verir.
        Hastanenin tedavi ettiği bir sorun için önce hastane ekibine sorun.
        Bir sorun için sizi kimin tedavi ettiğinden emin değilseniz, GP muayenehanenize sorun.
    .if-not = Kimseden iş göremezlik raporu alamazsanız, ne yapacağınızı GP muayenehanenize sorun.
    .ask =
        Bu sorun için beni kim tedavi ediyor?
        Bunun için bana iş göremezlik raporu verebilir misiniz?
