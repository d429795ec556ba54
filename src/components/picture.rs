use leptos::prelude::*;

use crate::easy_read::picture::Picture;
use crate::route::SiteRoot;

/// One of the shared pictures (a file at the site's root, fetched once). `alt`: its
/// words when the text beside it does not already say what it shows; without them the
/// picture is decorative (`alt=""`), which screen readers pass over.
#[component]
pub fn PictureImage(picture: Picture, #[prop(optional, into)] alt: String, #[prop(default = 48)] size: u32) -> impl IntoView {
    let root = expect_context::<SiteRoot>();
    view! { <img class="picture" src=root.file(&picture.file_name()) alt=alt width=size height=size/> }
}
