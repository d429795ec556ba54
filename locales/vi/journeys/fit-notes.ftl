# Journey: getting a fit note.
# Structure and sources: src/journeys/fit_notes.rs

fit-notes =
    .title = Xin giấy fit note
    .summary = Khi nào bạn cần giấy fit note, ai cấp giấy cho bạn, và phải làm gì nếu bạn chưa nhận được giấy.
    .intro = Giấy fit note cho biết bạn có đủ khỏe để đi làm hay không. Một số người gọi đó là giấy nghỉ ốm (sick note). Dưới đây là khi nào bạn cần giấy này, ai cấp giấy cho bạn, và phải làm gì nếu bạn chưa nhận được giấy.
    .keywords = giấy nghỉ ốm, giấy fit note, nghỉ làm, xin nghỉ làm, giấy bác sĩ, giấy xác nhận khả năng làm việc, med 3, giấy cho chỗ làm, giấy cho chủ, chủ lao động, tiền lương khi ốm, tự khai nghỉ ốm, tự xác nhận, universal credit, trợ cấp, ESA, sick note, fit note, self-certification

fit-notes-first-week =
    .title = 7 ngày nghỉ đầu tiên
    .body =
        Trong 7 ngày đầu tiên bạn nghỉ ốm, bạn không cần giấy fit note. Số ngày này tính cả những ngày bạn vốn không phải đi làm.
        Bạn tự báo cho chủ lao động của bạn. Một số chủ lao động có mẫu đơn cho việc này.
        Nếu bạn nghỉ lâu hơn 7 ngày, bạn cần có giấy fit note.
    .if-not = Nếu chủ lao động của bạn đòi giấy fit note cho 7 ngày đầu tiên, hãy nói với họ là bạn có thể điền mẫu đơn của họ, hoặc mẫu đơn trên trang web GOV.UK.
    .ask =
        Bây giờ tôi đã cần giấy fit note chưa?
        Tôi báo cho chủ lao động là tôi nghỉ ốm bằng cách nào?

fit-notes-hospital =
    .title = Bệnh viện cấp giấy cho bạn
    .body =
        Nhóm điều trị ở bệnh viện có nghĩ bạn sẽ phải nghỉ làm lâu hơn thời gian đó không? Nếu có, họ sẽ cấp giấy fit note cho bạn trước khi bạn về.
        Giấy này nên bao gồm toàn bộ thời gian họ nghĩ bạn sẽ phải nghỉ. Vì vậy bạn sẽ không cần xin thêm giấy thứ hai từ GP (bác sĩ gia đình) của bạn cho việc này.
        Bạn có thể đưa giấy cho chủ lao động của bạn. Bạn cũng có thể dùng giấy này để xin trợ cấp, như Universal Credit.
    .if-not = Nếu bạn đã về mà không có giấy, hãy gọi điện cho nhóm điều trị ở bệnh viện. Nhờ họ gửi giấy fit note cho bạn.
    .ask =
        Bác sĩ nghĩ tôi sẽ phải nghỉ làm bao lâu?
        Tôi có thể xin giấy fit note cho toàn bộ thời gian đó không?
        Tôi có thể làm một ít việc, hoặc làm việc nhẹ hơn không?

fit-notes-who =
    .title = Ai có thể ký giấy
    .body =
        Giấy fit note không nhất thiết phải do bác sĩ cấp.
        Y tá, dược sĩ, chuyên viên vật lý trị liệu hoặc chuyên viên hoạt động trị liệu có thể cấp giấy cho bạn, nếu họ đã khám cho bạn.
        Chuyên viên vật lý trị liệu giúp cơ thể bạn cử động. Chuyên viên hoạt động trị liệu giúp bạn làm các việc hằng ngày.
        Vì vậy người đang điều trị cho bạn có thể là người cấp giấy fit note cho bạn.
    .if-not = Nếu người đang điều trị cho bạn không thể cấp giấy, hãy hỏi họ xem ai trong nhóm của họ có thể cấp.
    .ask =
        Anh/chị có thể cấp giấy fit note cho tôi không?
        Nếu không, ai trong nhóm của anh/chị có thể cấp?

fit-notes-missing =
    .title = Nếu bạn chưa nhận được giấy
    .body =
        Nếu bệnh viện đã nghĩ bạn sẽ phải nghỉ làm nhưng không cấp giấy fit note cho bạn, hãy gọi điện cho nhóm điều trị ở bệnh viện đã điều trị cho bạn.
        Cấp giấy cho bạn là việc của họ. GP của bạn không cần phải làm thay họ.
    .if-not = Nếu nhóm điều trị ở bệnh viện không giúp, hãy hỏi gặp nhóm tư vấn bệnh nhân của bệnh viện.
    .ask =
        Anh/chị có thể gửi giấy fit note cho tôi qua bưu điện hoặc email không?
        Giấy này có bao gồm toàn bộ thời gian tôi cần nghỉ không?

fit-notes-gp =
    .title = Khi GP của bạn cấp giấy
    .body =
        Phòng khám GP của bạn cấp giấy fit note cho những vấn đề mà GP của bạn đang điều trị.
        Với vấn đề mà bệnh viện đang điều trị, hãy hỏi nhóm điều trị ở bệnh viện trước.
        Nếu bạn không chắc ai đang điều trị cho bạn về một vấn đề nào đó, hãy hỏi phòng khám GP của bạn.
    .if-not = Nếu bạn không xin được giấy fit note từ ai cả, hãy hỏi phòng khám GP của bạn xem nên làm gì.
    .ask =
        Ai đang điều trị cho tôi về vấn đề này?
        Bác sĩ có thể cấp giấy fit note cho tôi về vấn đề này không?
