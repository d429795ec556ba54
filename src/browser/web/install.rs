//! Adding the app to the device: the service worker and the web app manifest.

/// Registers the service worker, so pages open again without a signal, and links the
/// web app manifest, so the app can be added to the home screen. Both wait for the app
/// to start: neither is needed to read the page, and their requests would otherwise
/// share a slow connection with its words. Browsers without a service worker (or that
/// refuse it) just carry on.
pub fn make_installable() {
    let Some(window) = web_sys::window() else { return };
    let root = crate::browser::site_root_folder();
    let _ = window.navigator().service_worker().register(&format!("{root}sw.js"));
    let Some(document) = window.document() else { return };
    let (Ok(link), Some(head)) = (document.create_element("link"), document.head()) else { return };
    let _ = link.set_attribute("rel", "manifest");
    let _ = link.set_attribute("href", &format!("{root}manifest.webmanifest"));
    let _ = head.append_child(&link);
}
