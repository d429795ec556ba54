# Words used on every page: the frame around the journeys.

site-name = Tiếp theo là gì?
site-tagline = Ai làm gì khi việc chăm sóc sức khỏe của bạn chuyển giữa GP (bác sĩ gia đình) và bệnh viện.
skip-to-content = Đi đến nội dung chính
home-link = Tất cả hướng dẫn

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = Cần giúp đỡ ngay?
safety-emergency = Trong trường hợp cấp cứu, hãy gọi { -emergency-number }.
safety-urgent = { $audience ->
        [parent] Nếu bạn hoặc con bạn không khỏe và bạn không chắc phải làm gì, hãy gọi { -urgent-number } hoặc phòng khám GP của bạn.
       *[other] Nếu bạn không khỏe và không chắc phải làm gì, hãy gọi { -urgent-number } hoặc phòng khám GP của bạn.
    }
safety-online = Hoặc vào trang 111.nhs.uk trên mạng.
safety-mental-health = Khi gặp khủng hoảng về sức khỏe tâm thần, hãy gọi { -urgent-number } và chọn mục sức khỏe tâm thần.
safety-deaf = Nếu bạn bị điếc, hãy gọi 18001 111 qua Relay UK, hoặc dùng dịch vụ BSL (ngôn ngữ ký hiệu Anh) của NHS 111 và 999.
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = Các hướng dẫn này nói về dịch vụ NHS ở Anh (England). Ở Wales, Scotland và Bắc Ireland, một số việc được làm theo cách khác.

home-title = Việc chăm sóc sức khỏe của bạn sẽ diễn ra thế nào tiếp theo?
home-intro = Hãy chọn hướng dẫn phù hợp với bạn. Mỗi hướng dẫn cho biết ai làm từng bước và cách liên hệ với họ.

# The search box on the home page.
search-label = Tìm trong các hướng dẫn
search-hint = Ví dụ: xét nghiệm máu, giấy nghỉ ốm, đơn thuốc.
search-results = { $count ->
        [0] Không có hướng dẫn nào phù hợp. Hãy thử từ khác, hoặc chọn trong danh sách bên dưới.
       *[other] Có { $count } hướng dẫn phù hợp.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = tôi của là và có không thì được cho với một các những này đó kia khi nào gì ai sao tại ở về từ đã đang sẽ thế như để mà hay hoặc rồi nếu bạn mình a an and the my i me is am are was to for of in on at do does did how what when who why can will with about from it this that have has had be been get got your you

# Group headings on the home page: the question people start from.
topic-referred = Tôi đã được giới thiệu đến nơi khám khác
topic-waiting = Tôi đang chờ
topic-test = Tôi đã làm xét nghiệm
topic-after-appointment = Tôi đã đi khám ở bệnh viện
topic-leaving-hospital = Tôi sắp xuất viện
topic-medicines-fit-notes = Thuốc và giấy fit note
topic-child = Việc này là về con tôi
topic-mental-health = Việc này là về sức khỏe tâm thần của tôi
topic-gp-practice = Nhận giúp đỡ từ phòng khám GP của tôi, hoặc không qua phòng khám

journey-steps-heading = Những gì sẽ diễn ra, từng bước một
# Under a guide shown inside a practice's website.
journey-more-guides = Các hướng dẫn khác của chúng tôi
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = Chúng tôi viết trang này vào { $date } dựa trên các nguồn công khai. Chưa có nhân viên y tế nào kiểm tra trang này.
journey-reviewed = Nhân viên y tế { $reviewer } đã kiểm tra trang này vào { $date }.
step-number = Bước { $number }
step-who = Ai làm việc này
step-contact = Cách liên hệ với họ
step-if-not = Nếu việc này không xảy ra
step-ask = Những câu bạn có thể hỏi

# Who is responsible for a step.
who-gp-practice = Phòng khám GP của bạn
who-hospital-team = Nhóm điều trị ở bệnh viện
who-patient-or-parent = { $audience ->
        [parent] Bạn, là cha mẹ hoặc người chăm sóc
       *[other] Bạn
    }
who-pharmacy = Một nhà thuốc gần bạn
who-nhs-111 = NHS 111
who-mental-health-team = Nhóm sức khỏe tâm thần
who-private-clinic = Phòng khám tư
who-other = Một người khác: bước này sẽ nói là ai

# How to reach whoever is responsible.
contact-hospital-team = Gọi điện cho nhóm điều trị ở bệnh viện. Số điện thoại của họ có trong thư hoặc tin nhắn bạn nhận được.
contact-referral-booking = Dùng đường link trong tin nhắn hoặc email của bạn, hoặc gọi số điện thoại có trong thư.
contact-gp-practice = Gọi điện cho phòng khám GP của bạn, dùng mẫu đơn trên mạng của phòng khám, hoặc đến quầy lễ tân.
contact-hospital-ward = Hỏi nhân viên ở khoa (ward) trước khi bạn về. Sau đó, gọi số điện thoại có trong thư mà khoa gửi cho bạn.
contact-test-requester = Liên hệ với nhóm đã yêu cầu làm xét nghiệm. Thông tin liên hệ của họ có trong thư hoặc phiếu của bạn.
contact-pharmacy = Đến hoặc gọi điện cho bất kỳ nhà thuốc nào. Bạn không cần đặt hẹn.
contact-link-worker = Nhờ phòng khám GP của bạn kết nối bạn với một nhân viên kết nối (link worker).
contact-patient-advice = Hỏi gặp nhóm tư vấn bệnh nhân của bệnh viện. Họ giúp đỡ khi có việc không ổn.
contact-nhs-111 = Gọi NHS 111, cả ngày lẫn đêm, hoặc vào trang 111.nhs.uk.
contact-self-referral = Tự liên hệ với dịch vụ đó, trên mạng hoặc qua điện thoại. Tìm dịch vụ trên NHS website (trang web của NHS), hoặc hỏi phòng khám GP của bạn cách liên hệ.
contact-mental-health-team = Dùng số điện thoại trong kế hoạch chăm sóc của bạn. Khi gặp khủng hoảng, hãy gọi NHS 111 và chọn mục sức khỏe tâm thần.
contact-private-clinic = Liên hệ với phòng khám tư. Thông tin liên hệ của họ có trong thư hoặc hóa đơn của bạn.
contact-urgent-care = Gọi điện cho khoa A&E (cấp cứu) hoặc trung tâm điều trị khẩn cấp mà bạn đã đến. Số điện thoại có trong tờ hướng dẫn của bạn, hoặc hãy gọi số chính của bệnh viện.
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = Gọi cho { $service } theo số { $phone }.
contact-local-other = Liên hệ với { $service }.
contact-local-hours = Giờ có người nghe điện thoại: { $hours }
contact-local-website = Trang web của họ: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
timing-clinic-letter = Khi nào thư sau buổi khám (clinic letter) đến GP của bạn
timing-discharge-summary = Khi nào bản tóm tắt xuất viện đến GP của bạn
timing-cancer-diagnosis = Khi nào NHS đặt mục tiêu cho bạn biết có phải là ung thư hay không
timing-cancelled-operation = Khi nào bạn nên có ngày mới cho ca mổ bị hủy ngay trong ngày mổ
timing-within = Trong vòng { $limit } { $unit ->
        [hours] giờ
        [days] ngày
        [months] tháng
       *[weeks] tuần
    } kể từ { $from ->
        [appointment] buổi khám của bạn
        [discharge] khi bạn xuất viện
        [referral] khi có giấy giới thiệu
       *[cancellation] ngày ca mổ bị hủy
    }.

# A date such as 21 November 2026 (Vietnamese: ngày 21 tháng 11 năm 2026).
date = ngày { $day } tháng { $month } năm { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = Thông tin của bạn
details-service = Việc này liên quan đến: { $service }
details-expect-by = Bạn sẽ nhận được tin muộn nhất là { $date }.
details-phone = Nếu bạn chưa nhận được tin, hoặc bạn có câu hỏi, hãy gọi { $phone }.
details-web = Bạn cũng có thể vào { $web }.
details-broken = Một số thông tin trong đường link của bạn không dùng được. Phần còn lại của trang này vẫn đúng với bạn.

# The Listen button on a journey page (it reads the page aloud).
listen = Nghe trang này
listen-stop = Dừng đọc

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = Quét mã này bằng camera điện thoại để mở lại trang này.

# Desk mode: a reception screen turned to the patient.
desk-title = Chọn ngôn ngữ của bạn
desk-journeys = Chọn mục phù hợp với bạn
desk-take-home = Mang trang này theo bạn: hướng camera điện thoại vào mã này.
desk-start-again = Bắt đầu lại

# The link maker, for staff at a GP practice or hospital.
make-link-title = Tạo đường link cho bệnh nhân
make-link-intro = Chọn hướng dẫn và ngôn ngữ của bệnh nhân. Bạn có thể thêm thông tin của họ. Những gì bạn nhập chỉ ở trên thiết bị này.
make-link-journey = Hướng dẫn
make-link-language = Ngôn ngữ của bệnh nhân
make-link-service = Dịch vụ hoặc phòng khám (nếu muốn)
make-link-start = Ngày giới thiệu, xét nghiệm hoặc xuất viện (nếu muốn)
make-link-wait = Thời gian mà họ sẽ nhận được tin (nếu muốn)
make-link-wait-days = ngày
make-link-wait-weeks = tuần
make-link-wait-months = tháng
make-link-phone = Số điện thoại của nhóm (nếu muốn)
make-link-web = Trang web của nhóm (nếu muốn)
make-link-bad-phone = Số này có vẻ không phải số điện thoại ở Vương quốc Anh, nên số này không có trong đường link.
make-link-bad-web = Hãy dùng trang web bắt đầu bằng https. Trang này không có trong đường link.
make-link-link = Đường link
make-link-message = Tin nhắn
make-link-characters = Chữ cái và dấu cách
make-link-segments = Số tin nhắn sẽ cần
make-link-unicode = Tin nhắn này có chữ cái không thuộc bộ chữ cơ bản, nên mỗi tin nhắn chứa được ít chữ hơn.
make-link-copy = Sao chép
make-link-copied = Đã sao chép
make-link-qr = Mã QR cho đường link này
make-link-print = In
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: việc gì sẽ xảy ra tiếp theo, và cần liên hệ ai: { $link }
# The same without the title, when the title would make it more than 2 texts.
sms-message-short = Việc gì sẽ xảy ra tiếp theo, và cần liên hệ ai: { $link }

not-found-title = Chúng tôi không tìm thấy trang đó
not-found-body = Đường link có thể bị sai hoặc đã cũ. Đây là tất cả hướng dẫn của chúng tôi. Hãy chọn hướng dẫn phù hợp với bạn.
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = Điện thoại này hiện không có internet, và trang này chưa được lưu trên máy. Hãy thử lại đường link khi bạn có mạng. Các hướng dẫn bạn đã mở trước đây vẫn dùng được.

unknown-language = Chúng tôi chưa có ngôn ngữ đó, nên trang này bằng tiếng Anh.

# The language picker on every page.
language-picker-label = Chọn ngôn ngữ của bạn
# On a guide in another language: the same guide with the English under each part, for
# someone helping the patient. Shown in the page's language and in English.
with-english-link = Đọc hướng dẫn này có tiếng Anh bên dưới mỗi phần
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = Bản dịch này chưa được kiểm tra. Nếu có điều gì chưa rõ, hãy yêu cầu thông dịch viên. Việc này miễn phí.
# Shown instead when qualified translators have checked every word on the page; $date is that day.
translation-checked = Các dịch giả có chuyên môn đã kiểm tra bản dịch này vào { $date }. Nếu có điều gì chưa rõ, hãy yêu cầu thông dịch viên. Việc này miễn phí.

footer-make-link = Dành cho nhân viên: tạo đường link cho bệnh nhân
footer-embed = Dành cho nhân viên: đưa các hướng dẫn này lên trang web của bạn
footer-not-nhs = Hướng dẫn này không do NHS làm ra. Hướng dẫn cho biết các dịch vụ NHS phối hợp với nhau như thế nào trong hầu hết các trường hợp.
footer-privacy = Không có gì bạn làm ở đây bị gửi đi đâu, và không có gì về bạn bị lưu lại.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = Xin lỗi, trang này đã gặp lỗi
panic-body = Những gì bạn thấy trên trang này vẫn đúng. Nếu trang trông không đúng, hãy tải lại trang.
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = Chọn một dịch vụ trong danh sách của khu vực bạn
make-link-pick-none = Không chọn: tôi sẽ tự nhập thông tin
config-none = Trang này không có thông tin liên hệ tại địa phương, nên mỗi bước đưa ra lời khuyên chung. Để thêm các dịch vụ trong khu vực của bạn, hãy xem tệp README.
config-loaded = Trang này hiển thị thông tin liên hệ cho { $area }.
config-problems-title = Một số thông tin liên hệ tại địa phương cần sửa
config-problems-intro = Bệnh nhân không bị ảnh hưởng: họ thấy thông tin từ lần tạo trang tốt gần nhất, hoặc lời khuyên chung. Hãy sửa những lỗi này, rồi tạo lại trang.
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: tệp được viết không đúng ở chỗ này. Hãy tìm dấu phẩy, dấu ngoặc kép hoặc dấu ngoặc bị thiếu.
config-problem-unknown-field = { $field }: đây không phải là trường mà chúng tôi biết. Hãy kiểm tra chính tả.
config-problem-missing-field = { $field }: phải điền vào chỗ này.
config-problem-wrong-type = { $field }: giá trị này sai loại, ví dụ một con số ở chỗ phải là chữ.
config-problem-version = { $field }: giá trị này phải là 1.
config-problem-empty = { $field }: chỗ này đang trống.
config-problem-too-long = { $field }: chỗ này quá dài. Hãy viết dưới 120 chữ cái.
config-problem-hidden-characters = { $field }: chỗ này có ký tự ẩn có thể làm thay đổi cách đọc. Hãy nhập lại.
config-problem-bad-id = { $field }: chỉ dùng chữ cái thường, chữ số và dấu gạch ngang, ví dụ skin-team.
config-problem-duplicate-id = { $field }: có hai dịch vụ dùng cùng id này.
config-problem-bad-phone = { $field }: đây không phải số điện thoại ở Vương quốc Anh. Hãy viết như 020 7946 0000.
config-problem-not-https = { $field }: trang web phải bắt đầu bằng https, không phải http.
config-problem-bad-website = { $field }: đây không phải địa chỉ trang web. Hãy viết như https://hospital.example/clinic.
config-problem-unknown-journey = { $field }: không có hướng dẫn nào có tên này.
config-problem-unknown-contact = { $field }: đây không phải loại liên hệ mà chúng tôi biết, ví dụ hospital-team.
config-problem-unknown-service = { $field }: không có dịch vụ nào trong danh sách có id này.
config-problem-unknown-language = { $field }: chúng tôi không có ngôn ngữ này.
config-problem-missing-english = { $field }: phần chữ cũng phải được viết bằng tiếng Anh, dưới dạng en-GB.

# Staff: put the guides on a practice's website.
embed-title = Đưa các hướng dẫn này lên trang web của bạn
embed-intro = Chọn nội dung muốn hiển thị, rồi sao chép mã vào trang web của bạn. Các hướng dẫn sẽ hiện bên trong trang của bạn. Mã này không gửi đi thông tin gì về những người dùng trang web của bạn.
embed-journey = Hướng dẫn sẽ hiển thị
embed-all-guides = Tất cả hướng dẫn, dưới dạng danh sách
embed-language = Ngôn ngữ khi mở
embed-accent = Màu chính của trang web của bạn (nếu muốn)
embed-accent-hint = Sáu chữ cái hoặc chữ số sau dấu #, ví dụ #00703c.
embed-accent-bad = Đây không phải mã màu. Hãy viết như #00703c.
embed-accent-low-contrast = Màu này quá nhạt để đọc trên nền sáng. Độ tương phản của màu là { $ratio } trên 1, và cần đạt 4.5 trên 1. Hãy chọn màu đậm hơn. Cho đến lúc đó, hướng dẫn vẫn giữ màu xanh dương của riêng nó.
embed-list = Hiện danh sách các hướng dẫn khác ở cuối trang
embed-code = Mã cho trang web của bạn
embed-copy = Sao chép mã
embed-copied = Đã sao chép
embed-preview = Trông sẽ như thế nào
embed-hosting = Mã này dùng được trên bất kỳ trang web nào cho phép thêm khung (frame). Không cần tài khoản và không đặt cookie.

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = Tóm tắt các bước
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = Bản dễ đọc
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = Bản dễ đọc (bằng tiếng Anh)
