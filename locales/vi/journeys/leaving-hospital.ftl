# Journey: leaving hospital after a stay.
# Structure and sources: src/journeys/leaving_hospital.rs

leaving-hospital =
    .title = Khi bạn xuất viện về nhà
    .summary = Những gì bạn nên có trước khi về nhà, và cần gọi ai sau khi bạn xuất viện.
    .intro = Bạn sắp về nhà sau một thời gian nằm viện. Dưới đây là những gì nhóm điều trị ở bệnh viện nên làm trước khi bạn về. Hướng dẫn này cũng cho biết cần gọi ai nếu bạn có câu hỏi.
    .keywords = xuất viện, về nhà, từ bệnh viện về nhà, ra viện, thư xuất viện, bản tóm tắt xuất viện, thuốc mới, thuốc, viên thuốc, đơn thuốc, tác dụng phụ, giấy fit note, giấy nghỉ ốm, nghỉ làm, xin nghỉ làm, khoa, số điện thoại của khoa, câu hỏi sau khi nằm viện, tái khám, chăm sóc sau xuất viện, chăm sóc tại nhà, y tá khu vực, phục hồi khả năng tự sinh hoạt, khoa ảo, danh sách kiểm tra, nhóm hỗ trợ, discharge, discharge summary, ward, fit note, sick note

leaving-hospital-medicines =
    .title = Thuốc mới của bạn
    .body =
        Nếu bạn cần một loại thuốc mới, bệnh viện sẽ đưa cho bạn mang về nhà ít nhất đủ 7 ngày thuốc. Nếu đợt điều trị ngắn hơn, bạn sẽ nhận được toàn bộ số thuốc.
        Bạn không phải đi xin đợt thuốc đầu tiên này từ GP (bác sĩ gia đình) của bạn. Nếu bạn không được đưa thuốc, hãy xin trước khi bạn về.
        Nhân viên nên cho bạn biết mỗi loại thuốc dùng để làm gì. Họ cũng nên cho bạn biết tác dụng phụ của thuốc. Tác dụng phụ là vấn đề mà thuốc có thể gây ra.
        Hướng dẫn về thuốc sau khi nằm viện cho biết ai sẽ đưa thêm thuốc cho bạn.
    .if-not = Nếu bạn sắp về mà chưa có thuốc mới, hãy hỏi nhân viên ở khoa (ward). Nếu bạn đã về nhà rồi, hãy gọi điện cho khoa.
    .ask =
        Mỗi loại thuốc dùng để làm gì?
        Tôi nên để ý những tác dụng phụ nào?
        Khi hết số thuốc này, ai sẽ đưa thêm thuốc cho tôi?

leaving-hospital-fit-note =
    .title = Giấy fit note cho chỗ làm
    .body =
        Giấy fit note là giấy dùng cho chỗ làm của bạn. Giấy cho biết bạn có đủ khỏe để đi làm hay không. Một số người gọi đó là giấy nghỉ ốm (sick note).
        Trong 7 ngày nghỉ ốm đầu tiên, bạn không cần giấy fit note. Bạn tự điền một mẫu đơn cho chủ lao động của bạn.
        Nếu bạn cần nghỉ lâu hơn, bệnh viện sẽ cấp giấy fit note cho bạn. Giấy này nên bao gồm toàn bộ thời gian họ nghĩ bạn sẽ phải nghỉ.
        Vì vậy bạn sẽ không cần xin GP của bạn cấp giấy cho thời gian đó.
    .if-not = Nếu bạn đã về mà không có giấy fit note bạn cần, hãy gọi điện cho khoa và xin giấy.
    .ask =
        Tôi sẽ cần nghỉ làm bao lâu?
        Giấy fit note của tôi có bao gồm toàn bộ thời gian đó không?

leaving-hospital-care-at-home =
    .title = Chăm sóc tại nhà
    .body =
        Một số người cần được giúp đỡ tại nhà sau khi nằm viện. Nhóm ở khoa sẽ cùng bạn lên kế hoạch cho việc này trước khi bạn về.
        Đó có thể là y tá khu vực (district nurse) đến thăm. Hoặc một nhóm có thể giúp bạn trong một thời gian ngắn để tự làm lại mọi việc.
        Một số người được nhóm điều trị của bệnh viện chăm sóc tại nhà thay vì nằm ở khoa. Việc này đôi khi gọi là khoa ảo (virtual ward). Nhóm này cho bạn biết cách liên hệ với họ, cả ngày lẫn đêm.
    .if-not = Nếu sự giúp đỡ mà bạn đã được báo vẫn chưa đến, hãy gọi số điện thoại mà khoa đã cho bạn cho việc này. Nếu bạn không có số nào, hãy gọi điện cho khoa.
    .ask =
        Tôi có cần giúp đỡ tại nhà không?
        Ai sẽ đến, và khi nào?
        Nếu họ không đến, tôi gọi cho ai?

leaving-hospital-check =
    .title = Kiểm tra trước khi về
    .body =
        Trước khi về nhà, hãy kiểm tra xem bạn đã có những thứ sau đây chưa.
        Ít nhất đủ 7 ngày cho mỗi loại thuốc mới. Mỗi loại thuốc dùng để làm gì, và tác dụng phụ của thuốc. Một tờ thông tin về việc chăm sóc bạn.
        Số điện thoại của khoa, và của nhóm điều trị ở bệnh viện. Giấy fit note, nếu bạn cần. Buổi khám tiếp theo của bạn sẽ được sắp xếp thế nào.
        Tên của những nhóm có thể giúp bạn, ví dụ các tổ chức từ thiện.
    .if-not = Nếu còn thiếu thứ gì, hãy hỏi nhân viên ở khoa trước khi bạn về. Nếu bạn đã về nhà rồi, hãy gọi điện cho khoa.
    .ask =
        Nếu có câu hỏi khi ở nhà, tôi gọi cho ai?
        Buổi khám tiếp theo của tôi sẽ được sắp xếp thế nào?
        Có nhóm nào có thể giúp tôi không?

leaving-hospital-letter =
    .title = Bệnh viện viết thư cho GP của bạn
    .body =
        Khi bạn xuất viện, nhóm điều trị ở bệnh viện viết một lá thư cho GP của bạn. Thư này gọi là bản tóm tắt xuất viện (discharge summary). Xuất viện có nghĩa là rời bệnh viện.
        Thư cho GP của bạn biết những gì đã xảy ra khi bạn nằm viện, và về mọi thay đổi đối với thuốc của bạn. Bạn cũng nên nhận được một bản sao.
    .if-not = Nếu phòng khám GP của bạn nói là chưa nhận được thư, hãy gọi điện cho khoa. Nhờ họ gửi thư đi.
    .ask =
        Tôi có thể nhận một bản sao bản tóm tắt xuất viện của tôi không?
        GP của tôi có cần làm việc gì không?

leaving-hospital-questions =
    .title = Nếu bạn có câu hỏi khi ở nhà
    .body =
        Nếu bạn có câu hỏi về thời gian nằm viện hoặc về thuốc mới của bạn, hãy gọi điện cho khoa. Số điện thoại thường có trong thư mà khoa gửi cho bạn.
        Nếu trong thư không có số của khoa, hãy gọi số chính của bệnh viện. Nhờ họ nối máy đến khoa.
        Nhóm ở khoa nên tự trả lời bạn. Họ không nên bảo bạn đi hỏi GP của bạn.
        Nếu bạn cảm thấy không khỏe và không chắc phải làm gì, hãy gọi cho phòng khám GP của bạn hoặc NHS 111 ngay trong ngày. Trong trường hợp cấp cứu, hãy gọi 999.
    .if-not = Nếu đến hết ngày làm việc tiếp theo mà khoa vẫn chưa gọi lại cho bạn, hãy gọi lại. Nếu bạn không gọi được, hãy hỏi gặp nhóm tư vấn bệnh nhân ở bệnh viện.
    .ask =
        Nếu tôi gặp vấn đề với thuốc, tôi gọi cho ai?
        Khi nào tôi nên gọi cho anh/chị, và khi nào tôi nên gọi cho GP của tôi?
