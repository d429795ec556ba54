# Journey: your rights on a waiting list.
# Structure and sources: src/journeys/waiting_list_rights.rs

waiting-list-rights =
    .title = 你輪候醫院護理時的權利
    .summary = 選擇你的醫院、輪候很久後要求轉院，以及怎樣識別假短訊。
    .intro = 當你的GP（家庭醫生）轉介你時，對於你在哪裏及多快得到診治，你是有權利的。以下說明有哪些權利，以及應該問誰。
    .keywords = 權利、我的權利、選擇、選擇醫院、選擇地點、其他醫院、轉院、較短輪候、輪候很久、18星期、18個星期、等太久、輪候名單短訊、這個短訊是真的嗎、詐騙、詐騙短訊、假短訊、NHS短訊、失去我的位置、投訴、rights、choice、choose hospital、shorter wait、long wait、18 weeks、scam、scam text、fake text、NHS text、complaint

waiting-list-rights-choice =
    .title = 很多時你可以選擇你的醫院
    .body =
        當你的GP轉介你時，很多時你可以選擇去哪間醫院或診所。在英格蘭，大部分一般轉介都讓你有這個權利。
        你可以在My Planned Care網站上比較平均輪候時間。問你的GP你可以從哪些地方選擇。
    .if-not = 如果沒有人讓你選擇，而你想選擇，請問你的GP診所。你也可以在預約時問預約團隊。
    .ask =
        我可以從哪些醫院選擇？
        哪一間的輪候時間最短？

waiting-list-rights-long-wait =
    .title = 如果你已經輪候了很久
    .body =
        對於大部分不緊急的問題，你有權在轉介後18個星期內開始接受治療。這寫在NHS Constitution（NHS章程）裏。
        現在很多輪候時間都比這更長。如果你的輪候時間是這樣，你可以查詢可否轉到另一間輪候時間較短的醫院。
        請問醫院團隊。在某些情況下，他們會聯絡你，讓你轉院。
    .if-not = 如果醫院團隊幫不到你，請問你的GP診所。你也可以問醫院的病人諮詢團隊。
    .ask =
        我可以在別的地方早些得到診治嗎？
        轉院會改變由誰照顧我嗎？

waiting-list-rights-texts =
    .title = 確認你是否仍然需要診治的短訊
    .body =
        醫院可能會發短訊，確認你是否仍然需要應診。如果可以，請回覆。如果你已經不再需要，請說明。
        你不會只因為沒有回覆而被剔出名單。只有你或醫生可以決定你不再需要診治。
    .if-not = 如果你擔心自己已被剔出名單，請致電醫院團隊查詢。
    .ask =
        我仍在你們的名單上嗎？
        你們會怎樣聯絡我？

waiting-list-rights-scams =
    .title = 怎樣識別詐騙短訊
    .body =
        有些短訊假裝來自NHS。它們可能會說，除非你按下連結，否則你會失去你的位置。
        NHS不會為了保留你的位置或讓你預約，而要求你付款或提供你的銀行資料。
        如果你不確定某個短訊是否真實，不要使用裏面的連結。請致電你的醫院信件上的號碼，或問你的GP診所。
    .if-not = 如果你按下了連結，並提供了你的銀行資料，請立即致電你的銀行。
    .ask =
        這個短訊真的是你們發的嗎？

waiting-list-rights-help =
    .title = 如果你認為你的權利沒有得到落實
    .body =
        首先，和醫院團隊談談。他們可能可以解決問題。
        如果不能解決，請要求聯絡醫院的病人諮詢團隊。事情出錯時，他們會幫忙。他們也可以告訴你怎樣作出投訴。
    .if-not = 如果病人諮詢團隊幫不到你，問他們怎樣作出投訴。你也可以告訴你的GP診所。
    .ask =
        誰可以幫我處理這件事？
        我怎樣作出投訴？
