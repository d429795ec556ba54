# Journey: missing or cancelling a hospital visit.
# Structure and sources: src/journeys/missed_appointments.rs

missed-appointments =
    .title = Nếu bạn lỡ hoặc hủy buổi khám ở bệnh viện
    .summary = Cần làm gì nếu bạn không thể đến buổi khám ở bệnh viện, và ai đặt lịch khám mới.
    .intro = Đôi khi bạn không thể đến buổi khám ở bệnh viện. Dưới đây là những việc cần làm, và ai sắp xếp ngày mới. Trong hầu hết các trường hợp, bạn không phải bắt đầu lại từ đầu với GP (bác sĩ gia đình) của bạn.
    .keywords = lỡ hẹn, bỏ lỡ, lỡ, quên, quên buổi hẹn, hủy, đã hủy, bị hủy, không đi được, không thể đi, không đến được, đổi lịch hẹn, dời lịch hẹn, sắp xếp lại, đổi ngày, đặt lại lịch, ngày mới, không đến khám, DNA, kết thúc theo dõi, thư kết thúc theo dõi, bệnh viện hủy, ca mổ bị hủy, phẫu thuật bị hủy, bệnh viện dời lịch hẹn của tôi, giới thiệu lại, quay lại GP, missed appointment, cancel, discharged

missed-appointments-tell =
    .title = Báo cho bệnh viện càng sớm càng tốt
    .body =
        Nếu bạn không thể đến buổi khám ở bệnh viện, hãy báo cho nhóm điều trị ở bệnh viện càng sớm càng tốt. Hãy dùng số điện thoại có trong thư hoặc tin nhắn của bạn.
        Khi đó họ có thể dành chỗ của bạn cho người khác.
        Trong lúc nói chuyện với họ, hãy xin một ngày khám mới.
    .if-not = Nếu bạn gọi mà không được, hãy thử lại vào ngày làm việc tiếp theo. Một số bệnh viện cũng cho phép bạn đổi buổi khám trên mạng hoặc bằng tin nhắn.
    .ask =
        Tôi có thể có ngày khám mới ngay bây giờ không?
        Tôi có thể khám qua điện thoại hoặc gọi video thay vào đó không?

missed-appointments-rebook =
    .title = Bệnh viện đặt lịch ngày khám mới
    .body =
        Nhóm điều trị ở bệnh viện đặt lịch ngày khám mới cho bạn. GP của bạn không làm việc này.
        Nếu bạn đã lỡ buổi khám mà không báo cho họ, hãy gọi điện cho nhóm điều trị ở bệnh viện càng sớm càng tốt. Hãy nói với họ là bạn vẫn cần được khám.
        Bệnh viện không nên có quy định gửi tất cả những ai lỡ buổi khám về lại GP của họ.
    .if-not = Nếu bệnh viện bảo bạn quay lại gặp GP của bạn, hãy hỏi họ lý do. Hỏi xem họ có thể cho bạn ngày khám mới thay vào đó không.
    .ask =
        Ngày khám mới của tôi là khi nào?
        Nếu tôi lỡ thêm một buổi khám nữa thì sao?

missed-appointments-discharged =
    .title = Nếu bạn nhận được thư nói rằng bạn đã được kết thúc theo dõi
    .body =
        Sau khi bạn lỡ một buổi khám, một bác sĩ ở bệnh viện sẽ xem hồ sơ của bạn. Họ có thể quyết định là bạn không cần được khám. Khi đó họ gửi thư cho bạn và GP của bạn. Thư này gọi là thư kết thúc theo dõi (discharge letter).
        Nếu bạn vẫn còn vấn đề sức khỏe đó, trước tiên hãy gọi điện cho nhóm điều trị ở bệnh viện. Hãy nói với họ vì sao bạn đã lỡ buổi khám. Hỏi xem họ có thể khám cho bạn không.
        Nếu họ không thể, hãy liên hệ với phòng khám GP của bạn. GP của bạn có thể giới thiệu bạn lại nếu bạn vẫn cần.
    .if-not = Nếu bạn không chắc mình có còn trong danh sách không, hãy gọi điện cho nhóm điều trị ở bệnh viện và hỏi. Đừng chờ đợi mới biết.
    .ask =
        Tôi có còn trong danh sách của anh/chị không?
        Bây giờ tôi đã giải thích rồi, anh/chị có thể khám cho tôi không?

missed-appointments-hospital-cancels =
    .title = Nếu bệnh viện hủy buổi khám
    .body =
        Đôi khi bệnh viện phải hủy hoặc dời buổi khám của bạn.
        Nếu việc này xảy ra, nhóm điều trị ở bệnh viện nên cho bạn ngày mới. Đây là việc của họ, không phải việc của GP của bạn.
        Bệnh viện có thể hủy ca mổ của bạn ngay trong ngày mổ, vì một lý do không liên quan đến sức khỏe của bạn. Khi đó bệnh viện nên cho bạn một ngày mới trong vòng 28 ngày. Nếu không thể, bệnh viện nên trả tiền để bạn được mổ ở một bệnh viện khác.
        Nếu bệnh của bạn nặng hơn trong lúc chờ, hãy liên hệ với phòng khám GP của bạn hoặc NHS 111 ngay trong ngày, và báo cho nhóm điều trị ở bệnh viện. Trong trường hợp cấp cứu, hãy gọi 999.
    .if-not = Nếu bạn chưa nhận được ngày mới, hãy gọi điện cho nhóm điều trị ở bệnh viện.
    .ask =
        Vì sao buổi khám của tôi bị hủy?
        Khi nào tôi sẽ nhận được ngày mới?
