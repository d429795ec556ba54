# Journey: an urgent referral, including when cancer is possible.
# Structure and sources: src/journeys/urgent_referral.rs

urgent-referral =
    .title = GP của bạn đã gửi bạn đến bệnh viện khẩn
    .summary = Những gì diễn ra khi GP của bạn gửi bạn đến bệnh viện nhanh, và cần gọi ai nếu bạn không nhận được tin gì.
    .intro = GP (bác sĩ gia đình) của bạn muốn một nhóm điều trị ở bệnh viện khám cho bạn sớm. Việc này gọi là giấy giới thiệu khẩn (urgent referral). GP của bạn có thể đã nói là để kiểm tra ung thư. Hầu hết những người được gửi đi theo cách này không bị ung thư. Dưới đây là những gì sẽ diễn ra tiếp theo, và ai làm từng phần.
    .keywords = giấy giới thiệu khẩn, khẩn, nghi ngờ ung thư, ung thư, có phải ung thư không, kiểm tra ung thư, chờ hai tuần, chờ 2 tuần, đường nhanh, chẩn đoán nhanh hơn, làm xét nghiệm ngay, khối u, cục u, chụp chiếu sớm, bệnh viện gọi cho tôi, số lạ, sinh thiết, urgent referral, two week wait, cancer

urgent-referral-sent =
    .title = GP của bạn gửi giấy giới thiệu khẩn
    .body =
        GP của bạn viết thư cho nhóm điều trị ở bệnh viện và đánh dấu là khẩn. Họ nên cho bạn biết lý do.
        Việc này khẩn để mọi điều nghiêm trọng được phát hiện nhanh chóng, hoặc được loại trừ.
        Đôi khi bạn được làm xét nghiệm ngay, như chụp chiếu, trước khi bạn gặp bác sĩ chuyên khoa.
        Hãy chắc chắn là phòng khám GP của bạn có đúng số điện thoại và địa chỉ của bạn.
    .if-not = Nếu bạn không chắc giấy giới thiệu đã được gửi đi chưa, hãy liên hệ với phòng khám GP của bạn vào ngày làm việc tiếp theo và hỏi.
    .ask =
        Vì sao bác sĩ gửi tôi đi khẩn?
        Tôi sẽ được làm xét nghiệm hoặc khám gì?
        Tôi có thể xin một tờ thông tin về việc này không?

urgent-referral-contact =
    .title = Bệnh viện sẽ sớm liên hệ với bạn
    .body =
        Bệnh viện thường liên hệ với bạn trong vòng vài ngày. Có thể qua điện thoại, tin nhắn hoặc thư.
        Hãy nghe máy khi có số lạ gọi đến, và kiểm tra tin nhắn của bạn. Hãy cố gắng để sẵn thời gian để có thể đi khám khi được báo gấp.
    .if-not = Nếu sau một tuần vẫn chưa có ai liên hệ với bạn, hãy gọi điện cho phòng khám GP của bạn. Nhờ họ kiểm tra xem bệnh viện đã nhận được giấy giới thiệu chưa. Bạn cũng có thể gọi điện cho nhóm đặt lịch của bệnh viện.
    .ask =
        Khi nào tôi sẽ nhận được tin từ bệnh viện?
        Nếu tôi không thể đến vào ngày anh/chị hẹn, tôi gọi cho ai?

urgent-referral-tests =
    .title = Nhóm điều trị ở bệnh viện làm xét nghiệm
    .body =
        Nhóm điều trị ở bệnh viện có thể làm xét nghiệm, như chụp chiếu, xét nghiệm máu hoặc nội soi bằng camera. Họ cho bạn biết mỗi xét nghiệm dùng để làm gì.
        NHS đặt mục tiêu cho bạn biết bạn có bị ung thư hay không trong vòng 28 ngày kể từ khi có giấy giới thiệu. Hầu hết mọi người được cho biết sớm hơn.
        Nếu mất nhiều thời gian hơn, nhóm điều trị ở bệnh viện nên cho bạn biết lý do, và việc gì sẽ xảy ra tiếp theo.
    .if-not = Nếu đến lúc nhóm điều trị đã nói mà bạn vẫn chưa nhận được tin về kết quả, hãy gọi điện cho nhóm điều trị ở bệnh viện.
    .ask =
        Xét nghiệm này dùng để làm gì?
        Khi nào tôi sẽ nhận được kết quả, và ai sẽ cho tôi biết?

urgent-referral-result =
    .title = Nhóm điều trị ở bệnh viện cho bạn biết kết quả
    .body =
        Nhóm điều trị ở bệnh viện cho bạn biết kết quả. Họ cũng viết thư cho GP của bạn.
        Nếu không phải là ung thư, họ cho bạn biết việc gì sẽ xảy ra tiếp theo. Có thể bạn không cần gặp lại họ. Hoặc họ có thể chuyển bạn đến một nhóm khác.
        Nếu là ung thư, một nhóm chuyên khoa sẽ chăm sóc bạn. Bạn sẽ có một người có tên cụ thể để liên hệ, thường là một y tá chuyên khoa.
    .if-not = Nếu bạn chưa được cho biết kết quả, hãy gọi điện cho nhóm điều trị ở bệnh viện. Đừng chờ GP của bạn cho bạn biết.
    .ask =
        Nếu có câu hỏi, tôi liên hệ với ai?
        Tôi có cần quay lại không?
        Sau này tôi nên để ý những gì?

urgent-referral-worse =
    .title = Nếu bệnh của bạn nặng hơn trong lúc chờ
    .body =
        Nếu bệnh của bạn nặng hơn nhiều, hoặc bạn có triệu chứng mới làm bạn lo lắng, hãy liên hệ với phòng khám GP của bạn hoặc gọi NHS 111 ngay trong ngày.
        Trong trường hợp cấp cứu, hãy gọi 999.
        Cũng hãy báo cho nhóm điều trị ở bệnh viện, để họ biết.
    .if-not = Nếu đến hết ngày làm việc tiếp theo mà nhóm điều trị ở bệnh viện vẫn chưa gọi lại cho bạn, hãy gọi lại. Nếu bạn cảm thấy tệ hơn, hãy gọi cho phòng khám GP của bạn hoặc NHS 111 ngay trong ngày.
    .ask =
        Những thay đổi nào thì tôi nên gọi cho anh/chị?
        Ban đêm hoặc cuối tuần tôi gọi cho ai?
