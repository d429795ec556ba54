use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::browser;
use crate::qr;

/// Which address a QR code opens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum QrTarget {
    /// This page as the patient has it, with their details (for a printed handout).
    ThisPage,
    /// A path on this site (a desk page's own patient page).
    Path(String),
}

/// A QR code made on the device for an address on this site. Nothing is rendered
/// until the browser knows the site's address.
#[island]
pub fn QrCode(target: QrTarget, caption: String, class: String) -> impl IntoView {
    let address = RwSignal::new(None::<String>);
    Effect::new(move || {
        address.set(Some(match &target {
            QrTarget::ThisPage => browser::href(),
            QrTarget::Path(path) => format!("{}{path}", browser::origin()),
        }))
    });
    move || {
        let drawing = address.get().and_then(|address| qr::draw(&address))?;
        Some(view! {
            <figure class=class.clone()>
                <QrSvg drawing=drawing label=caption.clone()/>
                <figcaption>{caption.clone()}</figcaption>
            </figure>
        })
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
