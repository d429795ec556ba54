# Journey: referring yourself, and Pharmacy First.
# Structure and sources: src/journeys/self_referral.rs

self-referral =
    .title = 不用先看GP也可以求助
    .summary = 你可以自己去的服務、藥房可以治療甚麼，以及之後誰負責照顧你。
    .intro = 有些問題你不需要先看你的GP（家庭醫生）。你可以自己聯絡服務。這叫做自我轉介。以下說明這是怎樣運作的，以及誰負責做甚麼。
    .keywords = 自我轉介、自己轉介、不用看GP、物理治療、背痛、足部護理、腳、腳部問題、聽力、聽力檢查、助產士、懷孕、產科、性健康、談話治療、Pharmacy First、藥房、藥劑師、喉嚨痛、耳痛、鼻竇炎、尿道感染、生蛇、帶狀疱疹、膿疱病、昆蟲咬傷、refer myself、self referral、self-referral、physio、physiotherapy、podiatry、audiology、midwife、sexual health、talking therapies、pharmacy first、pharmacist、UTI、shingles

self-referral-services =
    .title = 你可以自己去的地方
    .body =
        有些NHS服務，你不用先看你的GP，也可以自己聯絡。
        這些服務可能包括處理肌肉和關節問題的物理治療、足部護理、聽力檢查，以及談話治療。你懷孕時也可以聯絡助產士，你也可以聯絡性健康診所。
        你可以自己聯絡哪些服務，要視乎你住在哪裏。
    .if-not = 如果你找不到該服務，請問你的GP診所。接待處可以告訴你怎樣聯絡。
    .ask =
        這裏的這項服務可以自我轉介嗎？
        我怎樣聯絡這項服務？

self-referral-pharmacy-first =
    .title = 藥房可以治療某些問題
    .body =
        對於一些常見問題，藥劑師可以為你檢查並提供治療，你不用看GP。這叫做Pharmacy First（藥房優先服務）。
        這些問題是喉嚨痛、耳痛、鼻竇痛、帶狀疱疹（生蛇）和膿疱病。受感染的咬傷，以及女性的尿道感染，也在名單上。有些只適用於某些年齡的人。
        如果你需要通常由醫生開處方的藥物，藥劑師可以給你。
    .if-not = 如果藥劑師說你需要看GP，他們會告訴你。然後請聯絡你的GP診所。
    .ask =
        你可以在這裏治療這個問題嗎？
        如果我沒有好轉，應該怎樣做？

self-referral-in-charge =
    .title = 為你診治的服務負責你的護理
    .body =
        你聯絡的服務會負責處理那個問題。它會告訴你它所要求的任何檢查的結果。
        如果你的GP需要知道，該服務會告訴你的GP。
    .if-not = 如果到了服務所說的時間，你仍未收到回覆，請再聯絡該服務。
    .ask =
        如果我有問題，應該聯絡誰？
        你會告訴我的GP嗎？

self-referral-gp =
    .title = 甚麼時候應該改為找你的GP
    .body =
        如果你不確定應該去哪裏，請問你的GP診所。職員可以幫你選擇。
        如果你沒有好轉，或情況轉差，請在當天聯絡你的GP診所或致電NHS 111。如遇緊急情況，請致電999。
    .if-not = 如果你聯絡不到你的GP診所，而你感到擔心，請致電NHS 111。
    .ask =
        這個問題最好去哪裏處理？
