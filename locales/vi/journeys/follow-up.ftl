# Journey: follow-up after a clinic, patient initiated follow-up, and discharge from clinic.
# Structure and sources: src/journeys/follow_up.rs

follow-up =
    .title = Những gì diễn ra sau buổi khám ở phòng khám bệnh viện
    .summary = Ai đặt lịch cho buổi khám hoặc xét nghiệm tiếp theo, khi nào bạn tự liên hệ, và những gì diễn ra khi phòng khám kết thúc theo dõi bạn.
    .intro = Sau khi bạn đến phòng khám bệnh viện, nhóm điều trị ở bệnh viện sẽ nói việc gì diễn ra tiếp theo. Họ có thể gặp lại bạn, yêu cầu bạn tự liên hệ khi bạn cần họ, hoặc chuyển bạn về lại GP (bác sĩ gia đình) của bạn. Dưới đây là ai làm gì trong từng trường hợp.
    .keywords = tái khám, theo dõi, tái khám do bệnh nhân chủ động, PIFU, hẹn mở, khám khi có triệu chứng, liên hệ khi cần, kết thúc theo dõi ở phòng khám, chuyển về GP, về lại GP của tôi, buổi hẹn tiếp theo, chụp lại, gọi lại khám, khám định kỳ, kiểm tra hằng năm, follow-up, follow up, discharged

follow-up-choice =
    .title = Nhóm điều trị ở bệnh viện nói việc gì diễn ra tiếp theo
    .body =
        Vào cuối buổi khám, nhóm điều trị ở bệnh viện cho bạn biết việc gì diễn ra tiếp theo.
        Họ có thể đặt lịch một buổi khám hoặc xét nghiệm khác. Họ có thể yêu cầu bạn tự liên hệ khi bạn cần họ. Hoặc họ có thể kết thúc theo dõi bạn (discharge). Điều này có nghĩa là GP của bạn lại chăm sóc bạn.
        Họ nên cho bạn biết đó là trường hợp nào. Điều này cũng được ghi trong thư sau buổi khám (clinic letter).
    .if-not = Nếu bạn không chắc trường hợp nào áp dụng cho bạn, hãy gọi điện cho nhóm điều trị ở bệnh viện và hỏi.
    .ask =
        Tôi có gặp lại anh/chị không?
        Anh/chị sẽ đặt lịch, hay tôi nên liên hệ với anh/chị?

follow-up-recall =
    .title = Bệnh viện tự đặt lịch khám và xét nghiệm của mình
    .body =
        Nếu nhóm điều trị ở bệnh viện muốn gặp lại bạn hoặc làm lại một xét nghiệm, họ sẽ tự đặt lịch. Việc này bao gồm cả những lần kiểm tra hằng năm.
        GP của bạn không đặt lịch khám hoặc xét nghiệm ở bệnh viện cho bạn.
    .if-not = Nếu đến thời gian họ đã nói mà buổi khám hoặc xét nghiệm bạn được báo vẫn chưa được đặt lịch, hãy gọi điện cho nhóm điều trị ở bệnh viện.
    .ask =
        Khi nào tôi sẽ gặp lại anh/chị?
        Ai đặt lịch cho xét nghiệm tiếp theo của tôi?

follow-up-patient-initiated =
    .title = Nếu bạn được yêu cầu tự liên hệ
    .body =
        Một số nhóm điều trị không đặt lịch buổi khám khác. Thay vào đó, bạn tự liên hệ với họ nếu bạn cần họ. Việc này gọi là tái khám do bệnh nhân chủ động (patient initiated follow-up, hay PIFU).
        Nhóm điều trị cho bạn một số điện thoại, những dấu hiệu cần gọi báo, và bạn có thể làm như vậy trong bao lâu.
        Nếu đến hết thời gian đó bạn chưa gọi, nhóm điều trị có thể kết thúc theo dõi và chuyển bạn về GP của bạn. Họ nên báo cho bạn trước khi làm việc này.
    .if-not = Nếu bạn gọi mà không được, hãy thử lại vào ngày làm việc tiếp theo. Nếu bạn cảm thấy tệ hơn, hãy liên hệ với phòng khám GP của bạn hoặc NHS 111 ngay trong ngày.
    .ask =
        Những dấu hiệu nào thì tôi nên liên hệ với anh/chị?
        Tôi có thể liên hệ với anh/chị trong bao lâu?
        Khi hết thời gian đó thì sẽ ra sao?

follow-up-discharged =
    .title = Nếu phòng khám kết thúc theo dõi bạn
    .body =
        Được kết thúc theo dõi có nghĩa là nhóm điều trị ở bệnh viện đã làm xong phần việc của họ. Phòng khám GP của bạn lại chăm sóc bạn.
        Thư sau buổi khám cho GP của bạn biết tiếp theo cần làm gì, và cần để ý những gì.
        Nếu vấn đề quay lại hoặc nặng hơn, hãy liên hệ với phòng khám GP của bạn. GP của bạn có thể giới thiệu bạn lại nếu bạn cần.
    .if-not = Nếu bạn nghĩ mình bị kết thúc theo dõi do nhầm lẫn, hãy gọi điện cho nhóm điều trị ở bệnh viện và hỏi.
    .ask =
        Vì sao anh/chị kết thúc theo dõi tôi?
        Khi có điều gì thì tôi nên quay lại gặp GP của tôi?

follow-up-worse =
    .title = Nếu bệnh của bạn nặng hơn
    .body =
        Nếu bệnh của bạn nặng hơn nhiều, hoặc bạn có triệu chứng mới làm bạn lo lắng, hãy liên hệ với phòng khám GP của bạn hoặc gọi NHS 111 ngay trong ngày. Trong trường hợp cấp cứu, hãy gọi 999.
        Nếu bạn có số điện thoại của nhóm điều trị ở bệnh viện, cũng hãy báo cho họ.
    .if-not = Nếu đến hết ngày làm việc tiếp theo mà vẫn chưa có ai gọi lại cho bạn, hãy gọi lại. Nếu bạn cảm thấy tệ hơn, hãy gọi NHS 111 ngay trong ngày.
    .ask =
        Ban đêm hoặc cuối tuần tôi gọi cho ai?
