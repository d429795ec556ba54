# Journey: the hospital sends you on to another team.
# Structure and sources: src/journeys/onward_referral.rs

onward-referral =
    .title = Bệnh viện chuyển bạn đến một nhóm điều trị khác
    .summary = Khi một nhóm điều trị ở bệnh viện chuyển thẳng bạn đến một nhóm khác, mà không cần quay lại GP của bạn.
    .intro = Đôi khi một nhóm điều trị ở bệnh viện thấy bạn cần gặp một nhóm khác. Thường thì họ có thể tự chuyển bạn đến đó. Dưới đây là cách việc này diễn ra, và nên hỏi ai.
    .keywords = giới thiệu tiếp, được giới thiệu tiếp, được chuyển tiếp, nhóm khác, bác sĩ chuyên khoa khác, chuyên khoa khác, bác sĩ chuyên khoa thứ hai, khoa khác, phòng khám khác, vấn đề mới, vấn đề có liên quan, xét nghiệm khẩn, điều trị khẩn, bệnh viện giới thiệu, tôi có cần gặp GP không, quay lại GP, chuyển, onward referral, referral

onward-referral-direct =
    .title = Bệnh viện chuyển thẳng bạn đến đó
    .body =
        Nhóm điều trị ở bệnh viện có thể thấy bạn cần gặp một nhóm khác. Họ tự chuyển bạn đến đó khi vấn đề mới có liên quan đến lý do bạn được gửi đến lúc đầu.
        Họ cũng làm việc này khi bạn cần xét nghiệm hoặc điều trị khẩn. Một ví dụ là khi họ nghĩ bạn có thể bị ung thư.
        Bạn không cần quay lại GP (bác sĩ gia đình) của bạn cho việc này.
    .if-not = Nhóm điều trị ở bệnh viện có đang bảo bạn quay lại gặp GP của bạn không? Nếu vấn đề có liên quan hoặc khẩn, hãy nhờ họ tự chuyển bạn đi tiếp.
    .ask =
        Anh/chị chuyển tôi đến nhóm nào, và vì sao?
        Việc này có khẩn không?
        Anh/chị có báo cho GP của tôi không?

onward-referral-hear =
    .title = Bạn nhận được tin từ nhóm mới
    .body =
        Nhóm mới liên hệ với bạn để đặt lịch khám. Thường là bằng thư, tin nhắn hoặc gọi điện.
        Hãy cập nhật thông tin liên lạc của bạn với bệnh viện, để nhóm mới có thể liên lạc với bạn.
        Nếu bạn không chắc một tin nhắn hoặc cuộc gọi có thật sự từ bệnh viện hay không, hãy gọi số điện thoại có trong thư của bệnh viện.
    .if-not = Nếu đến thời gian bạn được báo mà vẫn chưa nhận được tin, hãy gọi điện cho nhóm đã chuyển bạn đi. Nhờ họ kiểm tra xem giấy giới thiệu (referral) đã được gửi đi chưa.
    .ask =
        Khi nào tôi sẽ nhận được tin từ nhóm mới?
        Họ sẽ liên hệ với tôi bằng cách nào?

onward-referral-questions =
    .title = Gọi cho ai khi có câu hỏi
    .body =
        Nếu bạn có câu hỏi về lý do bạn được chuyển tiếp, hãy gọi điện cho nhóm đã chuyển bạn đi.
        Nếu bạn có câu hỏi về buổi khám mới, hãy gọi điện cho nhóm mới. Số điện thoại của họ có trong thư hoặc tin nhắn của bạn.
        Cả hai nhóm nên tự trả lời câu hỏi của bạn. Họ không nên bảo bạn đi hỏi GP của bạn.
        Nếu bệnh của bạn nặng hơn nhiều trong lúc chờ, hãy liên hệ với phòng khám GP của bạn hoặc NHS 111 ngay trong ngày, và báo cho nhóm điều trị ở bệnh viện. Trong trường hợp cấp cứu, hãy gọi 999.
    .if-not = Nếu bạn không nhận được câu trả lời, hãy hỏi gặp nhóm tư vấn bệnh nhân ở bệnh viện. Họ giúp đỡ khi có việc không ổn.
    .ask =
        Bây giờ ai chịu trách nhiệm chăm sóc tôi?
        Nếu bệnh của tôi nặng hơn, tôi gọi cho ai?

onward-referral-not-linked =
    .title = Nếu vấn đề mới không có liên quan
    .body =
        Nếu vấn đề mới không có liên quan và không khẩn, nhóm điều trị ở bệnh viện có thể không chuyển bạn đi tiếp. Thay vào đó, họ có thể viết thư cho GP của bạn về vấn đề này.
        Hãy hỏi nhóm điều trị ở bệnh viện xem tiếp theo bạn nên làm gì.
        Với bất kỳ vấn đề mới nào làm bạn lo lắng, bạn có thể đi gặp GP của bạn như bình thường.
    .if-not = Nếu bạn không chắc ai đang lo vấn đề mới này, hãy hỏi nhóm điều trị ở bệnh viện. Bạn cũng có thể hỏi phòng khám GP của bạn.
    .ask =
        Ai sẽ lo vấn đề mới này?
        Anh/chị có viết thư cho GP của tôi về việc này không?
