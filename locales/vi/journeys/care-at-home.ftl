# Journey: care at home after leaving hospital.
# Structure and sources: src/journeys/care_at_home.rs

care-at-home =
    .title = Chăm sóc tại nhà sau khi nằm viện
    .summary = Ai lên kế hoạch giúp đỡ tại nhà, ai sẽ đến, và cần gọi ai nếu không có ai đến giúp.
    .intro = Một số người cần được giúp đỡ tại nhà sau khi nằm viện. Một số người được nhóm điều trị của bệnh viện chăm sóc tại nhà thay vì nằm ở khoa (ward) trong bệnh viện. Dưới đây là ai làm gì, và cần gọi ai.
    .keywords = chăm sóc tại nhà, giúp đỡ tại nhà, y tá khu vực, y tá cộng đồng, y tá đến nhà, phục hồi khả năng tự sinh hoạt, người chăm sóc, chăm sóc tại gia, khoa ảo, bệnh viện tại nhà, sau khi nằm viện, về nhà, xuất viện, hỗ trợ tại nhà, dụng cụ, thiết bị, district nurse, reablement, virtual ward, hospital at home

care-at-home-plan =
    .title = Nhóm ở khoa cùng bạn lên kế hoạch giúp đỡ
    .body =
        Trước khi bạn xuất viện, nhóm ở khoa sẽ nói chuyện với bạn về những giúp đỡ bạn cần khi ở nhà.
        Họ nên cho bạn biết ai sẽ đến, khi nào, và cách liên hệ với những người đó. Hãy xin những thông tin này bằng văn bản.
        Nếu có người chăm sóc bạn ở nhà, người đó cũng có thể cùng tham gia buổi nói chuyện này.
    .if-not = Nếu chưa có ai nói chuyện với bạn về việc giúp đỡ tại nhà và bạn nghĩ bạn cần giúp đỡ, hãy hỏi nhân viên ở khoa trước khi bạn về.
    .ask =
        Tôi có cần giúp đỡ tại nhà không?
        Ai sẽ đến, và khi nào?

care-at-home-nurse =
    .title = Y tá hoặc người chăm sóc có thể đến nhà
    .body =
        Y tá khu vực (district nurse) có thể đến nhà thăm bạn. Họ có thể thay băng, tiêm thuốc, và kiểm tra xem bạn thế nào.
        Một số người được giúp đỡ trong một thời gian ngắn để có thể tự làm lại mọi việc. Việc này đôi khi gọi là phục hồi khả năng tự sinh hoạt (reablement).
        Nhóm đến thăm sẽ cho bạn số điện thoại của họ.
    .if-not = Nếu lần đến thăm mà bạn đã được báo trước không diễn ra, hãy gọi số điện thoại mà nhóm đã cho bạn. Nếu bạn không có số nào, hãy gọi cho khoa hoặc phòng khám GP (bác sĩ gia đình) của bạn.
    .ask =
        Số điện thoại của anh/chị là gì?
        Tôi phải làm gì nếu anh/chị không đến?

care-at-home-virtual-ward =
    .title = Nếu bạn được điều trị ở khoa ảo
    .body =
        Khoa ảo (virtual ward) có nghĩa là một nhóm điều trị của bệnh viện chăm sóc bạn tại nhà thay vì ở khoa trong bệnh viện. Việc này cũng được gọi là bệnh viện tại nhà (hospital at home).
        Nhóm này có thể đến thăm bạn, gọi điện cho bạn, hoặc kiểm tra sức khỏe của bạn bằng thiết bị bạn dùng ở nhà.
        Nhóm điều trị của bệnh viện chịu trách nhiệm chăm sóc bạn trong thời gian bạn ở khoa ảo. Họ cho bạn biết cách liên hệ với họ, cả ngày lẫn đêm.
    .if-not = Nếu bạn không liên lạc được với nhóm của khoa ảo và bạn cảm thấy tệ hơn, hãy gọi NHS 111. Trong trường hợp cấp cứu, hãy gọi 999.
    .ask =
        Bây giờ ai chịu trách nhiệm chăm sóc tôi?
        Ban đêm tôi liên hệ với anh/chị bằng cách nào?

care-at-home-worse =
    .title = Nếu bệnh của bạn nặng hơn khi ở nhà
    .body =
        Nếu bệnh của bạn nặng hơn, trước tiên hãy gọi cho nhóm đang chăm sóc bạn tại nhà, nếu bạn có số điện thoại của họ.
        Nếu bạn không liên lạc được với họ, hãy liên hệ với phòng khám GP của bạn hoặc gọi NHS 111 ngay trong ngày. Trong trường hợp cấp cứu, hãy gọi 999.
    .if-not = Nếu chưa có ai gọi lại cho bạn và bạn cảm thấy tệ hơn, hãy gọi NHS 111. Đừng chờ.
    .ask =
        Nếu tôi cảm thấy tệ hơn, tôi nên gọi ai trước?
