# Journey: follow-up after a clinic, patient initiated follow-up, and discharge from clinic.
# Structure and sources: src/journeys/follow_up.rs

follow-up =
    .title = 門診應診之後會怎樣
    .summary = 誰為你預約下一次應診或檢查、何時要自己聯絡他們，以及門診跟進完結後會怎樣。
    .intro = 你去過門診之後，醫院團隊會說明接下來會怎樣。他們可能會再見你、請你在有需要時聯絡他們，或把你交回你的GP（家庭醫生）跟進。以下說明每種情況下誰負責做甚麼。
    .keywords = 覆診、跟進、病人主導覆診、PIFU、開放式預約、有症狀才看、有需要時聯絡我們、門診結束跟進、交回GP跟進、回到我的GP、下次應診、再次掃描、定期覆檢、檢查、年度覆檢、follow-up、follow up、patient initiated follow-up、open appointment、discharged from clinic、discharged to GP、next appointment、annual review

follow-up-choice =
    .title = 醫院團隊說明接下來會怎樣
    .body =
        門診應診完結時，醫院團隊會告訴你接下來會怎樣。
        他們可能會預約另一次應診或檢查。他們可能會請你在有需要時聯絡他們。又或者，他們可能會結束跟進（discharge）。這表示你的GP會再次照顧你。
        他們應該告訴你是哪一種情況。你的門診信件上也會寫明。
    .if-not = 如果你不確定哪一種情況適用於你，請致電醫院團隊查詢。
    .ask =
        我會再見你嗎？
        你會預約，還是我應該聯絡你？

follow-up-recall =
    .title = 醫院自己預約應診和檢查
    .body =
        如果醫院團隊想再見你或重做檢查，醫院團隊會自己預約。這包括每年一次的定期檢查。
        你的GP不會為你預約醫院的應診或檢查。
    .if-not = 如果到了他們所說的時間，他們說過的應診或檢查仍未預約好，請致電醫院團隊。
    .ask =
        我下一次何時見你？
        誰為我預約下一次檢查？

follow-up-patient-initiated =
    .title = 如果你被要求自己聯絡他們
    .body =
        有些團隊不會預約另一次應診。你有需要時，就自己聯絡他們。這叫做病人主導覆診（patient initiated follow-up，簡稱PIFU）。
        團隊會給你一個電話號碼、告訴你出現甚麼跡象時要打電話，以及你可以這樣做多久。
        如果到了那段時間完結時你都沒有打電話，團隊可能會結束跟進，把你交回你的GP。他們在這樣做之前應該告訴你。
    .if-not = 如果你打電話但打不通，請在下一個工作天再試。如果你感覺更差，請在當天聯絡你的GP診所或NHS 111。
    .ask =
        出現甚麼跡象時，我應該聯絡你？
        我可以在多久內聯絡你？
        那段時間完結時會怎樣？

follow-up-discharged =
    .title = 如果門診結束對你的跟進
    .body =
        結束跟進的意思是醫院團隊已經完成工作。你的GP診所會再次照顧你。
        門診信件會告訴你的GP接下來要做甚麼，以及要留意甚麼。
        如果問題再出現或轉差，請聯絡你的GP診所。如有需要，你的GP可以再次轉介你。
    .if-not = 如果你認為自己被錯誤地結束跟進，請致電醫院團隊查詢。
    .ask =
        為甚麼你要結束對我的跟進？
        出現甚麼情況時，我應該回去找我的GP？

follow-up-worse =
    .title = 如果你的情況轉差
    .body =
        如果你的情況轉差了很多，或出現令你擔心的新症狀，請在當天聯絡你的GP診所或致電NHS 111。如遇緊急情況，請致電999。
        如果你有醫院團隊的電話號碼，也請告訴他們。
    .if-not = 如果到了下一個工作天完結時仍然沒有人回電給你，請再打電話。如果你感覺更差，請在當天致電NHS 111。
    .ask =
        晚上或週末我應該致電誰？
