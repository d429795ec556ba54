# Journey: a hospital specialist starts a new medicine.
# Structure and sources: src/journeys/specialist_medicines.rs

specialist-medicines =
    .title = Bác sĩ bệnh viện cho bạn bắt đầu dùng thuốc mới
    .summary = Ai đưa thuốc cho bạn, ai đưa thêm thuốc cho bạn, và nên hỏi ai về tác dụng phụ và các lần kiểm tra.
    .intro = Một bác sĩ chuyên khoa ở bệnh viện đã cho bạn bắt đầu dùng một loại thuốc mới. Bác sĩ chuyên khoa là bác sĩ hiểu rất rõ về một loại bệnh. Dưới đây là ai đưa thuốc cho bạn và ai đưa thêm thuốc cho bạn. Hướng dẫn này cũng cho biết nên hỏi ai nếu bạn gặp vấn đề với thuốc.
    .keywords = đơn thuốc, viên thuốc, thuốc, thuốc men, thuốc mới, bác sĩ chuyên khoa cho thuốc, thuốc của phòng khám, đơn thuốc định kỳ, chăm sóc chung, thỏa thuận chăm sóc chung, tác dụng phụ, xét nghiệm máu, theo dõi, sắp hết thuốc, đơn thuốc bệnh viện, thuốc chuyên khoa, nhà thuốc, prescription, shared care

specialist-medicines-start =
    .title = Bệnh viện đưa cho bạn đợt thuốc đầu tiên
    .body =
        Một bác sĩ chuyên khoa ở bệnh viện quyết định là bạn cần một loại thuốc mới.
        Nếu bạn cần bắt đầu dùng thuốc ngay, bệnh viện sẽ đưa cho bạn đợt thuốc đầu tiên. Bạn không cần đến GP (bác sĩ gia đình) của bạn cho việc này.
        Sau khi nằm viện, bạn nhận được ít nhất đủ 7 ngày thuốc, hoặc toàn bộ số thuốc nếu đợt điều trị ngắn hơn.
        Sau buổi khám ở phòng khám bệnh viện, bệnh viện sẽ đưa cho bạn đủ thuốc dùng trước mắt nếu bạn cần dùng ngay. Hoặc thư sau buổi khám (clinic letter) sẽ yêu cầu GP của bạn kê đơn thuốc đó.
    .if-not = Nếu bạn được bảo bắt đầu dùng thuốc ngay nhưng không được đưa thuốc, hãy gọi điện cho nhóm điều trị ở bệnh viện.
    .ask =
        Thuốc này dùng để làm gì?
        Tôi nên dùng thuốc này khi nào và như thế nào?
        Anh/chị sẽ đưa thuốc cho tôi, hay GP của tôi sẽ đưa?

specialist-medicines-gp =
    .title = Sau đó GP của bạn kê đơn hầu hết các loại thuốc
    .body =
        Với hầu hết các loại thuốc, thư sau buổi khám sẽ yêu cầu GP của bạn kê đơn thêm. Đơn thuốc là tờ giấy cho phép bạn lấy thuốc.
        Hãy chờ đến khi phòng khám GP của bạn nhận được thư. Sau đó nhờ họ thêm thuốc này vào đơn thuốc định kỳ (repeat prescription) của bạn.
        Hãy đặt mỗi đợt thuốc định kỳ sớm, để bạn không bị hết thuốc.
    .if-not = Nếu phòng khám GP của bạn chưa nhận được thư và bạn sắp hết thuốc, hãy gọi điện cho nhóm điều trị ở bệnh viện. Nhờ họ gửi thư, hoặc đưa thêm thuốc cho bạn.
    .ask =
        Anh/chị đã gửi thư cho GP của tôi chưa?
        Anh/chị sẽ đưa cho tôi bao nhiêu thuốc để dùng cho đến lúc đó?

specialist-medicines-shared-care =
    .title = Những loại thuốc bác sĩ chuyên khoa phải kiểm tra
    .body =
        Một số loại thuốc cần bác sĩ chuyên khoa theo dõi. Nếu bệnh viện đã cho bạn bắt đầu dùng một trong những loại thuốc này, bệnh viện sẽ tiếp tục đưa thuốc cho bạn.
        Đôi khi bệnh viện đề nghị GP của bạn tiếp nhận việc này. Việc này cần có thỏa thuận chăm sóc chung (shared care agreement). Đó là một kế hoạch mà bệnh viện, GP của bạn và bạn đều đồng ý.
        GP của bạn không bắt buộc phải đồng ý. Cho đến khi mọi người đều đã đồng ý, bệnh viện sẽ đưa thêm thuốc cho bạn.
    .if-not = Nếu bạn sắp hết thuốc mà chưa có ai đưa thêm thuốc cho bạn, hãy gọi điện cho nhóm điều trị ở bệnh viện. Hãy làm việc này trước khi bạn hết thuốc.
    .ask =
        Anh/chị sẽ tiếp tục đưa thuốc này cho tôi, hay GP của tôi sẽ đưa?
        GP của tôi đã đồng ý chăm sóc chung chưa?
        Tôi xin thêm thuốc bằng cách nào?

specialist-medicines-checks =
    .title = Xét nghiệm máu để kiểm tra thuốc của bạn
    .body =
        Một số loại thuốc cần xét nghiệm máu để kiểm tra xem thuốc có an toàn cho bạn không. Hãy hỏi xem thuốc của bạn có cần không.
        Hãy hỏi ai làm xét nghiệm và bao lâu làm một lần.
        Nhóm yêu cầu làm xét nghiệm sẽ xem kết quả. Họ cho bạn biết kết quả có nghĩa là gì.
    .if-not = Nếu kết quả đến muộn, hãy liên hệ với nhóm đã yêu cầu làm xét nghiệm. Hỏi họ xem kết quả cho thấy điều gì.
    .ask =
        Thuốc này có cần xét nghiệm máu không?
        Ai làm xét nghiệm, và bao lâu làm một lần?
        Ai cho tôi biết kết quả?

specialist-medicines-problems =
    .title = Nếu bạn gặp vấn đề với thuốc
    .body =
        Nếu bạn nghĩ thuốc đang gây ra vấn đề, hãy gọi điện cho nhóm điều trị ở bệnh viện đã cho bạn bắt đầu dùng thuốc.
        Một số loại thuốc, như thuốc điều trị ung thư, có đường dây trợ giúp làm việc cả ngày lẫn đêm. Nếu nhóm điều trị đã cho bạn số này, hãy dùng số đó.
        Nếu bạn cảm thấy rất không khỏe, hãy gọi NHS 111 hoặc phòng khám GP của bạn ngay trong ngày. Trong trường hợp cấp cứu, hãy gọi 999.
    .if-not = Nếu đến hết ngày làm việc tiếp theo mà nhóm điều trị ở bệnh viện vẫn chưa gọi lại cho bạn, hãy gọi lại. Nếu bạn cảm thấy tệ hơn, hãy gọi NHS 111 hoặc GP của bạn ngay trong ngày.
    .ask =
        Những tác dụng phụ nào thì tôi nên gọi cho anh/chị?
        Có đường dây trợ giúp cho loại thuốc này không?
        Tôi nên làm gì nếu tôi quên một liều thuốc?
