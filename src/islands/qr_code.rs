use leptos::html::Div;
use leptos::prelude::*;

use crate::browser;
use crate::qr;

/// A QR code made on the device for an address on this site. `children`: its caption,
/// an element with class `qr-code__caption`; a `data-qr-path` on it names a page of this
/// site (its path from the site's root), otherwise the code opens this page as the
/// patient has it, details included.
#[island]
pub fn QrCode(children: Children) -> impl IntoView {
    let root = NodeRef::<Div>::new();
    let drawing = RwSignal::new(None::<(qr::QrDrawing, String)>);
    Effect::new(move || {
        let Some(root) = root.get() else { return };
        let caption = browser::text_in(&root, ".qr-code__caption");
        let address = match browser::attribute_in(&root, ".qr-code__caption", "data-qr-path") {
            Some(path) => format!("{}{}", browser::site_url(), path.trim_start_matches('/')),
            None => browser::href(),
        };
        drawing.set(qr::draw(&address).map(|drawing| (drawing, caption)));
    });
    view! {
        <div class="qr-code" node_ref=root>
            {move || drawing.get().map(|(drawing, label)| view! { <QrSvg drawing=drawing label=label/> })}
            {children()}
        </div>
    }
}

/// The SVG of a QR code drawing.
#[component]
pub fn QrSvg(drawing: qr::QrDrawing, label: String) -> impl IntoView {
    view! {
        <svg
            class="qr"
            role="img"
            aria-label=label
            viewBox=format!("0 0 {0} {0}", drawing.size)
            shape-rendering="crispEdges"
        >
            <rect width="100%" height="100%" fill="#fff"></rect>
            <path d=drawing.path fill="#000"></path>
        </svg>
    }
}
