# Journey: waiting for a hospital visit.
# Structure and sources: src/journeys/waiting.rs

waiting =
    .title = Trong lúc bạn chờ buổi khám ở bệnh viện
    .summary = Ai chăm sóc bạn trong lúc bạn chờ, và cần báo cho ai nếu bệnh của bạn nặng hơn.
    .intro = Bạn đang ở trong danh sách chờ để gặp một nhóm điều trị ở bệnh viện. Dưới đây là ai làm gì trong lúc bạn chờ. Hướng dẫn này cũng cho biết cần gọi ai nếu bệnh của bạn nặng hơn.
    .keywords = danh sách chờ, thời gian chờ, chờ, bao lâu, chờ lâu, vẫn đang chờ, nặng hơn, cảm thấy tệ hơn, triệu chứng nặng hơn, triệu chứng mới, sớm hơn, nhanh hơn, giục, lên trước trong danh sách, ngày hẹn khám, khi nào tôi được khám, my planned care, thời gian chờ trung bình, tin nhắn từ bệnh viện, bạn có còn cần buổi hẹn không, huyết áp, giữ sức khỏe, vấn đề sức khỏe khác, hỏi bệnh viện, waiting list

waiting-list =
    .title = Bệnh viện giữ chỗ cho bạn
    .body =
        Nhóm điều trị ở bệnh viện quản lý danh sách chờ và chỗ của bạn trong đó.
        Bạn có thể xem thời gian chờ trung bình trên trang web My Planned Care. Trang này cho thấy từng bệnh viện và từng loại chăm sóc. Trang được cập nhật mỗi tuần.
        Đó chỉ là thời gian trung bình, nên thời gian chờ của bạn có thể dài hơn hoặc ngắn hơn. Trang web không cho thấy thời gian chờ cho việc chăm sóc ung thư.
    .if-not = Nếu đến thời gian bạn được báo mà bệnh viện vẫn chưa liên lạc với bạn, hãy gọi điện cho nhóm điều trị ở bệnh viện. Nhờ họ kiểm tra xem bạn có trong danh sách không.
    .ask =
        Tôi sẽ phải chờ khoảng bao lâu?
        Nếu kế hoạch của tôi thay đổi, tôi gọi cho ai?
        Anh/chị có báo cho tôi nếu thời gian chờ dài hơn không?

waiting-check =
    .title = Bệnh viện kiểm tra xem bạn có còn cần đến khám không
    .body =
        Bệnh viện có thể liên hệ với bạn để kiểm tra xem bạn có còn cần buổi khám không. Thường là bằng tin nhắn.
        Hãy trả lời nếu bạn có thể. Nếu bạn không còn cần buổi khám, hãy nói như vậy. Khi đó người khác có thể nhận chỗ của bạn.
        Nếu bạn không trả lời, bạn sẽ không bị mất chỗ chỉ vì lý do đó. Bệnh viện sẽ cố gắng liên lạc với bạn bằng cách khác, hoặc hỏi GP (bác sĩ gia đình) của bạn.
        Một số tin nhắn trông như được gửi từ NHS là tin nhắn lừa đảo. NHS sẽ không yêu cầu bạn trả tiền hoặc cho biết thông tin tài khoản ngân hàng. Nếu bạn không chắc một tin nhắn là thật, đừng dùng đường link trong đó. Hãy gọi số điện thoại có trong thư của bệnh viện.
    .if-not = Nếu bạn đã lỡ mất tin nhắn, hoặc đã trả lời nhầm, hãy gọi điện cho nhóm điều trị ở bệnh viện và báo cho họ.
    .ask =
        Anh/chị sẽ liên hệ với tôi bằng cách nào?
        Nếu tôi không thấy tin nhắn của anh/chị thì sao?

waiting-care =
    .title = GP của bạn vẫn chăm sóc bạn
    .body =
        Phòng khám GP của bạn vẫn chăm sóc những vấn đề sức khỏe khác của bạn. Ví dụ, họ giúp giữ huyết áp của bạn ổn định.
        Điều này quan trọng. Nó giúp cho việc điều trị ở bệnh viện của bạn không bị chậm lại.
        Bạn cũng có thể giúp. Hãy tiếp tục dùng thuốc. Hãy đi kiểm tra sức khỏe theo lịch.
        Nếu bạn có vấn đề mới không liên quan đến vấn đề bạn đang chờ khám, hãy đi gặp GP của bạn như bình thường.
    .if-not = Nếu đã đến lúc bạn cần kiểm tra sức khỏe mà bạn chưa nhận được tin gì, hãy liên hệ với phòng khám GP của bạn.
    .ask =
        Tôi có thể làm gì để giữ sức khỏe trong lúc chờ?
        Những vấn đề sức khỏe khác của tôi có ổn định không?
        Khi nào là lần kiểm tra sức khỏe tiếp theo của tôi?

waiting-worse =
    .title = Nếu bệnh của bạn nặng hơn
    .body =
        Nếu bệnh của bạn nặng hơn nhiều, hoặc bạn có triệu chứng mới làm bạn lo lắng, hãy liên hệ với phòng khám GP của bạn hoặc gọi NHS 111 ngay trong ngày.
        Trong trường hợp cấp cứu, hãy gọi 999.
        Cũng hãy báo cho nhóm điều trị ở bệnh viện. Một bác sĩ ở đó có thể kiểm tra xem bạn có cần được khám sớm hơn không.
        GP của bạn cũng có thể đề nghị bệnh viện khám cho bạn sớm hơn, hoặc chuyển giấy giới thiệu (referral) thành khẩn.
    .if-not = Nếu đến hết ngày làm việc tiếp theo mà nhóm điều trị ở bệnh viện vẫn chưa gọi lại cho bạn, hãy gọi lại. Đừng chờ họ nếu bạn cảm thấy tệ hơn: hãy gọi cho phòng khám GP của bạn hoặc NHS 111 ngay trong ngày.
    .ask =
        Những thay đổi nào thì tôi nên gọi cho anh/chị?
        Ban đêm hoặc cuối tuần tôi gọi cho ai?

waiting-questions =
    .title = Nếu bạn có câu hỏi
    .body =
        Nếu bạn có câu hỏi về buổi khám, hãy hỏi nhóm điều trị ở bệnh viện. Bệnh viện phải cho bạn biết cách liên hệ với nhóm. Hãy xem trong thư hoặc tin nhắn của bạn.
        Nhóm điều trị ở bệnh viện nên tự trả lời bạn. Họ không nên bảo bạn đi hỏi GP của bạn.
        Nếu bạn đã chờ lâu, bạn có thể hỏi về việc đến một bệnh viện khác. Hãy đọc hướng dẫn về quyền của bạn khi ở trong danh sách chờ.
    .if-not = Nếu bạn không nhận được câu trả lời, hãy hỏi gặp nhóm tư vấn bệnh nhân ở bệnh viện. Họ giúp đỡ khi có việc không ổn.
    .ask =
        Cách tốt nhất để liên hệ với anh/chị là gì?
        Tôi có thể nói chuyện với ai về chỗ của tôi trong danh sách?
