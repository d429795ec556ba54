//! Where a message appears, in words a translator can act on: the page and the step.

use crate::journeys;

/// "/pl/referral/: step 2 of 5", "every page: the safety line", ….
pub fn location(id: &str, locale: &str) -> String {
    for journey in journeys::ALL {
        if id == journey.id {
            return format!("/{locale}/{}/: the guide's title, summary and opening words; its title on the home page", journey.id);
        }
        if let Some(index) = journey.steps.iter().position(|step| step.message == id) {
            return format!("/{locale}/{}/: step {} of {}", journey.id, index + 1, journey.steps.len());
        }
    }
    let (page, part) = match id {
        id if id.starts_with("safety-") || id.starts_with("-emergency") || id.starts_with("-urgent") => ("every page", "the safety line: who to call when"),
        id if id.starts_with("source-") => ("every guide", "the list of sources at its end (publication titles may stay in English)"),
        id if id.starts_with("who-") => ("every guide", "who does a step"),
        id if id.starts_with("contact-") => ("every guide", "how to reach who does a step"),
        id if id.starts_with("timing-") => ("guides with a time limit", "the event a time limit counts from"),
        id if id.starts_with("make-link-") || id.starts_with("sms-") || id.starts_with("embed-") || id.starts_with("config-") => {
            ("the staff pages", "the link maker and embed maker (sms-message is the text message patients get)")
        }
        id if id.starts_with("desk-") => ("the desk pages", "reception's screen"),
        _ => ("several pages", "the site's own words"),
    };
    format!("/{locale}/…: {page}, {part}")
}

#[cfg(test)]
mod tests {
    use super::location;

    #[test]
    fn a_step_is_placed_on_its_guide() {
        assert_eq!(location("referral-sent", "pl"), "/pl/referral/: step 1 of 5".replace("5", &crate::journeys::find("referral").unwrap().steps.len().to_string()));
        assert!(location("safety-urgent", "pl").contains("the safety line"));
    }
}
