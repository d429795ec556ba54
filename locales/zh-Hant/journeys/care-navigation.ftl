# Journey: Why your GP practice asks what the problem is.
# Structure and sources: src/journeys/care_navigation.rs

care-navigation =
    .title = 為甚麼接待處會問你有甚麼問題
    .summary = 為甚麼你的GP（家庭醫生）診所會問你有甚麼問題、你可能會見誰，以及社區聯絡員可以怎樣幫你。
    .intro = 當你聯絡你的GP診所時，職員可能會問你有甚麼問題。他們問是為了安排你見合適的人。以下說明這是怎樣運作的。
    .keywords = 接待員、接待處、為甚麼要問、有甚麼問題、預約看GP、看GP、護理導航、護理導航員、護士、藥劑師、物理治療、物理治療師、社交處方、社區聯絡員、孤單、本地團體、社區團體、慈善機構、義工服務、receptionist、care navigation、care navigator、social prescribing、link worker

care-navigation-ask =
    .title = 職員問你有甚麼問題
    .body =
        當你打電話或親身到診所時，接待員可能會問你有甚麼問題。他們不是多管閒事。
        他們問是為了幫你見合適的人。這叫做護理導航（care navigation）。做這項工作的職員叫做護理導航員。
    .if-not = 如果你不確定應該見誰，請職員幫你選擇。
    .ask =
        我最適合見誰？
        我最快可以在甚麼時候得到診治？

care-navigation-right-person =
    .title = 你見到合適的人
    .body =
        合適的人不一定是GP。可能是護士或藥劑師。藥劑師是藥物方面的專家。
        也可能是物理治療師。物理治療師幫助處理肌肉、關節和活動方面的問題。
        職員也可能會介紹你使用診所以外的服務。
    .if-not = 如果你認為自己仍然需要見GP，請告訴職員原因。如果你的情況轉差，請在當天再聯絡你的GP診所，或致電NHS 111。
    .ask =
        為甚麼這個人適合處理我的問題？
        如果我沒有好轉，應該怎樣做？

care-navigation-ask-link-worker =
    .title = 你要求見社區聯絡員
    .body =
        有些影響你健康的事情並不是醫療問題。社區聯絡員（link worker）可以幫你處理這些事情。
        如要找社區聯絡員，請問你的GP診所。他們可以為你聯繫。
        這叫做社交處方（social prescribing）。
    .if-not = 如果你的GP診所沒有為你聯繫，請再問他們。問他們你所在地區的社區聯絡員是誰。
    .ask =
        你們這裏有社區聯絡員嗎？
        要等多久才會收到他們的消息？

care-navigation-link-worker =
    .title = 社區聯絡員幫助你
    .body =
        社區聯絡員會為你聯繫你附近的團體和服務。
        這些團體和服務可能由本地居民或慈善機構營辦。它們不屬於你的GP診所。
        社區聯絡員會幫你找出適合你的團體和服務。
    .if-not = 如果你還未收到社區聯絡員的消息，請聯絡你的GP診所。請他們查一查。
    .ask =
        我附近有甚麼團體？
        你可以幫我開始嗎？
