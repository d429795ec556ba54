# Journey: care at home after leaving hospital.
# Structure and sources: src/journeys/care_at_home.rs

care-at-home =
    .title = 住院後在家中的護理
    .summary = 誰安排在家中的幫助、誰會來，以及幫助沒有來時應該致電誰。
    .intro = 有些人住院後需要在家中得到幫助。有些人由醫院團隊在家中照顧，而不用留在病房。以下說明誰負責做甚麼，以及應該致電誰。
    .keywords = 家中護理、在家幫助、社區護士、地區護士、護士家訪、復康照顧、照顧者、家居照顧、虛擬病房、家居醫院、出院後、回家、出院、在家支援、器材、care at home、district nurse、community nurse、reablement、home care、virtual ward、hospital at home、discharge

care-at-home-plan =
    .title = 病房團隊和你一起計劃需要的幫助
    .body =
        在你出院前，病房團隊會和你談談你在家中需要甚麼幫助。
        他們應該告訴你誰會來、何時來，以及怎樣聯絡他們。請他們用書面寫下來給你。
        如果有人在家中照顧你，他們也可以參與這次討論。
    .if-not = 如果沒有人和你談過在家中的幫助，而你認為自己需要，請在離開前問病房職員。
    .ask =
        我在家中需要幫助嗎？
        誰會來？何時來？

care-at-home-nurse =
    .title = 護士或照顧者可能會上門探訪
    .body =
        社區護士（district nurse）可能會到你家探訪你。他們可以為你換敷料、打針，並查看你的情況。
        有些人會得到短期的幫助，讓他們可以重新自己照顧自己。這有時叫做復康照顧（reablement）。
        上門探訪的團隊會給你他們的電話號碼。
    .if-not = 如果說好的探訪沒有發生，請致電團隊給你的號碼。如果你沒有號碼，請致電病房或你的GP（家庭醫生）診所。
    .ask =
        你的電話號碼是甚麼？
        如果你沒有來，我應該怎樣做？

care-at-home-virtual-ward =
    .title = 如果你在虛擬病房
    .body =
        虛擬病房（virtual ward）的意思是，醫院團隊在你家中照顧你，而不是在病房照顧你。這也叫做家居醫院（hospital at home）。
        團隊可能會上門探訪你、打電話給你，或用你在家中使用的器材檢查你的情況。
        你在虛擬病房期間，由醫院團隊負責你的護理。他們會告訴你日間和晚上怎樣聯絡他們。
    .if-not = 如果你聯絡不到虛擬病房團隊，而你感覺更差，請致電NHS 111。如遇緊急情況，請致電999。
    .ask =
        現在誰負責我的護理？
        晚上我怎樣聯絡你們？

care-at-home-worse =
    .title = 如果你在家中情況轉差
    .body =
        如果你的情況轉差，而你有在家中照顧你的團隊的電話號碼，請先致電他們。
        如果你聯絡不到他們，請在當天聯絡你的GP診所或致電NHS 111。如遇緊急情況，請致電999。
    .if-not = 如果沒有人回電給你，而你感覺更差，請致電NHS 111。不要等。
    .ask =
        如果我感覺更差，應該先致電誰？
