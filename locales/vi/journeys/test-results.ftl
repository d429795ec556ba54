# Journey: your test results.
# Structure and sources: src/journeys/test_results.rs

test-results =
    .title = Kết quả xét nghiệm của bạn
    .summary = Ai cho bạn biết kết quả xét nghiệm, và cần làm gì nếu bạn chưa nhận được tin.
    .intro = Xét nghiệm giúp tìm ra bạn bị bệnh gì, hoặc kiểm tra xem sức khỏe của bạn thế nào. Nhóm yêu cầu làm xét nghiệm sẽ cho bạn biết kết quả. Dưới đây là những gì nên diễn ra.
    .keywords = kết quả xét nghiệm, kết quả, xét nghiệm máu, kết quả xét nghiệm máu, lấy máu, chụp chiếu, chụp X-quang, x-ray, xét nghiệm nước tiểu, mẫu xét nghiệm, sinh thiết, chờ kết quả, không có kết quả, chưa nhận được tin, hỏi kết quả, ai cho tôi biết kết quả, kết quả trên NHS App, kết quả bất thường, xét nghiệm ở bệnh viện, xét nghiệm ở phòng khám GP, kết quả của tôi có nghĩa là gì, test results, blood test, scan

test-results-asked =
    .title = Bạn được cho biết vì sao bạn cần làm xét nghiệm
    .body =
        Một nhóm điều trị ở bệnh viện có thể yêu cầu bạn làm xét nghiệm. Đó có thể là xét nghiệm máu, chụp X-quang hoặc chụp chiếu.
        Họ nên cho bạn biết vì sao bạn cần làm xét nghiệm và xét nghiệm có thể cho thấy điều gì.
        Họ cũng nên cho bạn biết bạn sẽ nhận kết quả bằng cách nào, ai sẽ cho bạn biết, và muộn nhất là khi nào.
        Nếu GP (bác sĩ gia đình) của bạn yêu cầu làm xét nghiệm, thì phòng khám GP của bạn nên cho bạn biết những điều này, thay vì nhóm điều trị ở bệnh viện.
    .if-not = Nếu bạn chưa được cho biết sẽ nhận kết quả bằng cách nào, hãy hỏi nhóm đã yêu cầu làm xét nghiệm.
    .ask =
        Vì sao tôi cần làm xét nghiệm này?
        Xét nghiệm này có thể cho thấy điều gì?
        Ai sẽ cho tôi biết kết quả, và khi nào?

test-results-taken =
    .title = Bạn làm xét nghiệm
    .body =
        Nơi bạn làm xét nghiệm tùy thuộc vào nơi bạn sống. Có thể là ở bệnh viện, ở một phòng lấy máu gần nơi bạn sống, hoặc ở phòng khám GP của bạn.
        Nhiều phòng khám GP không thể lấy máu cho những xét nghiệm mà bệnh viện yêu cầu. Hãy hỏi nhóm đã yêu cầu làm xét nghiệm xem bạn cần đi đâu.
        Dù xét nghiệm được làm ở đâu, kết quả sẽ được gửi đến nhóm đã yêu cầu làm xét nghiệm.
        Có thể mất vài ngày hoặc vài tuần mới có kết quả. Việc này tùy vào loại xét nghiệm.
    .if-not = Nếu bạn không thể đến làm xét nghiệm, hãy báo cho nơi đã đặt lịch càng sớm càng tốt. Hãy xin một giờ hẹn mới.
    .ask =
        Tôi đi đâu để làm xét nghiệm?
        Tôi có cần làm gì trước không, ví dụ như nhịn ăn?

test-results-app =
    .title = Bạn có thể thấy kết quả trên NHS App trước
    .body =
        Hiện nay nhiều kết quả tự hiện lên trên NHS App (ứng dụng NHS). Bạn có thể thấy kết quả trước khi có ai nói chuyện với bạn về kết quả đó.
        Kết quả được đánh dấu là không bình thường không phải lúc nào cũng nghiêm trọng. Một số kết quả hơi nằm ngoài mức bình thường nhưng vẫn không sao.
        Nếu một kết quả làm bạn lo lắng, hãy liên hệ với nhóm đã yêu cầu làm xét nghiệm. Họ có thể cho bạn biết kết quả đó có ý nghĩa gì đối với bạn.
    .if-not = Nếu bạn không liên lạc được với nhóm đó và bạn lo lắng, hãy gọi cho phòng khám GP của bạn hoặc NHS 111. Trong trường hợp cấp cứu, hãy gọi 999.
    .ask =
        Kết quả của tôi có hiện lên trên NHS App không?
        Sẽ có ai nói chuyện với tôi trước khi tôi thấy kết quả không?

test-results-told =
    .title = Nhóm điều trị cho bạn biết kết quả
    .body =
        Nhóm đã yêu cầu làm xét nghiệm sẽ xem kết quả. Họ quyết định việc cần làm tiếp theo, và họ cho bạn biết.
        Nếu nhóm điều trị ở bệnh viện yêu cầu làm xét nghiệm, nhóm điều trị ở bệnh viện sẽ cho bạn biết. Điều này vẫn đúng ngay cả khi bạn được lấy máu ở phòng khám GP của bạn.
        GP của bạn có thể xem được kết quả, nhưng nhóm đã yêu cầu làm xét nghiệm mới là người giải thích kết quả cho bạn.
    .if-not = Nếu đến thời gian bạn được báo mà bạn vẫn chưa nhận được tin, hãy liên hệ với nhóm đã yêu cầu làm xét nghiệm.
    .ask =
        Kết quả của tôi có nghĩa là gì?
        Việc gì sẽ xảy ra tiếp theo?
        GP của tôi có cần làm việc gì không?

test-results-chase =
    .title = Nếu bạn chưa nhận được tin
    .body =
        Nếu đã quá thời gian bạn được báo, hãy liên hệ với nhóm đã yêu cầu làm xét nghiệm. Đừng chỉ ngồi chờ.
        Nếu nhóm điều trị ở bệnh viện yêu cầu làm xét nghiệm, hãy gọi điện cho nhóm điều trị ở bệnh viện. Nếu GP của bạn yêu cầu làm xét nghiệm, hãy liên hệ với phòng khám GP của bạn.
        Nếu bạn cảm thấy tệ hơn trong lúc chờ, hãy gọi cho phòng khám GP của bạn hoặc NHS 111 ngay trong ngày. Trong trường hợp cấp cứu, hãy gọi 999.
    .if-not = Nếu bạn vẫn không nhận được câu trả lời từ bệnh viện, hãy hỏi gặp nhóm tư vấn bệnh nhân của bệnh viện. Họ giúp đỡ khi có việc không ổn.
    .ask =
        Muộn nhất là khi nào tôi lẽ ra phải nhận được tin?
        Ai có thể nói chuyện với tôi về kết quả của tôi?
