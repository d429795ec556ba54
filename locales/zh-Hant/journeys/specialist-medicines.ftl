# Journey: a hospital specialist starts a new medicine.
# Structure and sources: src/journeys/specialist_medicines.rs

specialist-medicines =
    .title = 醫院醫生為你開始服用新藥物
    .summary = 誰給你藥物、誰給你更多，以及關於副作用和檢查應該問誰。
    .intro = 醫院的專科醫生已為你開始一種新藥物。專科醫生是對某一類健康問題認識很深的醫生。以下說明誰給你這種藥物，以及誰給你更多。它也說明如果藥物令你出現問題，應該問誰。
    .keywords = 處方、藥丸、藥、藥物、新藥物、專科醫生開的藥、門診藥物、重複處方、共同護理、共同護理協議、副作用、驗血、監察、藥物快吃完、醫院處方、專科藥物、藥房、prescription、medication、new medicine、repeat prescription、shared care、shared care agreement、side effects、blood test、monitoring、running out、specialist drug、pharmacy

specialist-medicines-start =
    .title = 醫院給你第一批藥物
    .body =
        醫院的專科醫生決定你需要一種新藥物。
        如果你需要現在就開始服用，醫院會給你第一批藥物。你不需要為此去找你的GP（家庭醫生）。
        住院後，你會得到至少7天的份量；如果整個療程較短，你會得到整個療程的份量。
        門診應診後，如果你需要立即開始服用，醫院會給你足夠目前使用的份量。又或者，門診信件會要求你的GP開處方。
    .if-not = 如果有人叫你現在就開始服用某種藥物，但你沒有拿到這種藥物，請致電醫院團隊。
    .ask =
        這種藥物有甚麼用途？
        我應該何時及怎樣服用？
        這種藥物由你給我，還是由我的GP給我？

specialist-medicines-gp =
    .title = 之後大部分藥物由你的GP開處方
    .body =
        大部分藥物，門診信件都會要求你的GP開處方給你更多。處方是讓你可以拿到藥物的單據。
        請等到你的GP診所收到信件。然後請他們把這種藥物加入你的重複處方（repeat prescription）。
        每次都要及早訂購重複處方的藥物，以免藥物吃完。
    .if-not = 如果你的GP診所還未收到信件，而你的藥物很快會吃完，請致電醫院團隊。請他們寄出信件，或給你更多藥物。
    .ask =
        你已經把信件寄給我的GP了嗎？
        在那之前，你會給我多少份量？

specialist-medicines-shared-care =
    .title = 必須由專科醫生監察的藥物
    .body =
        有些藥物需要專科醫生密切留意。如果醫院為你開始了這類藥物，醫院會繼續給你這種藥物。
        有時醫院會請你的GP接手。這需要一份共同護理協議（shared care agreement）。這是醫院、你的GP和你都同意的計劃。
        你的GP不一定要答應。在各方都同意之前，由醫院給你更多藥物。
    .if-not = 如果你的藥物快要吃完，而沒有人給你更多，請致電醫院團隊。請在藥物吃完之前致電。
    .ask =
        這種藥物會繼續由你給我，還是由我的GP給我？
        我的GP同意共同護理了嗎？
        我怎樣要求更多藥物？

specialist-medicines-checks =
    .title = 檢查藥物的驗血
    .body =
        有些藥物需要驗血，確保藥物對你是安全的。問清楚你的藥物是否需要。
        問清楚誰負責做檢查，以及多久做一次。
        要求做檢查的團隊會查看結果。他們會告訴你結果代表甚麼。
    .if-not = 如果結果遲了，請聯絡要求做檢查的團隊。問他們結果顯示甚麼。
    .ask =
        這種藥物需要驗血嗎？
        誰負責驗血？多久驗一次？
        誰告訴我結果？

specialist-medicines-problems =
    .title = 如果藥物令你出現問題
    .body =
        如果你認為藥物令你出現問題，請致電為你開始這種藥物的醫院團隊。
        有些藥物，例如癌症藥物，設有日夜開放的求助熱線。如果團隊給了你熱線號碼，請使用它。
        如果你感到非常不適，請在當天致電NHS 111或你的GP診所。如遇緊急情況，請致電999。
    .if-not = 如果到了下一個工作天完結時，醫院團隊仍未回電給你，請再打電話。如果你感覺更差，請在當天致電NHS 111或你的GP。
    .ask =
        出現甚麼副作用時，我應該打電話給你？
        這種藥物有求助熱線嗎？
        如果我漏服一次，應該怎樣做？
