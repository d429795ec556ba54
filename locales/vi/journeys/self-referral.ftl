# Journey: referring yourself, and Pharmacy First.
# Structure and sources: src/journeys/self_referral.rs

self-referral =
    .title = Tìm giúp đỡ mà không cần gặp GP trước
    .summary = Những dịch vụ bạn có thể tự đến, những bệnh mà dược sĩ có thể chữa, và sau đó ai chăm sóc bạn.
    .intro = Với một số vấn đề, bạn không cần gặp GP (bác sĩ gia đình) trước. Bạn có thể tự liên hệ với dịch vụ. Việc này gọi là tự giới thiệu (self-referral). Dưới đây là cách việc này diễn ra, và ai làm gì.
    .keywords = tự giới thiệu, tự đăng ký, không qua GP, vật lý trị liệu, đau lưng, chăm sóc bàn chân, bàn chân, vấn đề về bàn chân, thính lực, kiểm tra thính lực, nữ hộ sinh, có thai, mang thai, thai sản, sức khỏe tình dục, trị liệu bằng trò chuyện, pharmacy first, dược sĩ, nhà thuốc, đau họng, đau tai, viêm xoang, nhiễm trùng đường tiểu, UTI, zona, bệnh chốc lở, côn trùng cắn, self referral, physio

self-referral-services =
    .title = Những nơi bạn có thể tự đến
    .body =
        Bạn có thể tự liên hệ với một số dịch vụ của NHS, mà không cần gặp GP trước.
        Những dịch vụ này có thể gồm vật lý trị liệu cho cơ và khớp, chăm sóc bàn chân, kiểm tra thính lực, và trị liệu bằng trò chuyện. Bạn cũng có thể liên hệ với nữ hộ sinh khi bạn mang thai, và với phòng khám sức khỏe tình dục.
        Những dịch vụ nào bạn có thể tự liên hệ là tùy vào nơi bạn sống.
    .if-not = Nếu bạn không tìm được dịch vụ, hãy hỏi phòng khám GP của bạn. Quầy lễ tân có thể cho bạn biết cách liên hệ với dịch vụ đó.
    .ask =
        Ở đây tôi có thể tự giới thiệu mình đến dịch vụ này không?
        Tôi liên hệ với dịch vụ này bằng cách nào?

self-referral-pharmacy-first =
    .title = Nhà thuốc có thể chữa một số bệnh
    .body =
        Dược sĩ có thể khám và điều trị cho bạn một số bệnh thường gặp, mà không cần gặp GP. Việc này gọi là Pharmacy First (dịch vụ khám tại nhà thuốc).
        Những bệnh đó là đau họng, đau tai, đau xoang, zona và bệnh chốc lở. Vết cắn bị nhiễm trùng, và nhiễm trùng đường tiểu ở phụ nữ, cũng có trong danh sách. Một số bệnh chỉ áp dụng cho một số độ tuổi nhất định.
        Nếu bạn cần loại thuốc mà bình thường bác sĩ sẽ kê đơn, dược sĩ có thể đưa thuốc đó cho bạn.
    .if-not = Nếu dược sĩ nói bạn cần gặp GP, họ sẽ cho bạn biết. Khi đó hãy liên hệ với phòng khám GP của bạn.
    .ask =
        Anh/chị có thể chữa bệnh này ở đây không?
        Nếu tôi không đỡ hơn thì tôi nên làm gì?

self-referral-in-charge =
    .title = Dịch vụ khám cho bạn sẽ chịu trách nhiệm
    .body =
        Dịch vụ mà bạn đã liên hệ sẽ lo vấn đề đó. Dịch vụ cho bạn biết kết quả của những xét nghiệm mà họ yêu cầu.
        Nếu GP của bạn cần biết, dịch vụ sẽ báo cho GP của bạn.
    .if-not = Nếu đến thời gian dịch vụ đã nói mà bạn không nhận được tin, hãy liên hệ lại với dịch vụ.
    .ask =
        Nếu tôi có câu hỏi, tôi liên hệ với ai?
        Anh/chị có báo cho GP của tôi không?

self-referral-gp =
    .title = Khi nào nên đến gặp GP thay vào đó
    .body =
        Nếu bạn không chắc nên đi đâu, hãy hỏi phòng khám GP của bạn. Nhân viên có thể giúp bạn chọn.
        Nếu bạn không đỡ hơn, hoặc bệnh của bạn nặng hơn, hãy liên hệ với phòng khám GP của bạn hoặc gọi NHS 111 ngay trong ngày. Trong trường hợp cấp cứu, hãy gọi 999.
    .if-not = Nếu bạn không liên lạc được với phòng khám GP của bạn và bạn lo lắng, hãy gọi NHS 111.
    .ask =
        Nơi tốt nhất để đến cho việc này là ở đâu?
