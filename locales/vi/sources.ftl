# Các nguồn công khai mà các hướng dẫn dựa vào, liệt kê dưới mỗi hướng dẫn. Tên ấn phẩm giữ
# bằng tiếng Anh; ghi rõ ai xuất bản. Ids match docs/content-sources.md.

source-contract = Do NHS England xuất bản: NHS Standard Contract, Service Conditions (bản hiện hành)
source-leaflet-2017 = Do NHS England và BMA (Hiệp hội Y khoa Anh) xuất bản: What happens when you are referred by your GP to see a specialist? (2017)
source-recovery-2023 = Do NHS England xuất bản: Delivery plan for recovering access to primary care (2023)
source-results-portal = Do NHS England xuất bản: Clinical guidance for automation of results release in patient engagement portals
source-sel-2025 = Do NHS South East London xuất bản: Primary and secondary care interface consensus (2025)
source-cm-2022 = Do NHS Cheshire and Merseyside xuất bản: Consensus on the primary and secondary care interface (2022)
source-fit-note = Do Department for Work and Pensions (Bộ Lao động và Hưu trí) xuất bản: Fit note guidance
source-self-certification = Do HM Revenue and Customs (Cơ quan Thuế và Hải quan Anh) xuất bản: Employee's statement of sickness (SC2)
source-ers = Do NHS website (trang web của NHS) xuất bản: NHS e-Referral Service
source-trust-guidance = Do các bệnh viện và phòng khám GP đưa ra: lời khuyên cho người đang trong danh sách chờ
source-my-planned-care = Do NHS England xuất bản: My Planned Care
source-planning-2024 = Do NHS England xuất bản: Priorities and operational planning guidance 2024/25
source-children-care = Do Woodman và các cộng sự viết: Integrating primary and secondary care for children and young people (tạp chí Archives of Disease in Childhood)
source-brunton-2021 = Do Brunton và các cộng sự viết: Care navigation and social prescribing in general practice (2021)
source-faster-diagnosis = Do NHS England xuất bản: Faster Diagnosis Standard for cancer (từ tháng 10 năm 2023)
source-constitution = Do Department of Health and Social Care (Bộ Y tế và Chăm sóc Xã hội) xuất bản: The NHS Constitution for England, and its Handbook
source-choice = Do NHS England xuất bản: Choice of hospital and the Patient Initiated Digital Mutual Aid System
source-validation = Do các bệnh viện NHS (NHS hospital trusts) đưa ra: việc kiểm tra danh sách chờ bằng tin nhắn, và cách nhận ra tin nhắn lừa đảo
source-pifu = Do NHS England xuất bản: Patient initiated follow-up guidance
source-discharge-after-dna = Do NHS Data Dictionary và các ủy ban y khoa địa phương (local medical committees) đưa ra: việc bệnh viện ngừng chăm sóc (discharge) sau khi bạn lỡ buổi hẹn
source-prescribing-responsibility = Do NHS England xuất bản: Responsibility for prescribing between primary and secondary care (2018)
source-discharge-medicines = Do NHS England xuất bản: Discharge Medicines Service in community pharmacies
source-pharmacy-first = Do NHS England xuất bản: Pharmacy First
source-talking-therapies = Do NHS website (trang web của NHS) xuất bản: NHS Talking Therapies
source-nhs-111 = Do NHS website (trang web của NHS) xuất bản: NHS 111, its mental health option, and British Sign Language and Relay UK access
source-virtual-wards = Do NHS England xuất bản: Virtual wards and care at home after hospital
source-child-unwell = Do NHS website (trang web của NHS) xuất bản: Signs that a child is seriously ill
source-gmc-young-people = Do General Medical Council (Hội đồng Y khoa Anh) xuất bản: 0 to 18 years guidance for doctors
source-nice-transition = Do NICE (Viện Quốc gia về Y tế và Chăm sóc Xuất sắc) xuất bản: Transition from children's to adults' services (NG43)
source-private-care = Do NHS England và BMA (Hiệp hội Y khoa Anh) xuất bản: Patients who move between NHS and private care
