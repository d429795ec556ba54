# Journey: moving from private care to the NHS.
# Structure and sources: src/journeys/private_care.rs

private-care =
    .title = 由私家醫療轉到NHS
    .summary = 你看過私家醫生後，誰給你藥物和為你做檢查，以及怎樣加入NHS的輪候名單。
    .intro = 你看過私家醫生，現在想在NHS（英國國民保健服務）接受部分護理。有些事情可以轉過來，有些則不可以。以下說明誰負責做甚麼。
    .keywords = 私家、私家醫生、私家診所、私家醫院、私家顧問醫生、私家處方、自費、保險、轉到NHS、看私家後輪候NHS、GP不肯開藥、私家檢查、private、private doctor、private clinic、private hospital、private prescription、insurance、switch to NHS

private-care-clinic =
    .title = 私家診所負責它開始的治療
    .body =
        私家診所開始的任何治療，第一張處方都由私家診所給你。你需要付費。
        如果私家醫生要求做檢驗或檢查，私家診所會負責做，並告訴你結果。
        私家診所應該寫信給你的GP（家庭醫生），講述你的護理情況。
    .if-not = 如果你對私家護理有疑問，請聯絡私家診所。他們的聯絡資料在你的信件上。
    .ask =
        你會寫信給我的GP嗎？
        誰為我做檢驗和檢查？

private-care-gp-prescribing =
    .title = 你的GP可能會接手部分藥物
    .body =
        你可以請你的GP為私家醫生開始的藥物開處方。你的GP會決定這是否適合你。
        你的GP可能會拒絕。原因可能是這種藥物需要專科醫生密切留意，也可能是NHS通常不提供這種藥物。
        如果你的GP拒絕，私家診所會繼續給你這種藥物。
    .if-not = 如果你的藥物快要吃完，請在吃完之前聯絡私家診所。
    .ask =
        你可以在NHS為我開這種藥物的處方嗎？
        如果不可以，我應該怎樣做？

private-care-nhs-list =
    .title = 加入NHS輪候名單
    .body =
        如要由NHS醫院團隊診治，你通常需要NHS轉介。請和你的GP商量。
        你的GP會決定你是否需要轉介。問你的GP這對你來說會怎樣安排。
    .if-not = 如果你不確定你所在地區的規則是怎樣，請問你的GP診所。
    .ask =
        你可以為這個問題把我轉介到NHS嗎？
        我需要從頭開始輪候嗎？

private-care-worse =
    .title = 如果你的情況轉差
    .body =
        如果你的情況轉差了很多，或出現令你擔心的新症狀，請在當天聯絡你的GP診所或致電NHS 111。如遇緊急情況，請致電999。
        也請告訴正在治療你的私家醫生。
    .if-not = 如果到了下一個工作天完結時仍然沒有人回電給你，請再打電話。如果你感覺更差，請在當天致電NHS 111。
    .ask =
        如果我晚上情況轉差，應該致電誰？
