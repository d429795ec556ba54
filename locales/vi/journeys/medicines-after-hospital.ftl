# Journey: medicines after a hospital stay or a clinic visit.
# Structure and sources: src/journeys/medicines_after_hospital.rs

medicines-after-hospital =
    .title = Thuốc của bạn khi bạn từ bệnh viện về nhà
    .summary = Ai đưa thuốc mới cho bạn, ai thay đổi danh sách thuốc định kỳ của bạn, và cần làm gì trước khi bạn hết thuốc.
    .intro = Thuốc của bạn có thể thay đổi khi bạn nằm viện hoặc đi gặp nhóm điều trị ở bệnh viện. Dưới đây là ai đưa cho bạn từng đợt thuốc, ai cập nhật danh sách thuốc của bạn, và nên hỏi ai.
    .keywords = thuốc sau khi nằm viện, thuốc mới, thuốc thay đổi, thuốc bị ngừng, viên thuốc, thuốc men, đơn thuốc định kỳ, danh sách thuốc định kỳ, sắp hết thuốc, hết thuốc, đợt thuốc đầu tiên, nhà thuốc, dược sĩ, thuốc khi xuất viện, thuốc chống đông máu, thuốc làm loãng máu, hóa trị, đường dây trợ giúp, tôi uống thuốc nào, repeat prescription, pharmacy

medicines-after-hospital-first-supply =
    .title = Bệnh viện đưa cho bạn đợt thuốc đầu tiên
    .body =
        Sau khi nằm viện, bạn nên được mang về nhà ít nhất đủ 7 ngày cho mỗi loại thuốc mới. Nếu đợt điều trị ngắn hơn, bạn sẽ nhận được toàn bộ số thuốc.
        Sau buổi khám ở phòng khám bệnh viện thì khác. Nếu bạn cần bắt đầu dùng thuốc ngay, bệnh viện sẽ đưa cho bạn đủ thuốc cho đến khi GP (bác sĩ gia đình) của bạn nhận được thư sau buổi khám (clinic letter). Nếu không, thư sẽ yêu cầu GP của bạn kê đơn thuốc đó.
    .if-not = Nếu bạn sắp về mà chưa có loại thuốc mới bạn cần dùng ngay, hãy hỏi nhân viên ở khoa (ward) hoặc phòng khám. Nếu bạn đã về nhà rồi, hãy gọi điện cho khoa hoặc nhóm điều trị ở bệnh viện.
    .ask =
        Tôi có cần bắt đầu dùng thuốc này ngay không?
        Anh/chị đưa cho tôi bao nhiêu thuốc?
        GP của tôi sẽ đưa thêm thuốc cho tôi, hay anh/chị sẽ đưa?

medicines-after-hospital-list =
    .title = Bạn nhận được danh sách thuốc của bạn
    .body =
        Trước khi bạn về, nhóm ở khoa nên cho bạn biết thuốc nào là mới, thuốc nào đã thay đổi, và thuốc nào bạn nên ngừng.
        Danh sách này cũng có trong thư mà bệnh viện gửi cho GP của bạn. Hãy xin một bản sao.
        Đừng tiếp tục dùng loại thuốc mà bệnh viện đã cho ngừng, trừ khi có bác sĩ bảo bạn dùng.
    .if-not = Nếu bạn không chắc nên dùng những loại thuốc nào, hãy gọi điện cho khoa. Hoặc hỏi dược sĩ.
    .ask =
        Trong các loại thuốc của tôi, thuốc nào là mới, đã thay đổi hoặc đã ngừng?
        Tôi có thể xin một danh sách bằng văn bản không?

medicines-after-hospital-pharmacy =
    .title = Nhà thuốc của bạn có thể kiểm tra thuốc cho bạn
    .body =
        Bệnh viện có thể gửi thông tin về thuốc mới của bạn đến nhà thuốc bạn thường dùng. Sau đó dược sĩ có thể cùng bạn xem lại các loại thuốc này.
        Dược sĩ so sánh danh sách thuốc mới của bạn với những thuốc bạn đã dùng trước đây. Họ có thể phát hiện ra vấn đề.
        Bạn có thể nhờ khoa gửi thông tin của bạn đến nhà thuốc bạn dùng.
    .if-not = Nếu nhà thuốc chưa nhận được tin từ bệnh viện, hãy mang thư mà khoa đưa cho bạn đến nhà thuốc. Nhờ họ kiểm tra.
    .ask =
        Anh/chị có thể gửi thông tin thuốc của tôi đến nhà thuốc của tôi không?
        Dược sĩ có thể cùng tôi kiểm tra danh sách thuốc mới không?

medicines-after-hospital-repeat =
    .title = Phòng khám GP của bạn cập nhật danh sách thuốc định kỳ
    .body =
        Phòng khám GP của bạn nhận được thư từ bệnh viện. Sau đó phòng khám cập nhật các đơn thuốc định kỳ (repeat prescription) của bạn.
        Hãy kiểm tra danh sách thuốc định kỳ trước khi bạn đặt thuốc. Hãy chắc chắn là danh sách có thuốc mới của bạn, và không có những thuốc bạn đã ngừng.
        Hãy đặt mỗi đợt thuốc định kỳ sớm, để bạn không bị hết thuốc.
    .if-not = Nếu danh sách thuốc định kỳ của bạn bị sai, hoặc không có thuốc mới, hãy liên hệ với phòng khám GP của bạn. Nếu họ chưa có thư, hãy gọi điện cho nhóm điều trị ở bệnh viện hoặc khoa.
    .ask =
        Phòng khám đã nhận được thư từ bệnh viện về tôi chưa?
        Danh sách thuốc định kỳ của tôi đã được cập nhật chưa?

medicines-after-hospital-running-out =
    .title = Nếu bạn sắp hết thuốc
    .body =
        Nếu bạn sắp hết thuốc và GP của bạn chưa có thư, hãy gọi điện cho nhóm điều trị ở bệnh viện hoặc khoa. Nhờ họ gửi thư hoặc đưa thêm thuốc cho bạn.
        Nếu phòng khám GP của bạn đóng cửa và bạn cần thuốc ngay hôm nay, hãy gọi NHS 111. Họ có thể giúp bạn lấy thuốc ở nhà thuốc.
    .if-not = Nếu không ai giúp được và bạn cảm thấy không khỏe khi không có thuốc, hãy gọi NHS 111 ngay trong ngày. Trong trường hợp cấp cứu, hãy gọi 999.
    .ask =
        Nếu tôi hết thuốc vào cuối tuần thì tôi nên làm gì?
        Bỏ một liều thuốc này có an toàn không?

medicines-after-hospital-high-risk =
    .title = Những loại thuốc cần được giúp đỡ nhanh
    .body =
        Với một số loại thuốc, bạn cần được giúp đỡ nhanh nếu bạn cảm thấy ốm. Thuốc điều trị ung thư là một loại. Thuốc làm loãng máu, hoặc thuốc làm cơ thể khó chống lại vi trùng hơn, là những loại khác.
        Nhóm điều trị ở bệnh viện nên cho bạn số đường dây trợ giúp cho những loại thuốc này. Một số đường dây làm việc cả ngày lẫn đêm. Hãy luôn mang số điện thoại này bên mình.
        Nếu bạn cảm thấy rất không khỏe, hãy gọi đường dây trợ giúp ngay lập tức. Trong trường hợp cấp cứu, hãy gọi 999.
    .if-not = Nếu bạn không có số đường dây trợ giúp, hãy gọi điện cho nhóm điều trị ở bệnh viện và xin số. Nếu bạn cảm thấy không khỏe và không liên lạc được với họ, hãy gọi NHS 111 ngay trong ngày.
    .ask =
        Có đường dây trợ giúp cho loại thuốc này không?
        Những dấu hiệu nào cho thấy tôi nên gọi ngay lập tức?
