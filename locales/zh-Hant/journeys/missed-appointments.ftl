# Journey: missing or cancelling a hospital visit.
# Structure and sources: src/journeys/missed_appointments.rs

missed-appointments =
    .title = 如果你錯過或取消醫院應診
    .summary = 如果你不能去醫院應診應該怎樣做，以及誰預約新的應診。
    .intro = 有時你不能去醫院應診。以下說明應該怎樣做，以及誰安排新日期。在大多數情況下，你不應該需要由你的GP（家庭醫生）那裏重新開始。
    .keywords = 錯過預約、錯過、忘記、忘記了預約、取消、已取消、去不到、不能去、趕不及、更改預約、改期、重新安排、重新預約、新日期、沒有出席、DNA、結束跟進、出院信件、醫院取消、手術取消、醫院更改了我的預約、再次轉介、回到GP、missed appointment、cancel、reschedule、rebook、did not attend、discharged、discharge letter、operation cancelled、referred again、back to GP

missed-appointments-tell =
    .title = 盡快通知醫院
    .body =
        如果你不能去醫院應診，請盡快通知醫院團隊。使用你的信件或短訊上的號碼。
        這樣他們就可以把你的時段給其他人。
        和他們聯絡時，請要求一個新日期。
    .if-not = 如果你打不通，請在下一個工作天再試。有些醫院也容許你在網上或用短訊更改應診時間。
    .ask =
        我現在可以拿一個新日期嗎？
        我可以改為電話或視像應診嗎？

missed-appointments-rebook =
    .title = 醫院預約新日期
    .body =
        醫院團隊會為你預約新日期。你的GP不會做這件事。
        如果你錯過了應診而沒有通知他們，請盡快致電醫院團隊。告訴他們你仍然需要診治。
        醫院不應該有一條規則，把所有錯過應診的人都送回他們的GP那裏。
    .if-not = 如果醫院叫你回去找你的GP，請問他們原因。問他們可不可以改為給你一個新日期。
    .ask =
        我的新日期是哪一天？
        如果我再錯過一次應診，會怎樣？

missed-appointments-discharged =
    .title = 如果你收到信件，說你已被結束跟進
    .body =
        你錯過應診後，醫院的醫生會查看你的病歷。他們可能會決定你不需要診治。然後他們會寄信給你和你的GP。這叫做結束跟進信（discharge letter）。
        如果你仍然有這個問題，請先致電醫院團隊。告訴他們你為甚麼錯過應診。問他們可不可以見你。
        如果他們不能見你，請聯絡你的GP診所。如果你仍然需要，你的GP可以再次轉介你。
    .if-not = 如果你不確定自己是否仍在名單上，請致電醫院團隊查詢。不要等着看結果。
    .ask =
        我仍在你們的名單上嗎？
        我已經解釋了原因，你們可以見我嗎？

missed-appointments-hospital-cancels =
    .title = 如果醫院取消應診
    .body =
        有時醫院需要取消你的應診或更改時間。
        如果發生這種情況，醫院團隊應該給你一個新日期。這是醫院團隊的工作，不是你的GP的工作。
        醫院可能會因為與你的健康無關的原因，在手術當天取消你的手術。這時醫院應該在28天內給你一個新日期。如果醫院做不到，就應該付費讓你在另一間醫院做手術。
        如果你在等候期間情況轉差，請在當天聯絡你的GP診所或NHS 111，並告訴醫院團隊。如遇緊急情況，請致電999。
    .if-not = 如果你還沒有收到新日期，請致電醫院團隊。
    .ask =
        為甚麼我的應診被取消？
        我何時會收到新日期？
