# Journey: Your GP has referred you to a hospital team.
# Structure and sources: src/journeys/referral.rs

referral =
    .title = GP của bạn đã gửi bạn đến một nhóm điều trị ở bệnh viện
    .summary = Ai đặt lịch buổi khám đầu tiên cho bạn, cần gọi ai trong lúc chờ, và cần làm gì nếu bệnh của bạn nặng hơn.
    .intro = GP (bác sĩ gia đình) của bạn nghĩ rằng một nhóm điều trị ở bệnh viện nên khám cho bạn. Việc này gọi là giấy giới thiệu (referral). Dưới đây là những gì sẽ diễn ra tiếp theo, và ai làm từng phần. Nếu GP của bạn nói là việc này khẩn, hoặc có thể là ung thư, hãy đọc hướng dẫn về giấy giới thiệu khẩn.
    .keywords = giấy giới thiệu, được giới thiệu, chuyển tuyến, bác sĩ chuyên khoa, thư của bệnh viện, giới thiệu điện tử, đặt lịch, buổi hẹn khám, bác sĩ tư vấn, phòng khám, danh sách chờ, giới thiệu thông thường, referral, referred, specialist, e-referral, consultant

referral-sent =
    .title = GP của bạn gửi giấy giới thiệu
    .body =
        GP của bạn viết thư cho nhóm điều trị ở bệnh viện. GP cho họ biết bạn gặp vấn đề gì và vì sao bạn cần được khám.
        GP của bạn cũng nói bạn cần được khám sớm đến mức nào. Giấy giới thiệu có thể là thông thường hoặc khẩn.
        Đôi khi bệnh viện yêu cầu làm xét nghiệm trước, như xét nghiệm máu. Nếu vậy, GP của bạn sẽ làm các xét nghiệm này trước khi gửi giấy giới thiệu.
        Thường thì bạn có thể chọn bệnh viện mà bạn sẽ đến. Hãy hỏi GP của bạn khi họ giới thiệu bạn.
    .if-not = Hãy hỏi GP của bạn khi nào bạn sẽ nhận được tin về giấy giới thiệu. Nếu đến lúc đó bạn vẫn chưa nhận được tin gì, hãy liên hệ với phòng khám GP của bạn. Hỏi họ xem giấy giới thiệu đã được gửi đi chưa.
    .ask =
        Bác sĩ gửi tôi đến nhóm điều trị nào ở bệnh viện?
        Giấy giới thiệu của tôi là thông thường hay khẩn?
        Tôi có thể chọn bệnh viện mà tôi sẽ đến không?
        Tôi có cần làm xét nghiệm nào trước không?

referral-booking =
    .title = Bạn nhận được thư, email hoặc tin nhắn để đặt lịch khám
    .body =
        Bạn có thể nhận được thư có mã số đặt lịch và mật khẩu. Hãy giữ thư cẩn thận.
        Hoặc bạn có thể nhận được email hoặc tin nhắn. Trong đó có đường link để đặt lịch trên NHS App (ứng dụng NHS) hoặc NHS website (trang web của NHS).
        Hãy dùng đường link đó để chọn ngày và giờ khám, hoặc để gọi điện cho nhóm đặt lịch.
        Một số tin nhắn trông như được gửi từ NHS là tin nhắn lừa đảo. NHS sẽ không yêu cầu bạn trả tiền hoặc cho biết thông tin tài khoản ngân hàng để đặt lịch. Nếu bạn không chắc, đừng dùng đường link. Hãy gọi số điện thoại có trong thư của bạn, hoặc hỏi phòng khám GP của bạn.
    .if-not = Nếu đến thời gian GP của bạn đã nói mà vẫn chưa nhận được gì, hãy gọi số điện thoại có trong thư giới thiệu của bạn. Nếu bạn không có thư, hãy hỏi phòng khám GP của bạn.
    .ask =
        Tôi có thể khám qua điện thoại hoặc gọi video thay vào đó không?
        Tôi có thể đưa ai đó đi cùng không?

referral-waiting =
    .title = Bạn chờ buổi khám đầu tiên
    .body =
        Nhóm điều trị ở bệnh viện quản lý chỗ của bạn trong danh sách chờ.
        Bệnh viện có thể nhắn tin cho bạn để kiểm tra xem bạn có còn cần được khám không. Hãy trả lời nếu bạn có thể. Nếu bạn không trả lời, hãy gọi điện cho nhóm điều trị ở bệnh viện. Họ sẽ không xóa bạn khỏi danh sách chỉ vì bạn không trả lời.
        Bạn có thể xem thời gian chờ trung bình của từng bệnh viện trên trang web My Planned Care. Đó chỉ là thời gian trung bình.
        Nếu bạn có câu hỏi về buổi khám, hãy hỏi nhóm điều trị ở bệnh viện. Họ nên trả lời bạn, chứ không phải bảo bạn quay lại hỏi GP của bạn.
    .if-not = Nếu đến thời gian bạn được báo mà bệnh viện vẫn chưa liên lạc với bạn, hãy gọi điện cho nhóm điều trị ở bệnh viện.
    .ask =
        Phải chờ bao lâu để được nhóm này khám?
        Nếu kế hoạch của tôi thay đổi, tôi gọi cho ai?

referral-worse =
    .title = Nếu bệnh của bạn nặng hơn trong lúc chờ
    .body =
        Nếu bệnh của bạn nặng hơn nhiều, hoặc bạn có triệu chứng mới làm bạn lo lắng, hãy liên hệ với phòng khám GP của bạn hoặc gọi NHS 111 ngay trong ngày.
        Trong trường hợp cấp cứu, hãy gọi 999.
        Cũng hãy báo cho nhóm điều trị ở bệnh viện. Một bác sĩ ở đó có thể kiểm tra xem bạn có cần được khám sớm hơn không.
        GP của bạn cũng có thể đề nghị bệnh viện khám cho bạn sớm hơn, hoặc chuyển giấy giới thiệu thành khẩn.
    .if-not = Nếu đến hết ngày làm việc tiếp theo mà nhóm điều trị ở bệnh viện vẫn chưa gọi lại cho bạn, hãy gọi lại. Đừng chờ họ nếu bạn cảm thấy tệ hơn: hãy gọi cho phòng khám GP của bạn hoặc NHS 111 ngay trong ngày.
    .ask =
        Những thay đổi nào thì tôi nên gọi cho anh/chị?
        Nếu bệnh của tôi nặng hơn, tôi có thể được khám sớm hơn không?

referral-appointment =
    .title = Buổi khám đầu tiên của bạn
    .body =
        Bạn gặp nhóm điều trị ở bệnh viện. Họ có thể nói chuyện với bạn, khám cho bạn hoặc làm xét nghiệm.
        Hãy mang theo lá thư, danh sách các loại thuốc của bạn và những câu hỏi bạn có.
        Nếu bạn không thể đến, hãy báo cho nhóm điều trị ở bệnh viện càng sớm càng tốt để họ có thể dành chỗ của bạn cho người khác.
    .if-not = Nếu buổi khám của bạn bị hủy, nhóm điều trị ở bệnh viện nên cho bạn ngày mới. Hãy gọi cho họ nếu bạn chưa nhận được ngày mới.
    .ask =
        Bác sĩ nghĩ vấn đề là gì?
        Việc gì sẽ xảy ra tiếp theo, và ai sẽ làm?
        Nếu sau này tôi có câu hỏi, tôi gọi cho ai?

referral-letter =
    .title = Bệnh viện viết thư cho GP của bạn
    .body =
        Sau buổi khám, nhóm điều trị ở bệnh viện viết thư cho GP của bạn nếu GP cần làm việc gì đó. Thư này gọi là thư sau buổi khám (clinic letter). Bạn cũng nên nhận được một bản sao.
    .if-not = Nếu đến thời gian đã ghi mà phòng khám GP của bạn vẫn chưa nhận được thư, hãy gọi điện cho nhóm điều trị ở bệnh viện. Nhờ họ gửi thư đi.
    .ask =
        Tôi có nhận được một bản sao của lá thư không?
        GP của tôi có cần làm việc gì không?

referral-after =
    .title = Bệnh viện làm gì tiếp theo
    .body =
        Nếu bạn cần làm thêm xét nghiệm, nhóm điều trị ở bệnh viện sẽ yêu cầu làm. Họ cho bạn biết kết quả.
        Nếu bạn cần quay lại, nhóm điều trị ở bệnh viện nên cho bạn biết việc này sẽ được sắp xếp thế nào. Đôi khi bạn phải tự liên hệ với họ.
        Nếu bạn cần gặp một nhóm điều trị khác ở bệnh viện vì một vấn đề có liên quan, bệnh viện sẽ chuyển bạn đến đó. Bạn không cần quay lại GP của bạn trước.
    .if-not = Nếu bạn được báo là sẽ nhận được tin về một xét nghiệm hoặc buổi khám mà vẫn chưa nhận được, hãy gọi điện cho nhóm điều trị ở bệnh viện.
    .ask =
        Tôi có cần gặp lại anh/chị không?
        Anh/chị sẽ đặt lịch, hay tôi nên liên hệ với anh/chị?
        Ai cho tôi biết kết quả xét nghiệm?
