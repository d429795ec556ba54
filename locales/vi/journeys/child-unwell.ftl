# Journey: your child seems more unwell. Written for parents and carers.
# Structure and sources: src/journeys/child_unwell.rs

child-unwell =
    .title = Nếu con bạn có vẻ ốm hơn
    .summary = Khi nào cần gọi 999, khi nào cần được giúp đỡ ngay trong ngày, và cần báo cho ai nếu con bạn đang được một nhóm điều trị ở bệnh viện chăm sóc.
    .intro = Bệnh của trẻ em có thể nặng lên rất nhanh. Bạn là người hiểu con mình nhất. Dưới đây là khi nào cần tìm giúp đỡ, cần gọi ai, và cần báo cho ai.
    .keywords = con không khỏe, con ốm, trẻ bị ốm, em bé không khỏe, con nặng hơn, con trở nặng, con ốm hơn, sốt, sốt cao, phát ban, không ăn, không uống, thở, khó thở, mềm nhũn, lo cho con, khi nào gọi 999, khi nào gọi 111, vào thẳng khoa, khoa nhi, open access, children's ward

child-unwell-emergency =
    .title = Khi nào cần gọi 999
    .body =
        Hãy gọi 999 nếu con bạn khó thở, hoặc rất khó đánh thức.
        Cũng hãy gọi 999 nếu con bạn bị co giật, hoặc trở nên rất nhợt nhạt, tím tái hoặc da nổi loang lổ.
        Hãy gọi 999 nếu con bạn bị phát ban mà vết ban không mờ đi khi bạn ấn một cái cốc thủy tinh lên đó.
    .if-not = Nếu bạn gọi 999 mà không được, hãy tiếp tục gọi. Đừng chờ xem con bạn có đỡ hơn không.
    .ask =
        Những dấu hiệu nào thì tôi nên gọi 999?

child-unwell-same-day =
    .title = Tìm giúp đỡ ngay trong ngày
    .body =
        Nếu con bạn có vẻ ốm hơn, hoặc bạn lo lắng, hãy liên hệ với phòng khám GP (bác sĩ gia đình) của bạn hoặc gọi NHS 111 ngay trong ngày.
        Hãy cho họ biết nếu con bạn không uống gì, buồn ngủ hơn nhiều so với bình thường, hoặc đang nặng hơn.
        NHS 111 làm việc cả ngày lẫn đêm. Bạn cũng có thể vào trang 111.nhs.uk.
    .if-not = Nếu bạn không liên lạc được với phòng khám GP của bạn và bạn lo lắng, hãy gọi NHS 111. Nếu con bạn nặng hơn, hãy gọi 999.
    .ask =
        Tối nay tôi nên để ý những dấu hiệu gì?
        Khi nào tôi nên gọi lại cho anh/chị?

child-unwell-hospital-team =
    .title = Nếu con bạn đang được một nhóm điều trị ở bệnh viện chăm sóc
    .body =
        Một số trẻ em có thể vào thẳng lại khoa nhi (children's ward) nếu bị ốm. Việc này gọi là vào thẳng khoa (open access). Nếu con bạn được như vậy, nhóm điều trị đã báo cho bạn rồi.
        Nếu bạn có số điện thoại của nhóm điều trị, hãy gọi cho họ. Hãy nói với họ là con bạn ốm hơn.
        Nếu bạn không liên lạc được với họ, hãy liên hệ với phòng khám GP của bạn hoặc NHS 111 ngay trong ngày. Trong trường hợp cấp cứu, hãy gọi 999.
    .if-not = Nếu nhóm điều trị chưa gọi lại cho bạn và con bạn không đỡ hơn, hãy gọi NHS 111 hoặc phòng khám GP của bạn. Đừng chờ.
    .ask =
        Con tôi có được vào thẳng khoa không?
        Ban đêm tôi gọi cho ai?

child-unwell-after =
    .title = Sau khi con bạn đã được khám
    .body =
        Người đã khám cho con bạn nên cho bạn biết cần để ý những gì, và khi nào cần quay lại.
        Nếu con bạn đã đến A&E (khoa cấp cứu) hoặc bệnh viện, họ sẽ gửi thư cho GP của bạn.
        Nếu con bạn không đỡ hơn vào lúc họ đã nói, hoặc nặng hơn, hãy tìm giúp đỡ lần nữa. Hỏi nhiều lần cũng không sao.
    .if-not = Nếu bạn không chắc tiếp theo nên làm gì, hãy gọi NHS 111 hoặc phòng khám GP của bạn.
    .ask =
        Những dấu hiệu nào cho thấy tôi nên đưa con quay lại?
        Bao lâu thì con tôi sẽ khỏe lại?
