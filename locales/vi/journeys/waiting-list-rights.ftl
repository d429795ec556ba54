# Journey: your rights on a waiting list.
# Structure and sources: src/journeys/waiting_list_rights.rs

waiting-list-rights =
    .title = Quyền của bạn khi chờ được chăm sóc ở bệnh viện
    .summary = Chọn bệnh viện của bạn, xin chuyển sau khi chờ lâu, và cách nhận ra tin nhắn giả mạo.
    .intro = Khi GP (bác sĩ gia đình) của bạn giới thiệu bạn đến bệnh viện, bạn có những quyền về nơi khám và bạn được khám sớm đến mức nào. Dưới đây là những quyền đó, và nên hỏi ai.
    .keywords = quyền, quyền của tôi, lựa chọn, chọn bệnh viện, chọn nơi khám, bệnh viện khác, chuyển bệnh viện, chờ ngắn hơn, chờ lâu, 18 tuần, chờ quá lâu, tin nhắn về danh sách chờ, tin nhắn này có thật không, lừa đảo, tin nhắn lừa đảo, tin nhắn giả mạo, tin nhắn NHS, mất chỗ, khiếu nại, rights, scam, waiting list

waiting-list-rights-choice =
    .title = Bạn thường có thể chọn bệnh viện
    .body =
        Khi GP của bạn viết giấy giới thiệu (referral), bạn thường có thể chọn bệnh viện hoặc phòng khám mà bạn sẽ đến. Đây là quyền của bạn ở Anh (England), với hầu hết các giấy giới thiệu thông thường.
        Bạn có thể so sánh thời gian chờ trung bình trên trang web My Planned Care. Hãy hỏi GP của bạn xem bạn có thể chọn những nơi nào.
    .if-not = Nếu bạn không được cho lựa chọn mà bạn muốn được chọn, hãy hỏi phòng khám GP của bạn. Bạn cũng có thể hỏi nhóm đặt lịch khi bạn đặt lịch khám.
    .ask =
        Tôi có thể chọn những bệnh viện nào?
        Nơi nào có thời gian chờ ngắn nhất?

waiting-list-rights-long-wait =
    .title = Nếu bạn đã chờ lâu
    .body =
        Với hầu hết các vấn đề không khẩn, bạn có quyền được bắt đầu điều trị trong vòng 18 tuần kể từ khi có giấy giới thiệu. Điều này có trong Hiến chương NHS (NHS Constitution).
        Hiện nay nhiều người phải chờ lâu hơn thời gian này. Nếu bạn cũng vậy, bạn có thể hỏi về việc chuyển sang một bệnh viện khác có thời gian chờ ngắn hơn.
        Hãy hỏi nhóm điều trị ở bệnh viện. Trong một số trường hợp, họ sẽ liên hệ với bạn để đề nghị việc này.
    .if-not = Nếu nhóm điều trị ở bệnh viện không giúp được, hãy hỏi phòng khám GP của bạn. Bạn cũng có thể hỏi nhóm tư vấn bệnh nhân của bệnh viện.
    .ask =
        Tôi có thể được khám ở nơi khác sớm hơn không?
        Nếu chuyển thì người chăm sóc tôi có thay đổi không?

waiting-list-rights-texts =
    .title = Tin nhắn kiểm tra xem bạn có còn cần được khám không
    .body =
        Bệnh viện có thể nhắn tin để kiểm tra xem bạn có còn cần buổi khám không. Hãy trả lời nếu bạn có thể. Nếu bạn không còn cần nữa, hãy nói như vậy.
        Bạn sẽ không bị xóa khỏi danh sách chỉ vì bạn không trả lời. Chỉ bạn hoặc một bác sĩ mới có thể quyết định là bạn không còn cần được khám nữa.
    .if-not = Nếu bạn lo là mình đã bị xóa khỏi danh sách, hãy gọi điện cho nhóm điều trị ở bệnh viện và hỏi.
    .ask =
        Tôi có còn trong danh sách của anh/chị không?
        Anh/chị sẽ liên hệ với tôi bằng cách nào?

waiting-list-rights-scams =
    .title = Cách nhận ra tin nhắn lừa đảo
    .body =
        Một số tin nhắn giả làm tin nhắn của NHS. Tin nhắn có thể nói bạn sẽ mất chỗ nếu bạn không bấm vào một đường link.
        NHS sẽ không yêu cầu bạn trả tiền, hoặc cho biết thông tin tài khoản ngân hàng, để giữ chỗ hoặc để đặt lịch.
        Nếu bạn không chắc một tin nhắn là thật, đừng dùng đường link trong đó. Hãy gọi số điện thoại có trong thư của bệnh viện, hoặc hỏi phòng khám GP của bạn.
    .if-not = Nếu bạn đã bấm vào đường link và đã cho biết thông tin tài khoản ngân hàng, hãy gọi cho ngân hàng của bạn ngay lập tức.
    .ask =
        Tin nhắn này có thật sự là của anh/chị không?

waiting-list-rights-help =
    .title = Nếu bạn nghĩ quyền của bạn không được đáp ứng
    .body =
        Trước tiên, hãy nói chuyện với nhóm điều trị ở bệnh viện. Họ có thể giải quyết được việc này.
        Nếu không, hãy hỏi gặp nhóm tư vấn bệnh nhân của bệnh viện. Họ giúp đỡ khi có việc không ổn. Họ cũng có thể cho bạn biết cách khiếu nại.
    .if-not = Nếu nhóm tư vấn bệnh nhân không giúp được, hãy hỏi họ cách khiếu nại. Bạn cũng có thể báo cho phòng khám GP của bạn.
    .ask =
        Ai có thể giúp tôi việc này?
        Tôi khiếu nại bằng cách nào?
