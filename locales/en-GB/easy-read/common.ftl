# Easy Read: the words every Easy Read page shares. Every Easy Read message id starts with
# "easy-"; a language may have them or not (src/easy_read/mod.rs).

# Under each Easy Read guide's heading: a link back to the full guide.
easy-read-full-guide = Read the full guide. It has more detail.

# At the end of each Easy Read guide. A point's name is its picture.
easy-read-help =
    .title = Get help now
    .emergency = Very ill or badly hurt? Call 999.
    .nhs-111 = Unwell and not sure what to do? Call 111 or your GP practice.

# The list of guides in Easy Read.
easy-read-list =
    .title = Guides in Easy Read
    .you = Each guide tells you what happens next. It says who does each part.

# The words of each picture, for people who cannot see it.
easy-picture-gp = GP
easy-picture-hospital = Hospital
easy-picture-you = You
easy-picture-parent = Parent and child
easy-picture-young-person = Young person
easy-picture-pharmacy = Pharmacy
easy-picture-nhs-111 = Call 111
easy-picture-mental-health = Mental health team
easy-picture-private-clinic = Private clinic
easy-picture-person = Someone who helps
easy-picture-phone = Phone
easy-picture-letter = Letter
easy-picture-text-message = Text message
easy-picture-online = Website or app
easy-picture-calendar = Calendar
easy-picture-clock = Clock
easy-picture-medicine = Medicine
easy-picture-test = Test
easy-picture-results = Results
easy-picture-fit-note = Fit note
easy-picture-emergency = Emergency: call 999
easy-picture-interpreter = Interpreter
easy-picture-help = If it does not happen
easy-picture-home = Home
easy-picture-talk = Talking
easy-picture-bed = Hospital bed
easy-picture-money = Money
