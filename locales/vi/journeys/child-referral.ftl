# Journey: your child is sent to a children's doctor. Written for parents and carers.
# Structure and sources: src/journeys/child_referral.rs

child-referral =
    .title = Con bạn được gửi đến bác sĩ nhi khoa
    .summary = Ai đặt lịch khám cho con bạn, cần gọi ai trong lúc chờ, và ai cho bạn biết kết quả.
    .intro = GP (bác sĩ gia đình) của bạn muốn một bác sĩ nhi khoa ở bệnh viện giúp chăm sóc con bạn. Là cha mẹ hoặc người chăm sóc, bạn được cho biết những gì đang diễn ra với con bạn. Dưới đây là những gì sẽ diễn ra tiếp theo, và ai làm từng phần.
    .keywords = trẻ em, con, con tôi, con trai, con gái, em bé, trẻ nhỏ, bác sĩ nhi khoa, nhi khoa, bác sĩ trẻ em, bệnh viện nhi, giới thiệu trẻ em, giấy giới thiệu, thư của bệnh viện, buổi hẹn khám, danh sách chờ, cha mẹ, người chăm sóc, con ốm nặng hơn, con bệnh nặng hơn, paediatrician, referral

child-referral-advice =
    .title = Trước tiên GP của bạn có thể hỏi ý kiến bác sĩ nhi khoa
    .body =
        Bác sĩ chữa bệnh cho trẻ em gọi là bác sĩ nhi khoa. Trước tiên GP của bạn có thể hỏi ý kiến một bác sĩ nhi khoa về con bạn. Việc này có thể làm qua điện thoại hoặc qua mạng.
        Ở một số khu vực, bác sĩ nhi khoa đến các phòng khám GP để khám cho trẻ em tại đó. Một số trẻ em có thể được một nhóm điều trị của bệnh viện chăm sóc tại nhà.
        Lời khuyên đó có thể có nghĩa là con bạn không cần đến bệnh viện. GP của bạn cho bạn biết bác sĩ nhi khoa đã nói gì.
    .if-not = Nếu bạn không chắc GP của bạn đang làm gì cho con bạn, hãy liên hệ với phòng khám GP của bạn và hỏi.
    .ask =
        Bác sĩ đang hỏi ý kiến bác sĩ nhi khoa, hay đang gửi con tôi đến bệnh viện?
        Bác sĩ sẽ cho tôi biết họ đã nói gì bằng cách nào?

child-referral-sent =
    .title = GP của bạn gửi giấy giới thiệu
    .body =
        Nếu con bạn cần gặp bác sĩ nhi khoa, GP của bạn sẽ viết thư cho họ. Việc này gọi là giấy giới thiệu (referral).
        GP của bạn cũng nói con bạn cần được khám sớm đến mức nào. Giấy giới thiệu có thể là thông thường hoặc khẩn.
        Đôi khi bệnh viện yêu cầu làm xét nghiệm trước. Nếu vậy, GP của bạn sẽ sắp xếp các xét nghiệm này trước khi gửi giấy giới thiệu.
        Bạn được cho biết những điều giống như một bệnh nhân người lớn được cho biết. Bạn được cho biết những điều đó thay mặt cho con bạn.
    .if-not = Hãy hỏi GP của bạn khi nào bạn sẽ nhận được tin về giấy giới thiệu. Nếu đến lúc đó bạn vẫn chưa nhận được tin gì, hãy liên hệ với phòng khám GP của bạn. Hỏi họ xem giấy giới thiệu đã được gửi đi chưa.
    .ask =
        Vì sao con tôi cần gặp bác sĩ nhi khoa?
        Giấy giới thiệu là thông thường hay khẩn?
        Con tôi có cần làm xét nghiệm nào trước không?

child-referral-booking =
    .title = Bạn nhận được thư, email hoặc tin nhắn để đặt lịch khám
    .body =
        Bạn có thể nhận được thư có mã số đặt lịch và mật khẩu. Hãy giữ thư cẩn thận.
        Hoặc bạn có thể nhận được email hoặc tin nhắn. Trong đó có đường link để đặt lịch trên NHS App (ứng dụng NHS) hoặc NHS website (trang web của NHS).
        Hãy dùng đường link đó để chọn ngày và giờ khám cho con bạn, hoặc để gọi điện cho nhóm đặt lịch.
        Một số tin nhắn trông như được gửi từ NHS là tin nhắn lừa đảo. NHS sẽ không yêu cầu bạn trả tiền hoặc cho biết thông tin tài khoản ngân hàng. Nếu bạn không chắc, đừng dùng đường link. Hãy gọi số điện thoại có trong thư của bạn.
    .if-not = Nếu đến thời gian GP của bạn đã nói mà vẫn chưa nhận được gì, hãy gọi số điện thoại có trong thư giới thiệu của bạn. Nếu bạn không có thư, hãy hỏi phòng khám GP của bạn.
    .ask =
        Tôi có thể chọn bệnh viện cho con tôi đến khám không?
        Con tôi có thể được khám ở gần nơi chúng tôi sống không?

child-referral-waiting =
    .title = Con bạn chờ đến lượt khám
    .body =
        Nhóm điều trị ở bệnh viện quản lý chỗ của con bạn trong danh sách chờ.
        Bệnh viện có thể nhắn tin cho bạn để kiểm tra xem con bạn có còn cần được khám không. Hãy trả lời nếu bạn có thể. Nếu bạn không trả lời, hãy gọi điện cho nhóm điều trị ở bệnh viện. Con bạn sẽ không bị xóa khỏi danh sách chỉ vì bạn không trả lời.
        Nếu bạn có câu hỏi về buổi khám, hãy hỏi nhóm điều trị ở bệnh viện. Họ nên trả lời bạn, chứ không phải bảo bạn quay lại hỏi GP của bạn.
    .if-not = Nếu đến thời gian bạn được báo mà bệnh viện vẫn chưa liên lạc với bạn, hãy gọi điện cho nhóm điều trị ở bệnh viện.
    .ask =
        Phải chờ bao lâu để được nhóm này khám?
        Nếu kế hoạch của chúng tôi thay đổi, tôi gọi cho ai?

child-referral-worse =
    .title = Nếu con bạn có vẻ ốm hơn
    .body =
        Hãy tin vào cảm nhận của bạn. Bạn là người hiểu con mình nhất.
        Hãy gọi 999 nếu con bạn khó thở, rất khó đánh thức, hoặc bị co giật. Cũng hãy gọi 999 nếu con bạn bị phát ban mà vết ban không mờ đi khi bạn ấn một cái cốc thủy tinh lên đó.
        Nếu con bạn có vẻ ốm hơn, hoặc bạn lo lắng, hãy liên hệ với phòng khám GP của bạn hoặc gọi NHS 111 ngay trong ngày.
        Cũng hãy báo cho nhóm điều trị ở bệnh viện. Một bác sĩ ở đó có thể kiểm tra xem con bạn có cần được khám sớm hơn không. GP của bạn cũng có thể chuyển giấy giới thiệu thành khẩn.
    .if-not = Nếu đến hết ngày làm việc tiếp theo mà nhóm điều trị ở bệnh viện vẫn chưa gọi lại cho bạn, hãy gọi lại. Đừng chờ họ nếu con bạn có vẻ nặng hơn: hãy gọi cho phòng khám GP của bạn hoặc NHS 111 ngay trong ngày.
    .ask =
        Những dấu hiệu nào thì tôi nên gọi cho anh/chị?
        Nếu con tôi nặng hơn, con tôi có thể được khám sớm hơn không?

child-referral-visit =
    .title = Buổi khám đầu tiên của con bạn
    .body =
        Con bạn gặp bác sĩ nhi khoa hoặc một người khác trong nhóm điều trị trẻ em. Họ có thể nói chuyện với cả bạn và con bạn, khám cho con bạn hoặc làm xét nghiệm.
        Hãy mang theo lá thư, danh sách các loại thuốc của con bạn và những câu hỏi bạn có.
        Mỗi phần trong việc chăm sóc con bạn nên có một nhóm chịu trách nhiệm. Nếu bạn không chắc đó là nhóm nào, hãy hỏi.
        Trẻ lớn hơn có thể muốn nói chuyện riêng với bác sĩ trong một phần của buổi khám. Người trẻ tuổi thường có thể chọn những gì được chia sẻ với cha mẹ.
    .if-not = Nếu buổi khám bị hủy, nhóm điều trị ở bệnh viện nên cho bạn ngày mới. Hãy gọi cho họ nếu bạn chưa nhận được ngày mới.
    .ask =
        Bác sĩ nghĩ vấn đề là gì?
        Nhóm nào chịu trách nhiệm từng phần trong việc chăm sóc con tôi?
        Nếu sau này tôi có câu hỏi, tôi gọi cho ai?

child-referral-letter =
    .title = Bệnh viện viết thư cho GP của bạn
    .body =
        Sau buổi khám, nhóm điều trị ở bệnh viện viết thư cho GP của bạn nếu GP cần làm việc gì đó. Thư này gọi là thư sau buổi khám (clinic letter). Bạn cũng nên nhận được một bản sao.
    .if-not = Nếu đến thời gian đã ghi mà phòng khám GP của bạn vẫn chưa nhận được thư, hãy gọi điện cho nhóm điều trị ở bệnh viện. Nhờ họ gửi thư đi.
    .ask =
        GP của chúng tôi có cần làm việc gì không?
        Tôi có thể nhận một bản sao của lá thư không?

child-referral-results =
    .title = Xét nghiệm và kết quả
    .body =
        Nếu nhóm điều trị ở bệnh viện yêu cầu làm xét nghiệm, họ sẽ xem kết quả và cho bạn biết.
        Trẻ em thường được lấy máu tại một phòng khám nhi trong bệnh viện. Hãy hỏi nhóm điều trị xem cần đi đâu.
        Dù xét nghiệm được làm ở đâu, nhóm đã yêu cầu xét nghiệm sẽ cho bạn biết kết quả.
    .if-not = Nếu kết quả đến muộn, hãy liên hệ với nhóm đã yêu cầu làm xét nghiệm.
    .ask =
        Con tôi nên làm xét nghiệm ở đâu?
        Anh/chị sẽ cho tôi biết kết quả khi nào và bằng cách nào?
        Con tôi có cần gặp lại anh/chị không?
