# Journey: care at home after leaving hospital.
# Structure and sources: src/journeys/care_at_home.rs

care-at-home =
    .title = Care at home after a hospital stay
    .summary = Who plans help at home, who comes, and who to call if help does not come.
    .intro = Some people need help at home after a stay in hospital. Some are cared for at home by a hospital team instead of staying on a ward. Here is who does what, and who to call.
    .keywords = care at home, help at home, district nurse, community nurse, nurse visits, reablement, carers, home care, virtual ward, hospital at home, after hospital, going home, discharge, support at home, equipment

care-at-home-plan =
    .title = The ward team plans help with you
    .body =
        Before you leave hospital, the ward team talks to you about any help you need at home.
        They should tell you who will come, when, and how to reach them. Ask for this in writing.
        If someone cares for you at home, they can be part of this talk too.
    .if-not = If no one has talked to you about help at home and you think you need it, ask the ward staff before you leave.
    .ask =
        Will I need help at home?
        Who will come, and when?

care-at-home-nurse =
    .title = A nurse or carer may visit
    .body =
        A district nurse may visit you at home. They can change dressings, give injections, and check how you are.
        Some people get a short time of help to get back to doing things for themselves. This is sometimes called reablement.
        The team that visits gives you their phone number.
    .if-not = If a visit you were told about does not happen, ring the number the team gave you. If you have no number, ring the ward or your GP practice.
    .ask =
        What is your phone number?
        What do I do if you do not come?

care-at-home-virtual-ward =
    .title = If you are on a virtual ward
    .body =
        A virtual ward means a hospital team cares for you at home instead of on a ward. This is also called hospital at home.
        The team may visit you, phone you, or check you with equipment you use at home.
        The hospital team is in charge of your care while you are on the virtual ward. They tell you how to reach them, day and night.
    .if-not = If you cannot reach the virtual ward team and you feel worse, call NHS 111. In an emergency, call 999.
    .ask =
        Who is in charge of my care now?
        How do I reach you at night?

care-at-home-worse =
    .title = If you get worse at home
    .body =
        If you get worse, call the team that looks after you at home first, if you have their number.
        If you cannot reach them, contact your GP practice or call NHS 111 the same day. In an emergency, call 999.
    .if-not = If no one has called you back and you feel worse, call NHS 111. Do not wait.
    .ask =
        Who do I call first if I feel worse?
