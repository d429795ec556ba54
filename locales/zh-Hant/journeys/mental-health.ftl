# Journey: getting help for your mental health.
# Structure and sources: src/journeys/mental_health.rs

mental-health =
    .title = 為你的精神健康求助
    .summary = 遇到危機時去哪裏求助、怎樣要求談話治療，以及誰負責照顧你。
    .intro = 你的精神健康和身體健康一樣重要。以下說明在哪裏求助（包括遇到危機時），以及每一部分由誰負責。
    .keywords = 精神健康、心理健康、危機、想自殺、有自殺念頭、自我傷害、自殘、焦慮、抑鬱、情緒低落、壓力、驚恐、談話治療、輔導、治療、認知行為治療、CBT、社區精神健康團隊、精神科醫生、抗抑鬱藥、精神科藥物、mental health、crisis、suicidal、self harm、anxiety、depression、stress、talking therapy、counselling、talking therapies、community mental health team、psychiatrist、antidepressants

mental-health-crisis =
    .title = 遇到危機時，立即求助
    .body =
        如果你或其他人有生命危險，請致電999或去A&E（急症室）。
        如果你現在需要幫助，請致電NHS 111，並選擇精神健康的選項。這項服務日夜都開放，任何年齡的人都可以使用。
        如果你已經有精神健康團隊跟進，請使用你的護理計劃上的危機求助電話號碼。
    .if-not = 如果你打不通，請致電999或去A&E。
    .ask =
        如果我再有這種感覺，應該致電誰？

mental-health-talking-therapies =
    .title = 你可以自己要求談話治療
    .body =
        NHS Talking Therapies（NHS談話治療服務）幫助處理擔憂、情緒低落和壓力等感受。你不需要先看你的GP（家庭醫生）。
        你可以在網上或用電話自己轉介自己。在NHS網站上搜尋NHS Talking Therapies，就可以找到你所在地區的服務。
        這項服務是為成年人而設的。兒童和年輕人有他們自己的服務。請問你的GP診所或學校。
    .if-not = 如果到了服務所說的時間，你仍未收到他們的回覆，請再聯絡他們。如果你在等候期間感覺更差，請在當天聯絡你的GP診所或NHS 111。
    .ask =
        這裏的談話治療要等多久？
        你們提供哪些幫助？

mental-health-gp =
    .title = 你的GP可以幫助你和轉介你
    .body =
        你的GP可以和你談談你的感受，以及有甚麼幫助。
        如果你需要更多幫助，你的GP可以把你轉介到精神健康團隊。這個團隊由護士、醫生和治療師等職員組成。
    .if-not = 如果你正在等候精神健康團隊，而你感覺更差，請在當天聯絡你的GP診所或致電NHS 111。如遇危機，請致電NHS 111，並選擇精神健康的選項。
    .ask =
        我可以得到甚麼幫助？
        你可以把我轉介到精神健康團隊嗎？

mental-health-team =
    .title = 精神健康團隊計劃你的護理
    .body =
        如果有精神健康團隊照顧你，他們會和你一起制定護理計劃。計劃會說明誰負責你的護理，以及怎樣聯絡他們。
        請向團隊索取他們的電話號碼，以及遇到危機時可以致電的號碼。
    .if-not = 如果你不知道誰負責你的護理，請問團隊，或問你的GP診所。
    .ask =
        誰負責我的護理？
        遇到危機時，我應該致電誰？

mental-health-medicines =
    .title = 誰給你藥物
    .body =
        很多時是精神健康團隊建議一種藥物，再由你的GP開處方。
        有些藥物需要專科醫生密切留意，並定期驗血。這時，精神健康團隊可能會開處方，或和你的GP分擔護理工作。
        問清楚誰會給你更多藥物，以及誰負責做檢查。
    .if-not = 如果你的藥物快要吃完，而你不知道應該問誰，請聯絡你的GP診所。如果診所已經關門，請致電NHS 111。
    .ask =
        誰會給我更多這種藥物？
        這種藥物需要驗血嗎？
