# Journey: getting help for your mental health.
# Structure and sources: src/journeys/mental_health.rs

mental-health =
    .title = Tìm giúp đỡ cho sức khỏe tâm thần của bạn
    .summary = Đi đâu khi gặp khủng hoảng, cách xin liệu pháp trò chuyện, và ai chăm sóc bạn.
    .intro = Sức khỏe tâm thần của bạn cũng quan trọng như sức khỏe thể chất. Dưới đây là nơi bạn có thể tìm giúp đỡ, kể cả khi gặp khủng hoảng, và ai làm từng phần.
    .keywords = sức khỏe tâm thần, khủng hoảng, muốn tự tử, có ý nghĩ tự tử, tự làm hại bản thân, lo âu, trầm cảm, căng thẳng, buồn chán, hoảng loạn, liệu pháp trò chuyện, tư vấn tâm lý, trị liệu, CBT, nhóm sức khỏe tâm thần cộng đồng, bác sĩ tâm thần, thuốc chống trầm cảm, thuốc sức khỏe tâm thần, mental health, talking therapies

mental-health-crisis =
    .title = Khi gặp khủng hoảng, hãy tìm giúp đỡ ngay
    .body =
        Nếu tính mạng của bạn hoặc của người khác đang gặp nguy hiểm, hãy gọi 999 hoặc đến A&E (khoa cấp cứu).
        Nếu bạn cần giúp đỡ ngay, hãy gọi NHS 111 và chọn mục sức khỏe tâm thần. Dịch vụ này làm việc cả ngày lẫn đêm, cho mọi lứa tuổi.
        Nếu bạn đã có nhóm sức khỏe tâm thần, hãy dùng số điện thoại khủng hoảng trong kế hoạch chăm sóc của bạn.
    .if-not = Nếu bạn gọi mà không được, hãy gọi 999 hoặc đến A&E.
    .ask =
        Nếu tôi lại cảm thấy như thế này, tôi gọi cho ai?

mental-health-talking-therapies =
    .title = Bạn có thể tự xin liệu pháp trò chuyện
    .body =
        NHS Talking Therapies (dịch vụ trị liệu bằng trò chuyện của NHS) giúp với những cảm xúc như lo lắng, buồn chán và căng thẳng. Bạn không cần gặp GP (bác sĩ gia đình) trước.
        Bạn có thể tự đăng ký trên mạng hoặc qua điện thoại. Hãy tìm NHS Talking Therapies trên NHS website (trang web của NHS) để tìm dịch vụ ở khu vực của bạn.
        Dịch vụ này dành cho người lớn. Trẻ em và người trẻ tuổi có dịch vụ riêng. Hãy hỏi phòng khám GP của bạn hoặc nhà trường.
    .if-not = Nếu đến thời gian dịch vụ đã nói mà bạn vẫn chưa nhận được tin, hãy liên hệ lại với họ. Nếu bạn cảm thấy tệ hơn trong lúc chờ, hãy liên hệ với phòng khám GP của bạn hoặc NHS 111 ngay trong ngày.
    .ask =
        Ở đây phải chờ bao lâu để được trị liệu bằng trò chuyện?
        Anh/chị có những loại giúp đỡ nào?

mental-health-gp =
    .title = GP của bạn có thể giúp và giới thiệu bạn
    .body =
        GP của bạn có thể nói chuyện với bạn về cảm xúc của bạn, và về những sự giúp đỡ hiện có.
        Nếu bạn cần thêm giúp đỡ, GP có thể giới thiệu bạn đến nhóm sức khỏe tâm thần. Nhóm này gồm những nhân viên như y tá, bác sĩ và nhà trị liệu.
    .if-not = Nếu bạn đang chờ nhóm sức khỏe tâm thần và cảm thấy tệ hơn, hãy liên hệ với phòng khám GP của bạn hoặc gọi NHS 111 ngay trong ngày. Khi gặp khủng hoảng, hãy gọi NHS 111 và chọn mục sức khỏe tâm thần.
    .ask =
        Có những sự giúp đỡ nào cho tôi?
        Bác sĩ có thể giới thiệu tôi đến nhóm sức khỏe tâm thần không?

mental-health-team =
    .title = Nhóm sức khỏe tâm thần lên kế hoạch chăm sóc bạn
    .body =
        Nếu một nhóm sức khỏe tâm thần chăm sóc bạn, họ sẽ cùng bạn lập một kế hoạch chăm sóc. Kế hoạch này cho biết ai chịu trách nhiệm chăm sóc bạn và cách liên hệ với họ.
        Hãy xin nhóm số điện thoại của họ, và một số để gọi khi gặp khủng hoảng.
    .if-not = Nếu bạn không biết ai chịu trách nhiệm chăm sóc bạn, hãy hỏi nhóm. Hoặc hỏi phòng khám GP của bạn.
    .ask =
        Ai chịu trách nhiệm chăm sóc tôi?
        Khi gặp khủng hoảng, tôi gọi cho ai?

mental-health-medicines =
    .title = Ai đưa thuốc cho bạn
    .body =
        Thường thì nhóm sức khỏe tâm thần đề xuất một loại thuốc và GP của bạn kê đơn thuốc đó.
        Một số loại thuốc cần bác sĩ chuyên khoa theo dõi, với xét nghiệm máu thường xuyên. Khi đó nhóm sức khỏe tâm thần có thể kê đơn các thuốc này, hoặc cùng chia sẻ việc chăm sóc với GP của bạn.
        Hãy hỏi ai sẽ đưa thêm thuốc cho bạn, và ai sẽ làm các xét nghiệm kiểm tra.
    .if-not = Nếu bạn sắp hết thuốc và không biết nên hỏi ai, hãy liên hệ với phòng khám GP của bạn. Nếu phòng khám đóng cửa, hãy gọi NHS 111.
    .ask =
        Ai sẽ đưa thêm loại thuốc này cho tôi?
        Thuốc này có cần xét nghiệm máu không?
