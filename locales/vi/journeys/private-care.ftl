# Journey: moving from private care to the NHS.
# Structure and sources: src/journeys/private_care.rs

private-care =
    .title = Chuyển từ khám tư sang NHS
    .summary = Ai đưa thuốc và kiểm tra sức khỏe cho bạn sau khi bạn gặp bác sĩ tư, và cách vào danh sách chờ của NHS.
    .intro = Bạn đã gặp bác sĩ tư, và bây giờ bạn muốn một phần việc chăm sóc của mình do NHS làm. Có việc được chuyển sang, có việc thì không. Dưới đây là ai làm gì.
    .keywords = tư, bác sĩ tư, phòng khám tư, bệnh viện tư, bác sĩ tư vấn tư, đơn thuốc tư, trả tiền, bảo hiểm, chuyển sang NHS, danh sách chờ NHS sau khi khám tư, GP không kê đơn, xét nghiệm tư, private

private-care-clinic =
    .title = Phòng khám tư lo những gì họ bắt đầu
    .body =
        Phòng khám tư đưa cho bạn đơn thuốc đầu tiên cho bất cứ thuốc gì họ bắt đầu cho bạn dùng. Bạn trả tiền cho đơn thuốc đó.
        Nếu bác sĩ tư yêu cầu làm xét nghiệm hoặc kiểm tra, phòng khám tư sẽ làm và cho bạn biết kết quả.
        Phòng khám tư nên viết thư cho GP (bác sĩ gia đình) của bạn về việc chăm sóc bạn.
    .if-not = Nếu bạn có câu hỏi về việc khám tư, hãy liên hệ với phòng khám tư. Thông tin liên hệ của họ có trong thư của bạn.
    .ask =
        Anh/chị có viết thư cho GP của tôi không?
        Ai làm xét nghiệm và kiểm tra cho tôi?

private-care-gp-prescribing =
    .title = GP của bạn có thể nhận kê đơn một số thuốc
    .body =
        Bạn có thể xin GP của bạn kê đơn loại thuốc mà bác sĩ tư đã cho bạn bắt đầu dùng. GP của bạn quyết định việc này có phù hợp với bạn không.
        GP của bạn có thể từ chối. Có thể vì thuốc đó cần bác sĩ chuyên khoa theo dõi. Hoặc có thể vì thuốc đó thường không được cấp qua NHS.
        Nếu GP của bạn từ chối, phòng khám tư tiếp tục đưa thuốc đó cho bạn.
    .if-not = Nếu bạn sắp hết thuốc, hãy liên hệ với phòng khám tư trước khi hết.
    .ask =
        Bác sĩ có thể kê đơn thuốc này qua NHS không?
        Nếu không, tôi nên làm gì?

private-care-nhs-list =
    .title = Vào danh sách chờ của NHS
    .body =
        Để được một nhóm điều trị ở bệnh viện NHS khám, thường bạn cần có giấy giới thiệu (referral) của NHS. Hãy nói chuyện với GP của bạn.
        GP của bạn quyết định bạn có cần giấy giới thiệu hay không. Hãy hỏi GP của bạn xem việc này sẽ diễn ra thế nào với bạn.
    .if-not = Nếu bạn không chắc các quy định ở khu vực của bạn như thế nào, hãy hỏi phòng khám GP của bạn.
    .ask =
        Bác sĩ có thể giới thiệu tôi đến NHS cho việc này không?
        Tôi có phải chờ lại từ đầu không?

private-care-worse =
    .title = Nếu bệnh của bạn nặng hơn
    .body =
        Nếu bệnh của bạn nặng hơn nhiều, hoặc bạn có triệu chứng mới làm bạn lo lắng, hãy liên hệ với phòng khám GP của bạn hoặc gọi NHS 111 ngay trong ngày. Trong trường hợp cấp cứu, hãy gọi 999.
        Cũng hãy báo cho bác sĩ tư đang điều trị cho bạn.
    .if-not = Nếu đến hết ngày làm việc tiếp theo mà vẫn chưa có ai gọi lại cho bạn, hãy gọi lại. Nếu bạn cảm thấy tệ hơn, hãy gọi NHS 111 ngay trong ngày.
    .ask =
        Nếu bệnh của tôi nặng hơn vào ban đêm, tôi gọi cho ai?
