# Journey: care at home after leaving hospital. (出院后的居家照护)
# Structure and sources: src/journeys/care_at_home.rs

care-at-home =
    .title = 住院后的居家照护
    .summary = 谁安排在家里的帮助，谁会上门，以及帮助没有来时该打电话给谁。
    .intro = 有些人住院后，回到家里需要帮助。有些人不住在病房里，而是由医院团队在家里照护。下面说明谁做什么，以及该打电话给谁。
    .keywords = 居家照护, 在家照护, 在家帮助, 上门护理, 社区护士, 地段护士, 护士上门, 康复支持, 恢复自理, 护工, 照顾者, 家庭护理, 虚拟病房, 居家医院, 出院后, 回家, 出院, 在家支持, 设备, 器材, care at home, help at home, district nurse, community nurse, nurse visits, reablement, carers, home care, virtual ward, hospital at home, after hospital, going home, discharge, support at home, equipment

care-at-home-plan =
    .title = 病房团队和您一起安排帮助
    .body =
        在您出院之前，病房团队会和您谈谈您在家里需要什么帮助。
        他们应该告诉您谁会来、什么时候来，以及怎样联系他们。请他们把这些写下来给您。
        如果有人在家里照顾您，这个人也可以一起参加谈话。
    .if-not = 如果没有人和您谈过在家里的帮助，而您觉得自己需要，请在离开之前问病房工作人员。
    .ask =
        我在家里需要帮助吗？
        谁会来？什么时候来？

care-at-home-nurse =
    .title = 护士或护工可能会上门
    .body =
        社区护士（district nurse）可能会到您家里来。他们可以给您换药（换敷料）、打针，并看看您的情况。
        有些人会得到一段短时间的帮助，让他们重新学会自己做事。这有时叫做“恢复自理能力支持”（reablement）。
        上门的团队会把他们的电话号码给您。
    .if-not = 如果告诉过您的上门没有发生，请拨打团队给您的号码。如果您没有号码，请打电话给病房或您的 GP（家庭医生）诊所。
    .ask =
        您的电话号码是多少？
        如果您没有来，我该怎么办？

care-at-home-virtual-ward =
    .title = 如果您在虚拟病房
    .body =
        虚拟病房是指医院团队在您家里照护您，而不是在病房里。这也叫做“居家医院”（hospital at home）。
        团队可能会上门看您、打电话给您，或者用您在家里使用的设备检查您的情况。
        您在虚拟病房期间，由医院团队负责您的照护。他们会告诉您怎样联系他们，白天晚上都可以。
    .if-not = 如果您联系不上虚拟病房团队，而您感觉病情加重，请拨打 NHS 111。紧急情况下，请拨打 999。
    .ask =
        现在谁负责我的照护？
        晚上我怎样联系您？

care-at-home-worse =
    .title = 如果您在家里病情加重
    .body =
        如果您的病情加重，而您有在家照护您的团队的电话号码，请先打电话给这个团队。
        如果您联系不上他们，请在当天联系您的 GP 诊所或拨打 NHS 111。紧急情况下，请拨打 999。
    .if-not = 如果没有人回电话给您，而您感觉病情加重，请拨打 NHS 111。不要等。
    .ask =
        如果我感觉病情加重，应该先打电话给谁？
