# Words used on every page: the frame around the journeys.

site-name = ਅੱਗੇ ਕੀ ਹੋਵੇਗਾ?
site-tagline = ਜਦੋਂ ਤੁਹਾਡੀ ਦੇਖਭਾਲ ਤੁਹਾਡੇ GP (ਪਰਿਵਾਰਕ ਡਾਕਟਰ) ਅਤੇ ਹਸਪਤਾਲ ਵਿਚਕਾਰ ਬਦਲਦੀ ਹੈ, ਤਾਂ ਕੌਣ ਕੀ ਕਰਦਾ ਹੈ।
skip-to-content = ਮੁੱਖ ਹਿੱਸੇ 'ਤੇ ਜਾਓ
home-link = ਸਾਰੀਆਂ ਗਾਈਡਾਂ

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = ਕੀ ਤੁਹਾਨੂੰ ਹੁਣੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ?
safety-emergency = ਐਮਰਜੈਂਸੀ ਵਿੱਚ, { -emergency-number } 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
safety-urgent = { $audience ->
        [parent] ਜੇ ਤੁਸੀਂ ਜਾਂ ਤੁਹਾਡਾ ਬੱਚਾ ਬਿਮਾਰ ਹੋਵੇ ਅਤੇ ਤੁਹਾਨੂੰ ਪੱਕਾ ਨਹੀਂ ਪਤਾ ਕਿ ਕੀ ਕਰਨਾ ਹੈ, ਤਾਂ { -urgent-number } ਜਾਂ ਆਪਣੀ GP ਪ੍ਰੈਕਟਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰੋ।
       *[other] ਜੇ ਤੁਸੀਂ ਬਿਮਾਰ ਹੋ ਅਤੇ ਤੁਹਾਨੂੰ ਪੱਕਾ ਨਹੀਂ ਪਤਾ ਕਿ ਕੀ ਕਰਨਾ ਹੈ, ਤਾਂ { -urgent-number } ਜਾਂ ਆਪਣੀ GP ਪ੍ਰੈਕਟਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰੋ।
    }
safety-online = ਜਾਂ ਔਨਲਾਈਨ 111.nhs.uk 'ਤੇ ਜਾਓ।
safety-mental-health = ਮਾਨਸਿਕ ਸਿਹਤ ਦੇ ਸੰਕਟ ਵਿੱਚ, { -urgent-number } 'ਤੇ ਫ਼ੋਨ ਕਰੋ ਅਤੇ ਮਾਨਸਿਕ ਸਿਹਤ ਵਾਲਾ ਵਿਕਲਪ (option) ਚੁਣੋ।
safety-deaf = ਜੇ ਤੁਸੀਂ ਸੁਣ ਨਹੀਂ ਸਕਦੇ (ਬੋਲ਼ੇ ਹੋ), ਤਾਂ Relay UK ਰਾਹੀਂ 18001 111 'ਤੇ ਫ਼ੋਨ ਕਰੋ, ਜਾਂ NHS 111 ਅਤੇ 999 ਦੀਆਂ BSL (ਬ੍ਰਿਟਿਸ਼ ਇਸ਼ਾਰਿਆਂ ਦੀ ਭਾਸ਼ਾ) ਸੇਵਾਵਾਂ ਵਰਤੋ।
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = ਇਹ ਗਾਈਡਾਂ ਇੰਗਲੈਂਡ ਵਿੱਚ NHS ਸੇਵਾਵਾਂ ਬਾਰੇ ਹਨ। ਵੇਲਜ਼, ਸਕਾਟਲੈਂਡ ਅਤੇ ਉੱਤਰੀ ਆਇਰਲੈਂਡ ਵਿੱਚ, ਕੁਝ ਚੀਜ਼ਾਂ ਹੋਰ ਤਰੀਕਿਆਂ ਨਾਲ ਹੁੰਦੀਆਂ ਹਨ।

home-title = ਤੁਹਾਡੀ ਦੇਖਭਾਲ ਵਿੱਚ ਅੱਗੇ ਕੀ ਹੋਵੇਗਾ?
home-intro = ਉਹ ਗਾਈਡ ਚੁਣੋ ਜੋ ਤੁਹਾਡੇ ਲਈ ਠੀਕ ਹੈ। ਹਰ ਗਾਈਡ ਦੱਸਦੀ ਹੈ ਕਿ ਹਰ ਕਦਮ ਕੌਣ ਚੁੱਕਦਾ ਹੈ ਅਤੇ ਉਹਨਾਂ ਨਾਲ ਸੰਪਰਕ ਕਿਵੇਂ ਕਰਨਾ ਹੈ।

# The search box on the home page.
search-label = ਗਾਈਡਾਂ ਵਿੱਚ ਲੱਭੋ
search-hint = ਜਿਵੇਂ: ਖ਼ੂਨ ਦਾ ਟੈਸਟ, ਬਿਮਾਰੀ ਦਾ ਨੋਟ (sick note), ਦਵਾਈ ਦੀ ਪਰਚੀ।
search-results = { $count ->
        [0] ਕੋਈ ਗਾਈਡ ਨਹੀਂ ਮਿਲੀ। ਹੋਰ ਸ਼ਬਦ ਲਿਖ ਕੇ ਦੇਖੋ, ਜਾਂ ਹੇਠਾਂ ਦਿੱਤੀ ਸੂਚੀ ਵਿੱਚੋਂ ਚੁਣੋ।
        [one] { $count } ਗਾਈਡ ਮਿਲੀ।
       *[other] { $count } ਗਾਈਡਾਂ ਮਿਲੀਆਂ।
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = ਮੈਂ ਮੇਰਾ ਮੇਰੀ ਮੇਰੇ ਮੈਨੂੰ ਅਸੀਂ ਸਾਡਾ ਸਾਡੀ ਸਾਡੇ ਤੁਸੀਂ ਤੁਹਾਡਾ ਤੁਹਾਡੀ ਤੁਹਾਡੇ ਤੁਹਾਨੂੰ ਆਪਣਾ ਆਪਣੀ ਆਪਣੇ ਇਹ ਉਹ ਇਸ ਉਸ ਹੈ ਹਨ ਹਾਂ ਹੋ ਸੀ ਸਨ ਦਾ ਦੀ ਦੇ ਨੂੰ ਨੇ ਤੇ ਤੋਂ ਵਿੱਚ ਨਾਲ ਲਈ ਬਾਰੇ ਅਤੇ ਜਾਂ ਕਿ ਜੇ ਤਾਂ ਵੀ ਕੀ ਕਿਵੇਂ ਕਦੋਂ ਕੌਣ ਕਿਉਂ ਕਿੱਥੇ ਕਿਹੜਾ ਕਿਹੜੀ ਕੋਈ ਕਰੋ ਕਰਨਾ ਕਰਦਾ ਕਰਦੀ ਕਰਦੇ ਹੋਇਆ ਗਿਆ ਗਈ ਮਿਲ ਜਾ

# Group headings on the home page: the question people start from.
topic-referred = ਮੈਨੂੰ ਹਸਪਤਾਲ ਭੇਜਿਆ ਗਿਆ ਹੈ (ਰੈਫ਼ਰਲ)
topic-waiting = ਮੈਂ ਉਡੀਕ ਵਿੱਚ ਹਾਂ
topic-test = ਮੇਰਾ ਟੈਸਟ ਹੋਇਆ ਹੈ
topic-after-appointment = ਹਸਪਤਾਲ ਵਿੱਚ ਮੇਰੀ ਮੁਲਾਕਾਤ ਹੋ ਚੁੱਕੀ ਹੈ
topic-leaving-hospital = ਮੈਨੂੰ ਹਸਪਤਾਲ ਤੋਂ ਛੁੱਟੀ ਮਿਲ ਰਹੀ ਹੈ
topic-medicines-fit-notes = ਦਵਾਈਆਂ ਅਤੇ ਫ਼ਿੱਟ ਨੋਟ
topic-child = ਇਹ ਮੇਰੇ ਬੱਚੇ ਬਾਰੇ ਹੈ
topic-mental-health = ਇਹ ਮੇਰੀ ਮਾਨਸਿਕ ਸਿਹਤ ਬਾਰੇ ਹੈ
topic-gp-practice = ਆਪਣੀ GP ਪ੍ਰੈਕਟਿਸ ਤੋਂ ਮਦਦ ਲੈਣਾ, ਜਾਂ ਉਸ ਤੋਂ ਬਿਨਾਂ ਮਦਦ ਲੈਣਾ

journey-steps-heading = ਕੀ ਹੁੰਦਾ ਹੈ, ਕਦਮ-ਦਰ-ਕਦਮ
# Under a guide shown inside a practice's website.
journey-more-guides = ਸਾਡੀਆਂ ਹੋਰ ਗਾਈਡਾਂ
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = ਅਸੀਂ ਇਹ ਪੰਨਾ { $date } ਨੂੰ ਜਨਤਕ ਸਰੋਤਾਂ ਤੋਂ ਲਿਖਿਆ ਸੀ। ਕਿਸੇ ਕਲੀਨੀਸ਼ਨ (ਜਿਵੇਂ ਡਾਕਟਰ ਜਾਂ ਨਰਸ) ਨੇ ਅਜੇ ਇਸ ਦੀ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ।
journey-reviewed = ਕਲੀਨੀਸ਼ਨ { $reviewer } ਨੇ { $date } ਨੂੰ ਇਸ ਪੰਨੇ ਦੀ ਜਾਂਚ ਕੀਤੀ।
step-number = ਕਦਮ { $number }
step-who = ਇਹ ਕੌਣ ਕਰਦਾ ਹੈ
step-contact = ਉਹਨਾਂ ਨਾਲ ਸੰਪਰਕ ਕਿਵੇਂ ਕਰਨਾ ਹੈ
step-if-not = ਜੇ ਇਹ ਨਾ ਹੋਵੇ
step-ask = ਸਵਾਲ ਜੋ ਤੁਸੀਂ ਪੁੱਛ ਸਕਦੇ ਹੋ

# Who is responsible for a step.
who-gp-practice = ਤੁਹਾਡੀ GP ਪ੍ਰੈਕਟਿਸ
who-hospital-team = ਹਸਪਤਾਲ ਦੀ ਟੀਮ
who-patient-or-parent = { $audience ->
        [parent] ਤੁਸੀਂ, ਮਾਤਾ-ਪਿਤਾ ਜਾਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ
       *[other] ਤੁਸੀਂ
    }
who-pharmacy = ਤੁਹਾਡੇ ਨੇੜੇ ਕੋਈ ਫ਼ਾਰਮੇਸੀ (ਕੈਮਿਸਟ)
who-nhs-111 = NHS 111
who-mental-health-team = ਮਾਨਸਿਕ ਸਿਹਤ ਟੀਮ
who-private-clinic = ਪ੍ਰਾਈਵੇਟ ਕਲੀਨਿਕ
who-other = ਕੋਈ ਹੋਰ: ਕਦਮ ਵਿੱਚ ਦੱਸਿਆ ਗਿਆ ਹੈ ਕਿ ਕੌਣ

# How to reach whoever is responsible.
contact-hospital-team = ਹਸਪਤਾਲ ਦੀ ਟੀਮ ਨੂੰ ਫ਼ੋਨ ਕਰੋ। ਉਹਨਾਂ ਦਾ ਨੰਬਰ ਤੁਹਾਡੀ ਚਿੱਠੀ ਜਾਂ ਟੈਕਸਟ ਸੁਨੇਹੇ ਵਿੱਚ ਹੈ।
contact-referral-booking = ਆਪਣੇ ਟੈਕਸਟ ਸੁਨੇਹੇ ਜਾਂ ਈਮੇਲ ਵਿਚਲਾ ਲਿੰਕ ਵਰਤੋ, ਜਾਂ ਆਪਣੀ ਚਿੱਠੀ 'ਤੇ ਦਿੱਤੇ ਨੰਬਰ 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
contact-gp-practice = ਆਪਣੀ GP ਪ੍ਰੈਕਟਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰੋ, ਉਹਨਾਂ ਦਾ ਔਨਲਾਈਨ ਫ਼ਾਰਮ ਭਰੋ, ਜਾਂ ਰਿਸੈਪਸ਼ਨ 'ਤੇ ਜਾਓ।
contact-hospital-ward = ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਵਾਰਡ ਦੇ ਸਟਾਫ਼ ਨੂੰ ਪੁੱਛੋ। ਉਸ ਤੋਂ ਬਾਅਦ, ਵਾਰਡ ਵੱਲੋਂ ਮਿਲੀ ਚਿੱਠੀ 'ਤੇ ਦਿੱਤੇ ਨੰਬਰ 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
contact-test-requester = ਉਸ ਟੀਮ ਨਾਲ ਸੰਪਰਕ ਕਰੋ ਜਿਸ ਨੇ ਟੈਸਟ ਲਈ ਕਿਹਾ ਸੀ। ਉਹਨਾਂ ਦੇ ਵੇਰਵੇ ਤੁਹਾਡੀ ਚਿੱਠੀ ਜਾਂ ਫ਼ਾਰਮ 'ਤੇ ਹਨ।
contact-pharmacy = ਕਿਸੇ ਵੀ ਫ਼ਾਰਮੇਸੀ ਵਿੱਚ ਜਾਓ ਜਾਂ ਫ਼ੋਨ ਕਰੋ। ਪਹਿਲਾਂ ਸਮਾਂ ਲੈਣ ਦੀ ਲੋੜ ਨਹੀਂ ਹੈ।
contact-link-worker = ਆਪਣੀ GP ਪ੍ਰੈਕਟਿਸ ਨੂੰ ਕਹੋ ਕਿ ਉਹ ਤੁਹਾਡਾ ਕਿਸੇ ਲਿੰਕ ਵਰਕਰ ਨਾਲ ਸੰਪਰਕ ਕਰਵਾਉਣ।
contact-patient-advice = ਹਸਪਤਾਲ ਦੀ ਮਰੀਜ਼ ਸਲਾਹ ਟੀਮ ਨਾਲ ਗੱਲ ਕਰਵਾਉਣ ਦੀ ਮੰਗ ਕਰੋ। ਜਦੋਂ ਕੁਝ ਗ਼ਲਤ ਹੋ ਜਾਵੇ, ਤਾਂ ਉਹ ਮਦਦ ਕਰਦੇ ਹਨ।
contact-nhs-111 = ਦਿਨ ਹੋਵੇ ਜਾਂ ਰਾਤ, NHS 111 ਨੂੰ ਫ਼ੋਨ ਕਰੋ, ਜਾਂ 111.nhs.uk 'ਤੇ ਜਾਓ।
contact-self-referral = ਸੇਵਾ ਨਾਲ ਆਪ ਸੰਪਰਕ ਕਰੋ, ਔਨਲਾਈਨ ਜਾਂ ਫ਼ੋਨ ਰਾਹੀਂ। NHS ਦੀ ਵੈੱਬਸਾਈਟ 'ਤੇ ਇਸ ਨੂੰ ਲੱਭੋ, ਜਾਂ ਆਪਣੀ GP ਪ੍ਰੈਕਟਿਸ ਨੂੰ ਪੁੱਛੋ ਕਿ ਇਸ ਨਾਲ ਸੰਪਰਕ ਕਿਵੇਂ ਕਰਨਾ ਹੈ।
contact-mental-health-team = ਆਪਣੀ ਦੇਖਭਾਲ ਯੋਜਨਾ (care plan) ਵਿੱਚ ਦਿੱਤਾ ਫ਼ੋਨ ਨੰਬਰ ਵਰਤੋ। ਸੰਕਟ ਵਿੱਚ, NHS 111 ਨੂੰ ਫ਼ੋਨ ਕਰੋ ਅਤੇ ਮਾਨਸਿਕ ਸਿਹਤ ਵਾਲਾ ਵਿਕਲਪ (option) ਚੁਣੋ।
contact-private-clinic = ਪ੍ਰਾਈਵੇਟ ਕਲੀਨਿਕ ਨਾਲ ਸੰਪਰਕ ਕਰੋ। ਉਹਨਾਂ ਦੇ ਵੇਰਵੇ ਤੁਹਾਡੀ ਚਿੱਠੀ ਜਾਂ ਬਿੱਲ 'ਤੇ ਹਨ।
contact-urgent-care = ਉਸ A&E ਜਾਂ ਅਰਜੈਂਟ ਟ੍ਰੀਟਮੈਂਟ ਸੈਂਟਰ (urgent treatment centre) ਨੂੰ ਫ਼ੋਨ ਕਰੋ ਜਿੱਥੇ ਤੁਸੀਂ ਗਏ ਸੀ। ਨੰਬਰ ਤੁਹਾਡੀ ਸਲਾਹ ਵਾਲੀ ਸ਼ੀਟ (advice sheet) 'ਤੇ ਹੈ, ਜਾਂ ਹਸਪਤਾਲ ਦੇ ਮੁੱਖ ਨੰਬਰ 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
# When the area has told us the service: $service is its name, as the area wrote it.
contact-local-phone = { $service } ਨੂੰ { $phone } 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
contact-local-other = { $service } ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
contact-local-hours = ਫ਼ੋਨ ਇਹਨਾਂ ਸਮਿਆਂ 'ਤੇ ਚੁੱਕਿਆ ਜਾਂਦਾ ਹੈ: { $hours }
contact-local-website = ਉਹਨਾਂ ਦਾ ਵੈੱਬ ਪੰਨਾ: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
# Panjabi plural categories (CLDR): one (0 and 1), other.
timing-clinic-letter = ਕਲੀਨਿਕ ਦੀ ਚਿੱਠੀ ਤੁਹਾਡੇ GP ਕੋਲ ਕਦੋਂ ਤੱਕ ਪਹੁੰਚਦੀ ਹੈ
timing-discharge-summary = ਡਿਸਚਾਰਜ ਸਮਰੀ (discharge summary) ਤੁਹਾਡੇ GP ਕੋਲ ਕਦੋਂ ਤੱਕ ਪਹੁੰਚਦੀ ਹੈ
timing-cancer-diagnosis = NHS ਦਾ ਟੀਚਾ ਹੈ ਕਿ ਤੁਹਾਨੂੰ ਕਦੋਂ ਤੱਕ ਦੱਸਿਆ ਜਾਵੇ ਕਿ ਇਹ ਕੈਂਸਰ ਹੈ ਜਾਂ ਨਹੀਂ
timing-cancelled-operation = ਅਪਰੇਸ਼ਨ ਵਾਲੇ ਦਿਨ ਹੀ ਰੱਦ ਹੋਏ ਅਪਰੇਸ਼ਨ ਲਈ ਤੁਹਾਨੂੰ ਨਵੀਂ ਤਾਰੀਖ਼ ਕਦੋਂ ਤੱਕ ਮਿਲਣੀ ਚਾਹੀਦੀ ਹੈ
timing-within = { $from ->
        [appointment] ਤੁਹਾਡੀ ਕਲੀਨਿਕ ਵਾਲੀ ਮੁਲਾਕਾਤ
        [discharge] ਹਸਪਤਾਲ ਛੱਡਣ
        [referral] ਰੈਫ਼ਰਲ
       *[cancellation] ਰੱਦ ਹੋਣ ਵਾਲੇ ਦਿਨ
    } ਤੋਂ ਬਾਅਦ { $limit } { $unit ->
        [hours] { $limit ->
            [one] ਘੰਟੇ
           *[other] ਘੰਟਿਆਂ
        }
        [days] { $limit ->
            [one] ਦਿਨ
           *[other] ਦਿਨਾਂ
        }
        [months] { $limit ->
            [one] ਮਹੀਨੇ
           *[other] ਮਹੀਨਿਆਂ
        }
       *[weeks] { $limit ->
            [one] ਹਫ਼ਤੇ
           *[other] ਹਫ਼ਤਿਆਂ
        }
    } ਦੇ ਅੰਦਰ।

# A date such as 21 ਨਵੰਬਰ 2026.
date = { $day } { $month ->
        [1] ਜਨਵਰੀ
        [2] ਫ਼ਰਵਰੀ
        [3] ਮਾਰਚ
        [4] ਅਪ੍ਰੈਲ
        [5] ਮਈ
        [6] ਜੂਨ
        [7] ਜੁਲਾਈ
        [8] ਅਗਸਤ
        [9] ਸਤੰਬਰ
        [10] ਅਕਤੂਬਰ
        [11] ਨਵੰਬਰ
       *[12] ਦਸੰਬਰ
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = ਤੁਹਾਡੇ ਵੇਰਵੇ
details-service = ਇਹ ਕਿਸ ਬਾਰੇ ਹੈ: { $service }
details-expect-by = ਤੁਹਾਨੂੰ { $date } ਤੱਕ ਖ਼ਬਰ ਮਿਲ ਜਾਣੀ ਚਾਹੀਦੀ ਹੈ।
details-phone = ਜੇ ਤੁਹਾਨੂੰ ਕੋਈ ਖ਼ਬਰ ਨਹੀਂ ਮਿਲੀ, ਜਾਂ ਤੁਹਾਡਾ ਕੋਈ ਸਵਾਲ ਹੈ, ਤਾਂ { $phone } 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
details-web = ਤੁਸੀਂ { $web } 'ਤੇ ਵੀ ਜਾ ਸਕਦੇ ਹੋ।
details-broken = ਤੁਹਾਡੇ ਲਿੰਕ ਵਿਚਲੇ ਕੁਝ ਵੇਰਵੇ ਵਰਤੇ ਨਹੀਂ ਜਾ ਸਕੇ। ਇਸ ਪੰਨੇ ਦੀ ਬਾਕੀ ਜਾਣਕਾਰੀ ਫਿਰ ਵੀ ਤੁਹਾਡੇ ਲਈ ਠੀਕ ਹੈ।

# The Listen button on a journey page (it reads the page aloud).
listen = ਇਹ ਪੰਨਾ ਸੁਣੋ
listen-stop = ਪੜ੍ਹਨਾ ਬੰਦ ਕਰੋ

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = ਇਹ ਪੰਨਾ ਦੁਬਾਰਾ ਖੋਲ੍ਹਣ ਲਈ, ਇਸ ਕੋਡ ਨੂੰ ਆਪਣੇ ਫ਼ੋਨ ਦੇ ਕੈਮਰੇ ਨਾਲ ਸਕੈਨ ਕਰੋ।

# Desk mode: a reception screen turned to the patient.
desk-title = ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ
desk-journeys = ਉਹ ਚੁਣੋ ਜੋ ਤੁਹਾਡੇ ਲਈ ਠੀਕ ਹੈ
desk-take-home = ਇਹ ਪੰਨਾ ਆਪਣੇ ਨਾਲ ਲੈ ਜਾਓ: ਆਪਣੇ ਫ਼ੋਨ ਦਾ ਕੈਮਰਾ ਇਸ ਕੋਡ ਵੱਲ ਕਰੋ।
desk-start-again = ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ

# The link maker, for staff at a GP practice or hospital.
make-link-title = ਮਰੀਜ਼ ਲਈ ਲਿੰਕ ਬਣਾਓ
make-link-intro = ਗਾਈਡ ਅਤੇ ਮਰੀਜ਼ ਦੀ ਭਾਸ਼ਾ ਚੁਣੋ। ਤੁਸੀਂ ਉਹਨਾਂ ਦੇ ਵੇਰਵੇ ਜੋੜ ਸਕਦੇ ਹੋ। ਤੁਸੀਂ ਜੋ ਵੀ ਲਿਖਦੇ ਹੋ, ਉਹ ਇਸੇ ਡਿਵਾਈਸ 'ਤੇ ਰਹਿੰਦਾ ਹੈ।
make-link-journey = ਗਾਈਡ
make-link-language = ਮਰੀਜ਼ ਦੀ ਭਾਸ਼ਾ
make-link-service = ਸੇਵਾ ਜਾਂ ਕਲੀਨਿਕ (ਜੇ ਤੁਸੀਂ ਚਾਹੋ)
make-link-start = ਰੈਫ਼ਰਲ, ਟੈਸਟ ਜਾਂ ਹਸਪਤਾਲ ਤੋਂ ਛੁੱਟੀ ਦੀ ਤਾਰੀਖ਼ (ਜੇ ਤੁਸੀਂ ਚਾਹੋ)
make-link-wait = ਉਹਨਾਂ ਨੂੰ ਕਿੰਨੇ ਸਮੇਂ ਵਿੱਚ ਖ਼ਬਰ ਮਿਲਣੀ ਚਾਹੀਦੀ ਹੈ (ਜੇ ਤੁਸੀਂ ਚਾਹੋ)
make-link-wait-days = ਦਿਨ
make-link-wait-weeks = ਹਫ਼ਤੇ
make-link-wait-months = ਮਹੀਨੇ
make-link-phone = ਟੀਮ ਦਾ ਫ਼ੋਨ ਨੰਬਰ (ਜੇ ਤੁਸੀਂ ਚਾਹੋ)
make-link-web = ਟੀਮ ਦਾ ਵੈੱਬ ਪੰਨਾ (ਜੇ ਤੁਸੀਂ ਚਾਹੋ)
make-link-bad-phone = ਇਹ UK ਦਾ ਫ਼ੋਨ ਨੰਬਰ ਨਹੀਂ ਲੱਗਦਾ, ਇਸ ਲਈ ਇਹ ਲਿੰਕ ਵਿੱਚ ਨਹੀਂ ਹੈ।
make-link-bad-web = ਅਜਿਹਾ ਵੈੱਬ ਪੰਨਾ ਵਰਤੋ ਜੋ https ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੋਵੇ। ਇਹ ਵੈੱਬ ਪੰਨਾ ਲਿੰਕ ਵਿੱਚ ਨਹੀਂ ਹੈ।
make-link-link = ਲਿੰਕ
make-link-message = ਟੈਕਸਟ ਸੁਨੇਹਾ
make-link-characters = ਅੱਖਰ ਅਤੇ ਖਾਲੀ ਥਾਂਵਾਂ
make-link-segments = ਇਹ ਕਿੰਨੇ ਟੈਕਸਟ ਸੁਨੇਹਿਆਂ ਵਿੱਚ ਜਾਵੇਗਾ
make-link-unicode = ਇਸ ਸੁਨੇਹੇ ਵਿੱਚ ਅਜਿਹੇ ਅੱਖਰ ਹਨ ਜੋ ਮੁੱਢਲੇ ਸੈੱਟ ਵਿੱਚ ਨਹੀਂ ਹਨ, ਇਸ ਲਈ ਹਰ ਟੈਕਸਟ ਸੁਨੇਹੇ ਵਿੱਚ ਘੱਟ ਅੱਖਰ ਆਉਂਦੇ ਹਨ।
make-link-copy = ਕਾਪੀ ਕਰੋ
make-link-copied = ਕਾਪੀ ਹੋ ਗਿਆ
make-link-qr = ਇਸ ਲਿੰਕ ਦਾ QR ਕੋਡ
make-link-print = ਪ੍ਰਿੰਟ ਕਰੋ
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: ਅੱਗੇ ਕੀ ਹੋਵੇਗਾ, ਅਤੇ ਕਿਸ ਨਾਲ ਸੰਪਰਕ ਕਰਨਾ ਹੈ: { $link }
sms-message-short = ਅੱਗੇ ਕੀ ਹੋਵੇਗਾ, ਅਤੇ ਕਿਸ ਨਾਲ ਸੰਪਰਕ ਕਰਨਾ ਹੈ: { $link }

not-found-title = ਸਾਨੂੰ ਉਹ ਪੰਨਾ ਨਹੀਂ ਮਿਲ ਰਿਹਾ
not-found-body = ਹੋ ਸਕਦਾ ਹੈ ਲਿੰਕ ਗ਼ਲਤ ਜਾਂ ਪੁਰਾਣਾ ਹੋਵੇ। ਇੱਥੇ ਸਾਡੀਆਂ ਸਾਰੀਆਂ ਗਾਈਡਾਂ ਹਨ। ਜੋ ਗਾਈਡ ਤੁਹਾਡੇ ਲਈ ਠੀਕ ਹੈ, ਉਹ ਚੁਣੋ।
# Shown instead of not-found-body when the phone is offline and the page was never saved.
not-found-offline = ਇਸ ਫ਼ੋਨ 'ਤੇ ਹੁਣ ਇੰਟਰਨੈੱਟ ਨਹੀਂ ਹੈ, ਅਤੇ ਇਹ ਪੰਨਾ ਹਾਲੇ ਫ਼ੋਨ ਵਿੱਚ ਸੰਭਾਲਿਆ ਨਹੀਂ ਗਿਆ। ਇੰਟਰਨੈੱਟ ਵਾਪਸ ਆਉਣ 'ਤੇ ਲਿੰਕ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ। ਜੋ ਗਾਈਡਾਂ ਤੁਸੀਂ ਪਹਿਲਾਂ ਖੋਲ੍ਹੀਆਂ ਸਨ, ਉਹ ਹਾਲੇ ਵੀ ਕੰਮ ਕਰਦੀਆਂ ਹਨ।

unknown-language = ਸਾਡੇ ਕੋਲ ਅਜੇ ਇਹ ਭਾਸ਼ਾ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਇਹ ਪੰਨਾ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਹੈ।

# The language picker on every page.
language-picker-label = ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ
with-english-link = ਹਰ ਹਿੱਸੇ ਦੇ ਹੇਠਾਂ ਅੰਗਰੇਜ਼ੀ ਨਾਲ ਇਹ ਗਾਈਡ ਪੜ੍ਹੋ
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = ਇਸ ਅਨੁਵਾਦ ਦੀ ਅਜੇ ਜਾਂਚ ਨਹੀਂ ਹੋਈ। ਜੇ ਕੋਈ ਗੱਲ ਸਮਝ ਨਾ ਆਵੇ, ਤਾਂ ਦੁਭਾਸ਼ੀਏ (ਇੰਟਰਪ੍ਰੈਟਰ) ਦੀ ਮੰਗ ਕਰੋ। ਇਹ ਮੁਫ਼ਤ ਹੈ।
translation-checked = ਯੋਗਤਾ ਪ੍ਰਾਪਤ ਅਨੁਵਾਦਕਾਂ ਨੇ { $date } ਨੂੰ ਇਸ ਅਨੁਵਾਦ ਦੀ ਜਾਂਚ ਕੀਤੀ। ਜੇ ਕੋਈ ਗੱਲ ਸਮਝ ਨਾ ਆਵੇ, ਤਾਂ ਦੁਭਾਸ਼ੀਏ (ਇੰਟਰਪ੍ਰੈਟਰ) ਦੀ ਮੰਗ ਕਰੋ। ਇਹ ਮੁਫ਼ਤ ਹੈ।

footer-make-link = ਸਟਾਫ਼ ਲਈ: ਮਰੀਜ਼ ਲਈ ਲਿੰਕ ਬਣਾਓ
footer-embed = ਸਟਾਫ਼ ਲਈ: ਇਹ ਗਾਈਡਾਂ ਆਪਣੀ ਵੈੱਬਸਾਈਟ 'ਤੇ ਲਗਾਓ
footer-not-nhs = ਇਹ ਗਾਈਡ NHS ਵੱਲੋਂ ਨਹੀਂ ਬਣਾਈ ਗਈ। ਇਹ ਦੱਸਦੀ ਹੈ ਕਿ ਜ਼ਿਆਦਾਤਰ ਸਮੇਂ NHS ਦੀਆਂ ਸੇਵਾਵਾਂ ਮਿਲ ਕੇ ਕਿਵੇਂ ਕੰਮ ਕਰਦੀਆਂ ਹਨ।
footer-privacy = ਤੁਸੀਂ ਇੱਥੇ ਜੋ ਵੀ ਕਰਦੇ ਹੋ, ਉਹ ਕਿਤੇ ਨਹੀਂ ਭੇਜਿਆ ਜਾਂਦਾ, ਅਤੇ ਤੁਹਾਡੇ ਬਾਰੇ ਕੁਝ ਵੀ ਸਾਂਭਿਆ ਨਹੀਂ ਜਾਂਦਾ।

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = ਮਾਫ਼ ਕਰਨਾ, ਇਸ ਪੰਨੇ 'ਤੇ ਕੁਝ ਗ਼ਲਤ ਹੋ ਗਿਆ
panic-body = ਇਸ ਪੰਨੇ 'ਤੇ ਤੁਸੀਂ ਜੋ ਦੇਖ ਰਹੇ ਹੋ, ਉਹ ਫਿਰ ਵੀ ਠੀਕ ਹੈ। ਜੇ ਇਹ ਗ਼ਲਤ ਲੱਗੇ, ਤਾਂ ਪੰਨੇ ਨੂੰ ਦੁਬਾਰਾ ਲੋਡ ਕਰੋ।
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = ਆਪਣੇ ਇਲਾਕੇ ਦੀ ਸੂਚੀ ਵਿੱਚੋਂ ਕੋਈ ਸੇਵਾ ਚੁਣੋ
make-link-pick-none = ਕੋਈ ਨਹੀਂ: ਵੇਰਵੇ ਖ਼ੁਦ ਲਿਖੋ
config-none = ਇਸ ਸਾਈਟ 'ਤੇ ਕੋਈ ਸਥਾਨਕ ਸੰਪਰਕ ਵੇਰਵੇ ਨਹੀਂ ਹਨ, ਇਸ ਲਈ ਹਰ ਕਦਮ 'ਤੇ ਆਮ ਸਲਾਹ ਦਿਖਾਈ ਜਾਂਦੀ ਹੈ। ਆਪਣੇ ਇਲਾਕੇ ਦੀਆਂ ਸੇਵਾਵਾਂ ਜੋੜਨ ਲਈ, README ਦੇਖੋ।
config-loaded = ਇਹ ਸਾਈਟ { $area } ਦੇ ਸੰਪਰਕ ਵੇਰਵੇ ਦਿਖਾਉਂਦੀ ਹੈ।
config-problems-title = ਕੁਝ ਸਥਾਨਕ ਸੰਪਰਕ ਵੇਰਵਿਆਂ ਨੂੰ ਠੀਕ ਕਰਨ ਦੀ ਲੋੜ ਹੈ
config-problems-intro = ਮਰੀਜ਼ਾਂ 'ਤੇ ਕੋਈ ਅਸਰ ਨਹੀਂ ਪੈਂਦਾ: ਉਹ ਪਿਛਲੇ ਠੀਕ ਬਿਲਡ ਵਾਲੇ ਵੇਰਵੇ, ਜਾਂ ਆਮ ਸਲਾਹ ਦੇਖਦੇ ਹਨ। ਇਹਨਾਂ ਨੂੰ ਠੀਕ ਕਰੋ, ਫਿਰ ਸਾਈਟ ਨੂੰ ਦੁਬਾਰਾ ਬਿਲਡ ਕਰੋ।
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: ਇੱਥੇ ਫ਼ਾਈਲ ਠੀਕ ਤਰ੍ਹਾਂ ਨਹੀਂ ਲਿਖੀ ਗਈ। ਦੇਖੋ ਕਿ ਕਿਤੇ ਕੌਮਾ, ਕੋਟ ਦਾ ਨਿਸ਼ਾਨ ਜਾਂ ਬਰੈਕਟ ਤਾਂ ਨਹੀਂ ਰਹਿ ਗਿਆ।
config-problem-unknown-field = { $field }: ਇਹ ਕੋਈ ਅਜਿਹਾ ਖ਼ਾਨਾ (field) ਨਹੀਂ ਜਿਸ ਨੂੰ ਅਸੀਂ ਜਾਣਦੇ ਹਾਂ। ਸ਼ਬਦ-ਜੋੜ ਜਾਂਚੋ।
config-problem-missing-field = { $field }: ਇਹ ਭਰਨਾ ਜ਼ਰੂਰੀ ਹੈ।
config-problem-wrong-type = { $field }: ਇਹ ਗ਼ਲਤ ਕਿਸਮ ਦਾ ਮੁੱਲ ਹੈ, ਜਿਵੇਂ ਜਿੱਥੇ ਸ਼ਬਦ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ ਉੱਥੇ ਨੰਬਰ।
config-problem-version = { $field }: ਇਹ 1 ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
config-problem-empty = { $field }: ਇਹ ਖਾਲੀ ਹੈ।
config-problem-too-long = { $field }: ਇਹ ਬਹੁਤ ਲੰਮਾ ਹੈ। ਇਸ ਨੂੰ 120 ਅੱਖਰਾਂ ਤੋਂ ਘੱਟ ਰੱਖੋ।
config-problem-hidden-characters = { $field }: ਇਸ ਵਿੱਚ ਲੁਕੇ ਹੋਏ ਅੱਖਰ ਹਨ ਜੋ ਇਸ ਦੇ ਪੜ੍ਹੇ ਜਾਣ ਦਾ ਤਰੀਕਾ ਬਦਲ ਸਕਦੇ ਹਨ। ਇਸ ਨੂੰ ਦੁਬਾਰਾ ਲਿਖੋ।
config-problem-bad-id = { $field }: ਸਿਰਫ਼ ਛੋਟੇ ਅੰਗਰੇਜ਼ੀ ਅੱਖਰ (a-z), ਨੰਬਰ ਅਤੇ ਡੈਸ਼ ਵਰਤੋ, ਜਿਵੇਂ skin-team।
config-problem-duplicate-id = { $field }: ਇਹ id ਦੋ ਸੇਵਾਵਾਂ ਨੂੰ ਦਿੱਤੀ ਗਈ ਹੈ।
config-problem-bad-phone = { $field }: ਇਹ UK ਦਾ ਫ਼ੋਨ ਨੰਬਰ ਨਹੀਂ ਹੈ। ਇਸ ਨੂੰ 020 7946 0000 ਵਾਂਗ ਲਿਖੋ।
config-problem-not-https = { $field }: ਵੈੱਬ ਪੰਨਾ https ਨਾਲ ਸ਼ੁਰੂ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ, http ਨਾਲ ਨਹੀਂ।
config-problem-bad-website = { $field }: ਇਹ ਵੈੱਬ ਪਤਾ ਨਹੀਂ ਹੈ। ਇਸ ਨੂੰ https://hospital.example/clinic ਵਾਂਗ ਲਿਖੋ।
config-problem-unknown-journey = { $field }: ਇਸ ਨਾਮ ਦੀ ਕੋਈ ਗਾਈਡ ਨਹੀਂ ਹੈ।
config-problem-unknown-contact = { $field }: ਇਹ ਸੰਪਰਕ ਦੀ ਅਜਿਹੀ ਕਿਸਮ ਨਹੀਂ ਜਿਸ ਨੂੰ ਅਸੀਂ ਜਾਣਦੇ ਹਾਂ। ਜਿਹਨਾਂ ਨੂੰ ਅਸੀਂ ਜਾਣਦੇ ਹਾਂ, ਉਹ hospital-team ਵਰਗੀਆਂ ਹਨ।
config-problem-unknown-service = { $field }: ਸੂਚੀ ਵਿੱਚ ਕਿਸੇ ਵੀ ਸੇਵਾ ਦੀ ਇਹ id ਨਹੀਂ ਹੈ।
config-problem-unknown-language = { $field }: ਸਾਡੇ ਕੋਲ ਇਹ ਭਾਸ਼ਾ ਨਹੀਂ ਹੈ।
config-problem-missing-english = { $field }: ਸ਼ਬਦ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਵੀ, en-GB ਵਜੋਂ, ਦੇਣੇ ਜ਼ਰੂਰੀ ਹਨ।

# Staff: put the guides on a practice's website.
embed-title = ਇਹ ਗਾਈਡਾਂ ਆਪਣੀ ਵੈੱਬਸਾਈਟ 'ਤੇ ਲਗਾਓ
embed-intro = ਚੁਣੋ ਕਿ ਕੀ ਦਿਖਾਉਣਾ ਹੈ, ਫਿਰ ਕੋਡ ਨੂੰ ਕਾਪੀ ਕਰਕੇ ਆਪਣੇ ਵੈੱਬ ਪੰਨੇ ਵਿੱਚ ਪਾਓ। ਗਾਈਡਾਂ ਤੁਹਾਡੇ ਪੰਨੇ ਦੇ ਅੰਦਰ ਦਿਖਾਈ ਦਿੰਦੀਆਂ ਹਨ। ਇਹ ਤੁਹਾਡੀ ਸਾਈਟ ਵਰਤਣ ਵਾਲੇ ਲੋਕਾਂ ਬਾਰੇ ਕੁਝ ਵੀ ਨਹੀਂ ਭੇਜਦਾ।
embed-journey = ਦਿਖਾਉਣ ਲਈ ਗਾਈਡ
embed-all-guides = ਸਾਰੀਆਂ ਗਾਈਡਾਂ, ਸੂਚੀ ਵਜੋਂ
embed-language = ਇਹ ਕਿਸ ਭਾਸ਼ਾ ਵਿੱਚ ਖੁੱਲ੍ਹੇ
embed-accent = ਤੁਹਾਡੀ ਵੈੱਬਸਾਈਟ ਦਾ ਮੁੱਖ ਰੰਗ (ਜੇ ਤੁਸੀਂ ਚਾਹੋ)
embed-accent-hint = ਇੱਕ # ਅਤੇ ਉਸ ਤੋਂ ਬਾਅਦ ਛੇ ਅੱਖਰ ਜਾਂ ਨੰਬਰ, ਜਿਵੇਂ #00703c।
embed-accent-bad = ਇਹ ਰੰਗ ਦਾ ਕੋਡ ਨਹੀਂ ਹੈ। ਇਸ ਨੂੰ #00703c ਵਾਂਗ ਲਿਖੋ।
embed-accent-low-contrast = ਇਹ ਰੰਗ ਇੰਨਾ ਹਲਕਾ ਹੈ ਕਿ ਫਿੱਕੇ ਪੰਨੇ 'ਤੇ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾਂਦਾ। ਇਸ ਦਾ ਕੰਟ੍ਰਾਸਟ { $ratio }:1 ਹੈ, ਅਤੇ ਘੱਟੋ-ਘੱਟ 4.5:1 ਚਾਹੀਦਾ ਹੈ। ਕੋਈ ਗੂੜ੍ਹਾ ਰੰਗ ਚੁਣੋ। ਉਦੋਂ ਤੱਕ ਗਾਈਡ ਆਪਣਾ ਨੀਲਾ ਰੰਗ ਹੀ ਰੱਖੇਗੀ।
embed-list = ਅਖ਼ੀਰ ਵਿੱਚ ਹੋਰ ਗਾਈਡਾਂ ਦੀ ਸੂਚੀ ਦਿਖਾਓ
embed-code = ਤੁਹਾਡੇ ਵੈੱਬ ਪੰਨੇ ਲਈ ਕੋਡ
embed-copy = ਕੋਡ ਕਾਪੀ ਕਰੋ
embed-copied = ਕਾਪੀ ਹੋ ਗਿਆ
embed-preview = ਇਹ ਕਿਵੇਂ ਦਿਖਾਈ ਦੇਵੇਗਾ
embed-hosting = ਇਹ ਕੋਡ ਕਿਸੇ ਵੀ ਅਜਿਹੀ ਵੈੱਬਸਾਈਟ 'ਤੇ ਕੰਮ ਕਰਦਾ ਹੈ ਜੋ ਤੁਹਾਨੂੰ ਫ਼ਰੇਮ (frame) ਜੋੜਨ ਦਿੰਦੀ ਹੈ। ਇਸ ਲਈ ਕਿਸੇ ਖਾਤੇ (account) ਦੀ ਲੋੜ ਨਹੀਂ, ਅਤੇ ਇਹ ਕੋਈ ਕੂਕੀਜ਼ ਨਹੀਂ ਰੱਖਦਾ।

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = ਸਾਰੇ ਕਦਮ ਇੱਕ ਨਜ਼ਰ ਵਿੱਚ
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = ਆਸਾਨੀ ਨਾਲ ਪੜ੍ਹਨ ਵਾਲਾ ਰੂਪ
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = ਆਸਾਨੀ ਨਾਲ ਪੜ੍ਹਨ ਵਾਲਾ ਰੂਪ (ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ)
