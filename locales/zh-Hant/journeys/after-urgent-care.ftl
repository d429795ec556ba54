# Journey: after A&E or an urgent treatment centre.
# Structure and sources: src/journeys/after_urgent_care.rs

after-urgent-care =
    .title = 去過A&E（急症室）或緊急治療中心之後
    .summary = 你去過A&E之後誰負責做甚麼、誰告訴你檢查結果，以及何時要看你的GP（家庭醫生）。
    .intro = 你去過A&E或緊急治療中心，現在已經回家。以下說明接下來誰負責做甚麼，以及應該聯絡誰。
    .keywords = A&E、急症室、急診、意外及急救、緊急治療中心、UTC、無需預約診所、輕傷、去過急症室之後、骨折診所、骨折、X光結果、看GP、急症室後覆診、A and E、accident and emergency、urgent treatment centre、walk-in centre、minor injuries、fracture clinic、x-ray results

after-urgent-care-letter =
    .title = 醫院會把你這次求診的情況告訴你的GP
    .body =
        A&E或緊急治療中心會寄信給你的GP診所，講述你這次求診的情況。
        你不需要只是為了告訴GP你去過A&E而預約看GP。
        請索取他們提供的任何建議單張，讓你知道在家時要留意甚麼。
    .if-not = 如果你的GP診所需要這封信但還未收到，請致電A&E或緊急治療中心。請他們把信寄出。
    .ask =
        你會把今天的情況告訴我的GP嗎？
        我可以拿一份建議單張回家嗎？

after-urgent-care-follow-up =
    .title = 醫院為你預約下一次應診
    .body =
        你可能需要再來，例如因為骨折要去骨折診所。這是由醫院預約的，不是由你的GP預約。
        有時，骨折團隊會打電話給你，而不是見你。
    .if-not = 如果有人說過會通知你覆診的安排，但你還未收到消息，請致電你的建議單張或信件上的號碼。如果你沒有號碼，請致電醫院的總機號碼。
    .ask =
        我需要再來嗎？誰會預約？
        你會怎樣聯絡我？

after-urgent-care-results =
    .title = 做檢查的團隊會告訴你結果
    .body =
        有些檢查，例如X光，會在你離開後再被查看一次。要求做檢查的團隊負責處理結果。
        如果結果顯示需要跟進，他們會聯絡你或你的GP。問他們會怎樣做。
    .if-not = 如果有人說過會通知你結果，但你還未收到消息，請致電你去過的地方。
    .ask =
        還有結果未出嗎？
        誰會告訴我這些結果？

after-urgent-care-see-gp =
    .title = 當他們說「如果……就去看你的GP」
    .body =
        職員可能會說，如果情況沒有好轉，就去看你的GP。這表示你需要自己聯絡你的GP診所。診所不會知道要聯絡你。
        如果他們給了你一個時間，而到時你還沒有好轉，請聯絡你的GP診所。
    .if-not = 如果你聯絡不到你的GP診所，而你感到擔心，請致電NHS 111。
    .ask =
        我應該留意甚麼？
        如果情況沒有好轉，我應該何時去看我的GP？

after-urgent-care-worse =
    .title = 如果你的情況轉差
    .body =
        如果你的情況轉差，或出現令你擔心的新症狀，請在當天致電NHS 111或聯絡你的GP診所。
        如果職員說過發生某些情況時要回去，請回去。
        如遇緊急情況，請致電999。
    .if-not = 如果你得不到幫助，而你感到非常不適，請致電999。
    .ask =
        出現甚麼跡象時，表示我應該回來？
