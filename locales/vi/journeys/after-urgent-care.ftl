# Journey: after A&E or an urgent treatment centre.
# Structure and sources: src/journeys/after_urgent_care.rs

after-urgent-care =
    .title = Sau khi đến A&E hoặc trung tâm điều trị khẩn cấp
    .summary = Ai làm gì sau khi bạn đến A&E, ai cho bạn biết kết quả xét nghiệm, và khi nào cần gặp GP của bạn.
    .intro = Bạn đã đến A&E (khoa cấp cứu) hoặc trung tâm điều trị khẩn cấp, và bây giờ bạn đã về nhà. Dưới đây là ai làm gì tiếp theo, và cần liên hệ với ai.
    .keywords = A&E, A and E, cấp cứu, khoa cấp cứu, tai nạn và cấp cứu, trung tâm điều trị khẩn cấp, UTC, trung tâm khám không cần hẹn, chấn thương nhẹ, sau A&E, phòng khám gãy xương, gãy xương, kết quả chụp X-quang, x-ray, đi gặp GP nếu, tái khám sau A&E

after-urgent-care-letter =
    .title = Bệnh viện báo cho GP của bạn về lần bạn đến khám
    .body =
        Khoa A&E hoặc trung tâm điều trị khẩn cấp gửi cho phòng khám GP (bác sĩ gia đình) của bạn một lá thư về lần bạn đến khám.
        Bạn không cần đặt lịch gặp GP chỉ để báo với họ là bạn đã đi khám.
        Hãy xin tờ hướng dẫn nếu họ có, để bạn biết cần theo dõi những gì khi ở nhà.
    .if-not = Nếu phòng khám GP của bạn cần lá thư này mà chưa nhận được, hãy gọi điện cho khoa A&E hoặc trung tâm điều trị khẩn cấp. Nhờ họ gửi thư đi.
    .ask =
        Anh/chị có báo cho GP của tôi về buổi khám hôm nay không?
        Tôi có thể nhận một tờ hướng dẫn mang về nhà không?

after-urgent-care-follow-up =
    .title = Bệnh viện đặt lịch cho buổi khám tiếp theo của bạn
    .body =
        Có thể bạn cần quay lại, ví dụ đến phòng khám gãy xương nếu bạn bị gãy xương. Bệnh viện đặt lịch việc này, không phải GP của bạn.
        Đôi khi nhóm điều trị gãy xương gọi điện cho bạn thay vì gặp bạn.
    .if-not = Nếu bạn được báo là sẽ nhận được tin về việc tái khám mà vẫn chưa nhận được, hãy gọi số điện thoại trên tờ hướng dẫn hoặc trong thư của bạn. Nếu bạn không có số nào, hãy gọi số chính của bệnh viện.
    .ask =
        Tôi có cần quay lại không? Ai sẽ đặt lịch?
        Anh/chị sẽ liên hệ với tôi bằng cách nào?

after-urgent-care-results =
    .title = Nhóm đã làm xét nghiệm cho bạn biết kết quả
    .body =
        Một số xét nghiệm, như chụp X-quang, sẽ được xem lại sau khi bạn về. Nhóm đã yêu cầu làm xét nghiệm chịu trách nhiệm về kết quả.
        Nếu kết quả cho thấy cần làm gì đó, họ sẽ liên hệ với bạn hoặc GP của bạn. Hãy hỏi họ sẽ làm việc này bằng cách nào.
    .if-not = Nếu bạn được báo là sẽ nhận được tin về kết quả mà vẫn chưa nhận được, hãy gọi điện cho nơi bạn đã đến khám.
    .ask =
        Còn kết quả nào chưa có không?
        Ai sẽ cho tôi biết về những kết quả đó?

after-urgent-care-see-gp =
    .title = Khi họ nói hãy đi gặp GP nếu
    .body =
        Nhân viên có thể nói hãy đi gặp GP của bạn nếu có điều gì đó không đỡ hơn. Điều này có nghĩa là bạn cần tự liên hệ với phòng khám GP của bạn. Phòng khám sẽ không biết để liên hệ với bạn.
        Nếu họ cho bạn một khoảng thời gian, hãy liên hệ với phòng khám GP của bạn nếu đến lúc đó bạn vẫn chưa đỡ hơn.
    .if-not = Nếu bạn không liên lạc được với phòng khám GP của bạn và bạn lo lắng, hãy gọi NHS 111.
    .ask =
        Tôi nên để ý những dấu hiệu gì?
        Nếu không đỡ hơn, khi nào tôi nên đi gặp GP?

after-urgent-care-worse =
    .title = Nếu bệnh của bạn nặng hơn
    .body =
        Nếu bệnh của bạn nặng hơn, hoặc bạn có triệu chứng mới làm bạn lo lắng, hãy gọi NHS 111 hoặc liên hệ với phòng khám GP của bạn ngay trong ngày.
        Nếu nhân viên đã dặn bạn quay lại nếu có điều gì đó xảy ra, hãy quay lại.
        Trong trường hợp cấp cứu, hãy gọi 999.
    .if-not = Nếu bạn không thể nhận được sự giúp đỡ và bạn cảm thấy rất không khỏe, hãy gọi 999.
    .ask =
        Những dấu hiệu nào cho thấy tôi nên quay lại?
