# Journey: moving from children's to adult care. Written for young people.
# Structure and sources: src/journeys/moving_to_adult_care.rs

moving-to-adult-care =
    .title = Chuyển từ chăm sóc trẻ em sang chăm sóc người lớn
    .summary = Ai lên kế hoạch chuyển bạn sang chăm sóc người lớn, và cần liên hệ với ai trước và sau khi chuyển.
    .intro = Bạn có một vấn đề sức khỏe kéo dài lâu. Đây gọi là bệnh mạn tính (long-term condition). Khi bạn lớn lên, việc chăm sóc bạn sẽ chuyển từ nhóm điều trị trẻ em sang các dịch vụ cho người lớn. Dưới đây là ai làm gì.
    .keywords = chuyển sang chăm sóc người lớn, dịch vụ người lớn, chuyển tiếp, chuyển giao, lớn lên, tròn 16 tuổi, tròn 18 tuổi, thiếu niên, người trẻ tuổi, thanh niên, bệnh viện nhi, bệnh mạn tính, phòng khám người lớn, rời dịch vụ trẻ em, transition, adult services

moving-to-adult-care-plan =
    .title = Nhóm điều trị trẻ em lên kế hoạch chuyển
    .body =
        Nhóm điều trị trẻ em ở bệnh viện lên kế hoạch chuyển bạn sang chăm sóc người lớn. Họ nên bắt đầu nói chuyện với bạn về việc này muộn nhất là khi bạn học Year 9 ở trường, lúc bạn 13 hoặc 14 tuổi.
        Bạn nên có một người phụ trách có tên cụ thể giúp bạn lên kế hoạch. Hãy hỏi người đó là ai.
        Bạn có thể đưa cha mẹ hoặc người chăm sóc đi cùng, nếu bạn muốn. Bạn cũng có thể xin gặp riêng bác sĩ trong một phần của mỗi buổi khám.
    .if-not = Nếu chưa có ai nói chuyện với bạn về việc chuyển, hãy hỏi nhóm điều trị trẻ em của bạn. Bạn có thể hỏi vào buổi khám tiếp theo.
    .ask =
        Khi nào tôi sẽ chuyển sang chăm sóc người lớn?
        Người phụ trách của tôi là ai?
        Tôi có thể gặp riêng bác sĩ trong một phần của buổi khám không?

moving-to-adult-care-before =
    .title = Trước khi chuyển
    .body =
        Cho đến khi chuyển, nhóm điều trị trẻ em vẫn chịu trách nhiệm chăm sóc bạn.
        Bạn nên được gặp một người trong nhóm điều trị người lớn trước khi chuyển.
        Hãy liên hệ với nhóm điều trị trẻ em nếu bạn có câu hỏi, hoặc nếu bệnh của bạn nặng hơn. Nếu bạn cảm thấy không khỏe và không chắc phải làm gì, hãy gọi cho phòng khám GP (bác sĩ gia đình) của bạn hoặc NHS 111 ngay trong ngày. Trong trường hợp cấp cứu, hãy gọi 999.
    .if-not = Nếu đến hết ngày làm việc tiếp theo mà nhóm điều trị trẻ em vẫn chưa gọi lại cho bạn, hãy gọi lại. Nếu bạn cảm thấy tệ hơn, hãy gọi NHS 111 hoặc GP của bạn ngay trong ngày.
    .ask =
        Cho đến khi chuyển, tôi liên hệ với ai?
        Tôi có thể gặp nhóm điều trị người lớn trước khi chuyển không?

moving-to-adult-care-adult-team =
    .title = Nhóm điều trị người lớn tiếp nhận
    .body =
        Sau khi chuyển, một nhóm điều trị người lớn ở bệnh viện có thể chăm sóc bệnh của bạn.
        Người phụ trách của bạn nên giữ liên lạc với bạn khoảng 6 tháng sau khi chuyển, để kiểm tra xem mọi việc có ổn không.
        Mỗi phần trong việc chăm sóc bạn nên có một nhóm chịu trách nhiệm. Bạn nên biết đó là nhóm nào. Hãy giữ số điện thoại của họ ở nơi an toàn.
    .if-not = Nếu bạn không biết bây giờ ai chịu trách nhiệm, hãy hỏi người phụ trách của bạn. Hoặc hỏi phòng khám GP của bạn.
    .ask =
        Bây giờ nhóm nào chịu trách nhiệm chăm sóc tôi?
        Tôi liên hệ với anh/chị bằng cách nào?
        Bao lâu tôi sẽ gặp anh/chị một lần?

moving-to-adult-care-gp =
    .title = GP có thể trở thành bác sĩ chính của bạn
    .body =
        Lúc này, GP của bạn có thể trở thành bác sĩ chính của bạn. Điều này có nghĩa là phòng khám GP của bạn sẽ lo nhiều phần hơn trong việc chăm sóc bạn.
        Hãy hỏi nhóm điều trị trẻ em xem việc này có xảy ra với bạn không.
        Phòng khám GP của bạn cũng là nơi bạn đến khi có vấn đề sức khỏe mới.
    .if-not = Nếu bạn không chắc bây giờ GP có phải là bác sĩ chính của bạn hay không, hãy hỏi phòng khám GP của bạn.
    .ask =
        Bây giờ bác sĩ có phải là bác sĩ chính của tôi không?
        Bác sĩ có các thư từ bệnh viện về tôi không?
        Nếu bệnh của tôi nặng hơn, tôi gọi cho ai?
