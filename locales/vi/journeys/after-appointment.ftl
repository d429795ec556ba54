# Journey: after a hospital clinic visit.
# Structure and sources: src/journeys/after_appointment.rs

after-appointment =
    .title = Sau khi bạn gặp nhóm điều trị ở bệnh viện
    .summary = Những gì diễn ra sau khi bạn gặp nhóm điều trị ở bệnh viện, và ai làm từng việc.
    .intro = Bạn đã gặp một nhóm điều trị ở phòng khám của bệnh viện. Dưới đây là những gì sẽ diễn ra tiếp theo. Hướng dẫn này cho biết ai làm từng phần, và nên hỏi ai.
    .keywords = sau buổi khám, sau khi khám, khám ngoại trú, thư sau buổi khám, thư gửi GP, thư của bệnh viện, thư của bác sĩ tư vấn, tái khám, hẹn khám lần sau, quay lại, thêm xét nghiệm, thư yêu cầu GP làm xét nghiệm, ai đặt lịch xét nghiệm, kết quả, liên hệ với ai, hỏi ai, câu hỏi, khiếu nại, PALS, tư vấn bệnh nhân, vấn đề với bệnh viện, GP và bệnh viện, hỏi GP của bạn, chuyển đến nhóm khác, clinic letter, follow-up

after-appointment-letter =
    .title = Bệnh viện viết thư cho GP của bạn
    .body =
        Sau buổi khám, nhóm điều trị ở bệnh viện viết một lá thư về buổi khám đó. Thư này gọi là thư sau buổi khám (clinic letter).
        Nếu GP (bác sĩ gia đình) của bạn cần làm việc gì, thư sẽ nói đó là việc gì. Bạn cũng nên nhận được một bản sao.
        Nhóm điều trị ở bệnh viện tự làm các phần khác trong kế hoạch điều trị của bạn.
    .if-not = Nếu đến thời gian đã ghi mà phòng khám GP của bạn vẫn chưa nhận được thư, hãy gọi điện cho nhóm điều trị ở bệnh viện. Nhờ họ gửi thư đi.
    .ask =
        GP của tôi có cần làm việc gì không?
        Tôi có thể nhận một bản sao của lá thư không?
        Ai sẽ làm từng phần trong kế hoạch điều trị của tôi?

after-appointment-gp-task =
    .title = Nếu thư yêu cầu GP của bạn làm một việc gì đó
    .body =
        Đôi khi thư yêu cầu GP của bạn làm một việc, như làm xét nghiệm hoặc kê đơn thuốc mới.
        Hãy chờ đến khi thư đã đến GP của bạn. Sau đó liên hệ với phòng khám GP của bạn để đặt lịch hoặc hỏi về việc đó.
        Nếu chính nhóm điều trị ở bệnh viện đã yêu cầu làm xét nghiệm, họ nên cho bạn biết cách đặt lịch. Họ cũng cho bạn biết kết quả.
    .if-not = Nếu phòng khám GP của bạn không chắc thư yêu cầu gì, họ có thể hỏi nhóm điều trị ở bệnh viện. Bạn cũng có thể tự gọi điện cho nhóm điều trị ở bệnh viện.
    .ask =
        Ai đặt lịch xét nghiệm này, anh/chị hay GP của tôi?
        Ai sẽ cho tôi biết kết quả?

after-appointment-tests =
    .title = Bệnh viện tự làm xét nghiệm của mình
    .body =
        Nếu nhóm điều trị ở bệnh viện muốn bạn làm thêm xét nghiệm, họ sẽ yêu cầu làm. Họ xem kết quả và cho bạn biết kết quả có nghĩa là gì.
        Nơi bạn làm xét nghiệm tùy thuộc vào nơi bạn sống. Hãy hỏi nhóm điều trị ở bệnh viện xem bạn cần đi đâu.
        Dù xét nghiệm được làm ở đâu, nhóm điều trị ở bệnh viện đã yêu cầu xét nghiệm sẽ cho bạn biết kết quả.
    .if-not = Nếu đến thời gian bạn được báo mà bạn vẫn chưa nhận được tin về kết quả, hãy gọi điện cho nhóm điều trị ở bệnh viện.
    .ask =
        Vì sao tôi cần làm xét nghiệm này?
        Tôi đi đâu để làm xét nghiệm?
        Anh/chị sẽ cho tôi biết kết quả bằng cách nào và khi nào?

after-appointment-next =
    .title = Nếu bạn cần quay lại
    .body =
        Nếu bạn cần gặp lại nhóm điều trị, họ nên cho bạn biết việc này sẽ được sắp xếp thế nào. Khi bệnh viện muốn gặp lại bạn, bệnh viện tự đặt lịch khám hoặc xét nghiệm.
        Một số nhóm điều trị lại yêu cầu bạn tự liên hệ với họ khi bạn cần. Việc này gọi là tái khám do bệnh nhân chủ động (patient initiated follow-up). Hãy hỏi bạn có thể làm như vậy trong bao lâu. Hướng dẫn về tái khám có nói thêm.
        Nếu bạn cần gặp một nhóm điều trị khác ở bệnh viện vì một vấn đề có liên quan, nhóm điều trị ở bệnh viện sẽ chuyển bạn đến đó. Bạn không cần quay lại GP của bạn trước.
    .if-not = Bạn có được báo là bệnh viện sẽ đặt lịch cho buổi khám lần sau không? Nếu đến thời gian họ đã nói mà bạn vẫn chưa nhận được tin gì, hãy gọi điện cho nhóm điều trị ở bệnh viện.
    .ask =
        Tôi có cần quay lại không, và khi nào?
        Anh/chị sẽ đặt lịch cho buổi khám lần sau, hay tôi nên liên hệ với anh/chị?
        Tôi có cần gặp nhóm nào khác không?

after-appointment-questions =
    .title = Nếu bạn có câu hỏi
    .body =
        Bệnh viện phải cho bạn biết cách liên hệ với bệnh viện. Hãy xem trong thư sau buổi khám hoặc trên trang web của bệnh viện.
        Nếu bạn có câu hỏi về việc chăm sóc ở bệnh viện, hãy hỏi nhóm điều trị ở bệnh viện. Họ nên tự trả lời câu hỏi đó. Họ không nên bảo bạn đi hỏi GP của bạn.
    .if-not = Nếu bạn không nhận được câu trả lời, hãy hỏi gặp nhóm tư vấn bệnh nhân ở bệnh viện. Họ giúp đỡ khi có việc không ổn.
    .ask =
        Cách tốt nhất để liên hệ với anh/chị là gì?
        Tôi hỏi ai về các loại thuốc mới của tôi?

after-appointment-problems =
    .title = Nếu có việc không ổn
    .body =
        Đôi khi có việc không ổn giữa GP của bạn và bệnh viện. Ví dụ, mỗi bên có thể nói rằng bên kia nên làm một việc nào đó.
        Nếu điều này xảy ra, hãy hỏi gặp nhóm tư vấn bệnh nhân của bệnh viện. Nhóm này thường được gọi là PALS. Họ giúp đỡ khi có việc không ổn.
        Mỗi bệnh viện cũng có một người phụ trách có tên cụ thể. Việc của người này là giúp bệnh viện và các phòng khám GP phối hợp tốt với nhau.
    .if-not = Nếu nhóm tư vấn bệnh nhân không giúp được, hãy hỏi họ cách khiếu nại. Bạn cũng có thể báo cho phòng khám GP của bạn.
    .ask =
        Ai sẽ giải quyết việc này?
        Anh/chị có thể báo việc này cho người phụ trách làm việc với các phòng khám GP không?
