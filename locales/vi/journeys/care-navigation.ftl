# Journey: Why your GP practice asks what the problem is.
# Structure and sources: src/journeys/care_navigation.rs

care-navigation =
    .title = Vì sao quầy lễ tân hỏi bạn bị làm sao
    .summary = Vì sao phòng khám GP của bạn hỏi về vấn đề của bạn, bạn có thể gặp ai, và nhân viên kết nối có thể giúp như thế nào.
    .intro = Khi bạn liên hệ với phòng khám GP (bác sĩ gia đình) của bạn, nhân viên có thể hỏi bạn gặp vấn đề gì. Họ hỏi để có thể chuyển bạn đến đúng người. Dưới đây là cách việc này diễn ra.
    .keywords = lễ tân, quầy lễ tân, vì sao họ hỏi, bị làm sao, đặt lịch gặp GP, gặp GP, điều hướng chăm sóc, người điều hướng chăm sóc, y tá, dược sĩ, vật lý trị liệu, chuyên viên vật lý trị liệu, kê đơn xã hội, nhân viên kết nối, cô đơn, nhóm địa phương, nhóm cộng đồng, tổ chức từ thiện, dịch vụ tình nguyện, receptionist, care navigation, link worker, social prescribing

care-navigation-ask =
    .title = Nhân viên hỏi bạn gặp vấn đề gì
    .body =
        Khi bạn gọi điện hoặc đến phòng khám, nhân viên lễ tân có thể hỏi bạn gặp vấn đề gì. Họ không tò mò chuyện riêng của bạn.
        Họ hỏi để có thể giúp bạn gặp đúng người. Việc này gọi là điều hướng chăm sóc (care navigation). Nhân viên làm việc này gọi là người điều hướng chăm sóc (care navigator).
    .if-not = Nếu bạn không chắc nên gặp ai, hãy nhờ nhân viên giúp bạn chọn.
    .ask =
        Ai là người phù hợp nhất để tôi gặp?
        Bao lâu nữa thì tôi có thể được khám?

care-navigation-right-person =
    .title = Bạn gặp đúng người
    .body =
        Người phù hợp có thể không phải là GP. Đó có thể là y tá hoặc dược sĩ. Dược sĩ là chuyên gia về thuốc.
        Đó có thể là chuyên viên vật lý trị liệu. Chuyên viên vật lý trị liệu giúp về cơ, khớp và việc đi lại, cử động.
        Hoặc nhân viên có thể hướng dẫn bạn đến một dịch vụ bên ngoài phòng khám.
    .if-not = Nếu bạn nghĩ bạn vẫn cần gặp GP, hãy nói với nhân viên lý do. Nếu bệnh của bạn nặng hơn, hãy liên hệ lại với phòng khám GP của bạn ngay trong ngày, hoặc gọi NHS 111.
    .ask =
        Vì sao người này phù hợp với vấn đề của tôi?
        Tôi nên làm gì nếu tôi không đỡ hơn?

care-navigation-ask-link-worker =
    .title = Bạn xin gặp nhân viên kết nối
    .body =
        Một số điều ảnh hưởng đến sức khỏe của bạn không phải là chuyện y tế. Nhân viên kết nối (link worker) có thể giúp về những điều này.
        Để gặp nhân viên kết nối, hãy hỏi phòng khám GP của bạn. Họ có thể kết nối bạn với nhân viên đó.
        Việc này gọi là kê đơn xã hội (social prescribing).
    .if-not = Nếu phòng khám GP của bạn không kết nối bạn, hãy hỏi lại họ. Hỏi xem ai là nhân viên kết nối cho khu vực của bạn.
    .ask =
        Ở đây có nhân viên kết nối không?
        Bao lâu thì tôi sẽ nhận được tin từ họ?

care-navigation-link-worker =
    .title = Nhân viên kết nối giúp bạn
    .body =
        Nhân viên kết nối giúp bạn liên hệ với các nhóm và dịch vụ gần nơi bạn sống.
        Những nhóm này có thể do người dân địa phương hoặc các tổ chức từ thiện điều hành. Họ không thuộc phòng khám GP của bạn.
        Nhân viên kết nối giúp bạn tìm những nhóm phù hợp với bạn.
    .if-not = Nếu bạn chưa nhận được tin từ nhân viên kết nối, hãy liên hệ với phòng khám GP của bạn. Nhờ họ kiểm tra.
    .ask =
        Gần chỗ tôi có những nhóm nào?
        Anh/chị có thể giúp tôi bắt đầu không?
