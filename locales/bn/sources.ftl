# The public sources behind the guides, listed under each guide. Publication titles may
# stay in English; say who published each one. Ids match docs/content-sources.md.

source-contract = NHS England-এর প্রকাশনা: NHS Standard Contract, Service Conditions (NHS-এর মানক চুক্তি, বর্তমান সংস্করণ)
source-leaflet-2017 = NHS England আর BMA (ব্রিটিশ মেডিক্যাল অ্যাসোসিয়েশন)-এর প্রকাশনা: What happens when you are referred by your GP to see a specialist? (আপনার GP আপনাকে বিশেষজ্ঞের কাছে পাঠালে কী হয়?) (2017)
source-recovery-2023 = NHS England-এর প্রকাশনা: Delivery plan for recovering access to primary care (GP সেবা পাওয়া সহজ করার পরিকল্পনা) (2023)
source-results-portal = NHS England-এর প্রকাশনা: Clinical guidance for automation of results release in patient engagement portals (অ্যাপে পরীক্ষার ফলাফল নিজে থেকে দেখানো নিয়ে নির্দেশনা)
source-sel-2025 = NHS South East London-এর প্রকাশনা: Primary and secondary care interface consensus (GP আর হাসপাতালের মধ্যে কাজ ভাগ নিয়ে সমঝোতা) (2025)
source-cm-2022 = NHS Cheshire and Merseyside-এর প্রকাশনা: Consensus on the primary and secondary care interface (GP আর হাসপাতালের মধ্যে কাজ ভাগ নিয়ে সমঝোতা) (2022)
source-fit-note = কর্ম ও পেনশন বিভাগ (Department for Work and Pensions)-এর প্রকাশনা: Fit note guidance (ফিট নোট নিয়ে নির্দেশনা)
source-self-certification = HM Revenue and Customs (যুক্তরাজ্যের কর বিভাগ)-এর প্রকাশনা: Employee's statement of sickness (SC2) (অসুস্থতা নিয়ে কর্মীর নিজের লেখা বিবৃতি)
source-ers = NHS ওয়েবসাইট: NHS e-Referral Service (অনলাইনে রেফারেল আর বুকিং)
source-trust-guidance = অপেক্ষার তালিকায় থাকা মানুষদের জন্য হাসপাতাল আর GP প্র্যাকটিসের পরামর্শ
source-my-planned-care = NHS England-এর প্রকাশনা: My Planned Care
source-planning-2024 = NHS England-এর প্রকাশনা: Priorities and operational planning guidance 2024/25 (অগ্রাধিকার আর পরিকল্পনার নির্দেশনা)
source-children-care = Woodman ও অন্যান্য গবেষকদের লেখা: Integrating primary and secondary care for children and young people (শিশু আর কিশোর-কিশোরীদের জন্য GP আর হাসপাতালের চিকিৎসা একসাথে করা) (Archives of Disease in Childhood পত্রিকা)
source-brunton-2021 = Brunton ও অন্যান্য গবেষকদের লেখা: Care navigation and social prescribing in general practice (GP প্র্যাকটিসে কেয়ার নেভিগেশন আর সোশ্যাল প্রেসক্রাইবিং) (2021)
source-faster-diagnosis = NHS England-এর প্রকাশনা: Faster Diagnosis Standard for cancer (ক্যান্সার দ্রুত নির্ণয়ের মান) (অক্টোবর 2023 থেকে)
source-constitution = স্বাস্থ্য ও সমাজসেবা বিভাগ (Department of Health and Social Care)-এর প্রকাশনা: The NHS Constitution for England, and its Handbook (ইংল্যান্ডের NHS সংবিধান, আর এর হ্যান্ডবুক)
source-choice = NHS England-এর প্রকাশনা: Choice of hospital and the Patient Initiated Digital Mutual Aid System (হাসপাতাল বেছে নেওয়া, আর অন্য হাসপাতালে যাওয়ার জন্য রোগীর অনুরোধের ব্যবস্থা)
source-validation = NHS হাসপাতাল ট্রাস্টগুলোর পরামর্শ: টেক্সট মেসেজ দিয়ে অপেক্ষার তালিকা যাচাই করা, আর প্রতারণার (স্ক্যাম) টেক্সট মেসেজ কীভাবে চিনবেন
source-pifu = NHS England-এর প্রকাশনা: Patient initiated follow-up guidance (রোগী নিজে যোগাযোগ করে ফলো-আপ নিয়ে নির্দেশনা)
source-discharge-after-dna = NHS Data Dictionary আর স্থানীয় মেডিক্যাল কমিটিগুলো (local medical committees): অ্যাপয়েন্টমেন্ট মিস করার পরে ডিসচার্জ
source-prescribing-responsibility = NHS England-এর প্রকাশনা: Responsibility for prescribing between primary and secondary care (GP আর হাসপাতালের মধ্যে প্রেসক্রিপশনের দায়িত্ব) (2018)
source-discharge-medicines = NHS England-এর প্রকাশনা: Discharge Medicines Service in community pharmacies (হাসপাতাল থেকে ছাড়া পাওয়ার পরে ফার্মেসিতে ওষুধ দেখে দেওয়ার সেবা)
source-pharmacy-first = NHS England-এর প্রকাশনা: Pharmacy First
source-talking-therapies = NHS ওয়েবসাইট: NHS Talking Therapies
source-nhs-111 = NHS ওয়েবসাইট: NHS 111, এর মানসিক স্বাস্থ্যের অপশন, আর ব্রিটিশ সাংকেতিক ভাষা (BSL) ও Relay UK দিয়ে ব্যবহার
source-virtual-wards = NHS England-এর প্রকাশনা: Virtual wards and care at home after hospital (ভার্চুয়াল ওয়ার্ড, আর হাসপাতালের পরে বাড়িতে যত্ন)
source-child-unwell = NHS ওয়েবসাইট: Signs that a child is seriously ill (শিশু গুরুতর অসুস্থ হওয়ার লক্ষণ)
source-gmc-young-people = General Medical Council (ডাক্তারদের নিয়ন্ত্রক সংস্থা)-এর প্রকাশনা: 0 to 18 years guidance for doctors (0 থেকে 18 বছর বয়সীদের নিয়ে ডাক্তারদের নির্দেশনা)
source-nice-transition = NICE-এর প্রকাশনা: Transition from children's to adults' services (NG43) (শিশুদের সেবা থেকে প্রাপ্তবয়স্কদের সেবায় যাওয়া)
source-private-care = NHS England আর BMA (ব্রিটিশ মেডিক্যাল অ্যাসোসিয়েশন)-এর প্রকাশনা: Patients who move between NHS and private care (যে রোগীরা NHS আর প্রাইভেট চিকিৎসার মধ্যে যাওয়া-আসা করেন)
