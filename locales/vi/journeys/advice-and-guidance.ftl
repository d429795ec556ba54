# Journey: your GP asked a specialist for advice.
# Structure and sources: src/journeys/advice_and_guidance.rs

advice-and-guidance =
    .title = GP của bạn đã hỏi ý kiến bác sĩ chuyên khoa
    .summary = Vì sao GP của bạn hỏi ý kiến trước, ai cho bạn biết câu trả lời, và ai cần gọi trong lúc chờ.
    .intro = GP (bác sĩ gia đình) của bạn đã hỏi ý kiến một bác sĩ chuyên khoa ở bệnh viện về bệnh của bạn. Bác sĩ chuyên khoa là bác sĩ hiểu rất rõ về một loại bệnh. Dưới đây là những gì sẽ diễn ra tiếp theo, và ai làm từng phần.
    .keywords = tư vấn và hướng dẫn, hỏi ý kiến, ý kiến bác sĩ chuyên khoa, GP hỏi ý kiến, ý kiến thứ hai, bác sĩ bệnh viện, bác sĩ tư vấn, giới thiệu điện tử, giấy giới thiệu bị gửi trả lại, chờ trả lời, advice and guidance, A and G, specialist, consultant, e-referral

advice-and-guidance-asked =
    .title = GP của bạn hỏi ý kiến
    .body =
        GP của bạn muốn biết ý kiến của bác sĩ chuyên khoa về vấn đề của bạn. Vì vậy GP gửi cho họ một câu hỏi. Việc này có thể làm qua mạng, hoặc qua điện thoại.
        Việc này gọi là tư vấn và hướng dẫn (advice and guidance). Việc này có thể thay cho giấy giới thiệu (referral). Hoặc có thể làm trước khi có giấy giới thiệu.
        Bác sĩ chuyên khoa đọc những gì GP của bạn gửi. Lúc này họ chưa gặp bạn.
    .if-not = Nếu bạn không chắc GP của bạn đã gửi câu hỏi chưa, hãy liên hệ với phòng khám GP của bạn. Hỏi họ xem câu hỏi đã được gửi đi chưa.
    .ask =
        Bác sĩ hỏi bác sĩ chuyên khoa điều gì?
        Bác sĩ sẽ cho tôi biết câu trả lời bằng cách nào?
        Sau này tôi vẫn có thể được giới thiệu đến bệnh viện không?

advice-and-guidance-reply =
    .title = Bác sĩ chuyên khoa trả lời
    .body =
        Bác sĩ chuyên khoa trả lời cho GP của bạn, không trả lời cho bạn.
        Việc này mất bao lâu là tùy bệnh viện. Hãy hỏi GP của bạn khi nào họ nghĩ sẽ có câu trả lời.
    .if-not = Nếu đến thời gian GP của bạn đã nói mà bạn vẫn chưa nhận được tin gì, hãy liên hệ với phòng khám GP của bạn. Hỏi họ xem đã có câu trả lời chưa.
    .ask =
        Bác sĩ nghĩ khi nào sẽ có câu trả lời?
        Bác sĩ sẽ gọi cho tôi, hay tôi nên gọi cho bác sĩ?

advice-and-guidance-worse =
    .title = Nếu bệnh của bạn nặng hơn trong lúc chờ
    .body =
        Trong lúc chờ câu trả lời, nếu có câu hỏi, bạn hãy hỏi phòng khám GP của bạn.
        Nếu bệnh của bạn nặng hơn nhiều, hoặc bạn có triệu chứng mới làm bạn lo lắng, hãy liên hệ với phòng khám GP của bạn hoặc gọi NHS 111 ngay trong ngày. Đừng chỉ ngồi chờ câu trả lời.
        Trong trường hợp cấp cứu, hãy gọi 999.
        GP của bạn có thể báo cho bác sĩ chuyên khoa, hoặc gửi giấy giới thiệu khẩn.
    .if-not = Nếu đến hết ngày làm việc tiếp theo mà phòng khám GP của bạn vẫn chưa trả lời bạn, hãy gọi lại. Nếu bạn thấy tệ hơn, hãy gọi NHS 111 ngay trong ngày.
    .ask =
        Những thay đổi nào thì tôi nên gọi cho bác sĩ?
        Bác sĩ có thể báo cho bác sĩ chuyên khoa biết là bệnh của tôi đã nặng hơn không?

advice-and-guidance-next =
    .title = GP của bạn cho bạn biết việc gì sẽ đến tiếp theo
    .body =
        GP của bạn cho bạn biết bác sĩ chuyên khoa đã nói gì. Sau đó sẽ có một trong hai việc xảy ra.
        GP của bạn có thể làm theo lời khuyên. Ví dụ, họ có thể đổi thuốc cho bạn hoặc cho bạn làm xét nghiệm.
        Hoặc bác sĩ chuyên khoa có thể biến câu hỏi thành giấy giới thiệu. Điều này có nghĩa là một nhóm điều trị ở bệnh viện sẽ khám cho bạn. Sau đó bạn sẽ nhận được thư, email hoặc tin nhắn để đặt lịch khám.
        Đôi khi giấy giới thiệu mà GP của bạn đã gửi bị gửi trả lại kèm lời khuyên, thay vì một buổi khám. GP của bạn nên cho bạn biết điều này có nghĩa là gì đối với bạn.
        Nếu bạn không chắc một tin nhắn hoặc email là thật, đừng dùng đường link trong đó. Hãy gọi điện cho phòng khám GP của bạn hoặc gọi số điện thoại có trong thư của bạn.
    .if-not = Nếu GP của bạn chưa cho bạn biết bác sĩ chuyên khoa đã nói gì, hãy liên hệ với phòng khám GP của bạn.
    .ask =
        Bác sĩ chuyên khoa đã nói gì?
        Việc gì sẽ xảy ra tiếp theo, và ai sẽ làm?
        Tôi có cần gặp nhóm điều trị ở bệnh viện không?
