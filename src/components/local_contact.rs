use fluent_bundle::FluentArgs;
use leptos::prelude::*;

use crate::i18n::{use_i18n, MessageRef};
use crate::link::{Phone, WebAddress};
use crate::local_config::Service;
use crate::route::{Mode, Route};

/// Where a link goes in a contact line's text.
const LINK_HOLE: char = '\u{E040}';

/// How to reach a step's contact when the area's local config names the service:
/// "Ring the Dermatology appointments team on 020 7946 0101.", when the phone is
/// answered, and its web page. On a desk screen the number is text, not a link.
#[component]
pub fn LocalContact(service: Service) -> impl IntoView {
    let i18n = use_i18n();
    let callable = expect_context::<Route>().mode != Mode::Desk;
    let name = service.name.get(i18n.locale().code).to_string();
    let phone = service.phone.as_deref().and_then(Phone::parse);
    let website = service.website.as_deref().and_then(WebAddress::parse);
    // A message with a link in it: the words around the hole, then the link.
    let around_link = |id: &str, variable: &str, link: AnyView| {
        let mut args = FluentArgs::new();
        args.set("service", name.clone());
        args.set(variable, LINK_HOLE.to_string());
        let text = i18n.format(MessageRef::new(id), Some(&args));
        let (before, after) = text.split_once(LINK_HOLE).unwrap_or((&text, ""));
        view! { {before.to_string()}{link}{after.to_string()} }
    };
    let first = match &phone {
        Some(phone) if callable => around_link(
            "contact-local-phone",
            "phone",
            view! { <a class="contact__phone" href=phone.href() dir="ltr">{phone.display()}</a> }.into_any(),
        )
        .into_any(),
        Some(phone) => around_link("contact-local-phone", "phone", view! { <span dir="ltr">{phone.display()}</span> }.into_any()).into_any(),
        None => {
            let mut args = FluentArgs::new();
            args.set("service", name.clone());
            i18n.format(MessageRef::new("contact-local-other"), Some(&args)).into_any()
        }
    };
    let hours = service.hours.as_ref().filter(|_| phone.is_some()).map(|hours| {
        let mut args = FluentArgs::new();
        args.set("hours", hours.get(i18n.locale().code).to_string());
        view! { <p class="contact__hours">{i18n.format(MessageRef::new("contact-local-hours"), Some(&args))}</p> }
    });
    let website = website.map(|website| {
        let link = if callable {
            view! { <a href=website.href() rel="noreferrer" dir="ltr">{website.display().to_string()}</a> }.into_any()
        } else {
            view! { <span dir="ltr">{website.display().to_string()}</span> }.into_any()
        };
        view! { <p class="contact__website">{around_link("contact-local-website", "website", link)}</p> }
    });
    view! {
        <div class="contact contact--local">
            <p>{first}</p>
            {hours}
            {website}
        </div>
    }
}
