use super::*;

fn page(path: &str) -> Route {
    match resolve(path) {
        Resolved::Page(route) => route,
        Resolved::ChooseLocale => panic!("{path} should be a page"),
    }
}

#[test]
fn root_asks_the_browser() {
    assert_eq!(resolve("/"), Resolved::ChooseLocale);
    assert_eq!(resolve(""), Resolved::ChooseLocale);
    assert_eq!(resolve("/index.html"), Resolved::ChooseLocale);
}

#[test]
fn every_route_resolves_to_itself() {
    for route in Route::all() {
        assert_eq!(page(&route.path()), route, "{}", route.path());
        assert_eq!(page(&format!("{}index.html", route.path())), route);
    }
}

#[test]
fn unknown_locale_falls_back_to_english_and_says_so() {
    let route = page("/xx-YY/referral/");
    assert_eq!(route.locale, &EN_GB);
    assert_eq!(route.notice, Some(LanguageNotice::Unknown));
    assert!(matches!(route.page, Page::Journey(journey) if journey.id == "referral"));
}

#[test]
fn unknown_journey_is_not_found() {
    assert_eq!(page("/en-GB/no-such-guide/").page, Page::NotFound);
    assert_eq!(page("/en-GB/referral/extra/").page, Page::NotFound);
    assert_eq!(page("/en-GB/%3Cscript%3E/").page, Page::NotFound);
}

#[test]
fn desk_and_staff_pages_have_their_own_paths() {
    assert_eq!(page("/pl/desk/").mode, Mode::Desk);
    assert_eq!(page("/pl/desk/referral/").mode, Mode::Desk);
    assert_eq!(page("/pl/desk/make-link/").page, Page::NotFound);
    assert_eq!(page("/en-GB/make-link/").page, Page::MakeLink);
    for journey in journeys::ALL {
        assert!(!RESERVED_SEGMENTS.contains(&journey.id), "{} is a reserved path segment", journey.id);
    }
}

#[test]
fn embedded_pages_and_the_embed_page_have_their_own_paths() {
    assert_eq!(page("/cy/embedded/").mode, Mode::Embedded);
    assert_eq!(page("/cy/embedded/referral/").mode, Mode::Embedded);
    assert_eq!(page("/cy/embedded/nope/").page, Page::NotFound);
    assert_eq!(page("/cy/embed/").page, Page::Embed);
}

#[test]
fn easy_read_pages_have_their_own_paths() {
    let referral = journeys::find("referral").unwrap();
    assert_eq!(page("/en-GB/referral/easy-read/"), Route::new(&EN_GB, Page::EasyRead(referral)));
    assert_eq!(page("/en-GB/desk/referral/easy-read/"), Route::desk(&EN_GB, Page::EasyRead(referral)).unwrap());
    assert_eq!(page("/en-GB/embedded/referral/easy-read/"), Route::embedded(&EN_GB, Page::EasyRead(referral)).unwrap());
    assert_eq!(page("/en-GB/easy-read/").page, Page::EasyReadList);
    assert_eq!(page("/en-GB/nope/easy-read/").page, Page::NotFound);
    assert!(Route::all().any(|route| route == Route::new(&EN_GB, Page::EasyRead(referral))), "en-GB has every Easy Read");
}

#[test]
fn links_are_relative_so_the_site_works_in_any_folder() {
    let journey = page("/en-GB/referral/");
    let root = SiteRoot::of(&journey);
    assert_eq!(root.as_str(), "../../");
    assert_eq!(root.href(&journey.to(Page::Home)), "../../en-GB/");
    assert_eq!(SiteRoot::at_depth(0).href(&journey), "./en-GB/referral/");
    assert_eq!(SiteRoot::absolute("whatnext").href(&journey), "/whatnext/en-GB/referral/");
    assert_eq!(SiteRoot::absolute("/").as_str(), "/");
}

#[test]
fn the_browser_finds_the_root_folder_from_any_folder() {
    assert_eq!(root_folder("/whatnext/en-GB/referral/", "../../"), "/whatnext/");
    assert_eq!(root_folder("/whatnext/en-GB/referral/index.html", "../../"), "/whatnext/");
    assert_eq!(root_folder("/en-GB/desk/referral/", "../../../"), "/");
    assert_eq!(root_folder("/whatnext/", "./"), "/whatnext/");
    assert_eq!(root_folder("/a/b/c/d", "/whatnext/"), "/whatnext/");
    assert_eq!(root_folder("/", "../../"), "/");
    assert_eq!(path_in_site("/whatnext/en-GB/referral/", "/whatnext/"), "/en-GB/referral/");
    assert_eq!(path_in_site("/elsewhere/", "/whatnext/"), "/elsewhere/");
}

#[test]
fn journey_without_locale_opens_in_english() {
    let route = page("/referral");
    assert_eq!(route.notice, None);
    assert!(matches!(route.page, Page::Journey(_)));
}

#[test]
fn a_page_not_found_inside_a_desk_screen_or_a_frame_keeps_its_mode() {
    let polish = locale::find("pl").unwrap();
    for (path, mode) in [("/pl/desk/nope/", Mode::Desk), ("/pl/embedded/nope/", Mode::Embedded), ("/pl/embedded/nope/easy-read/", Mode::Embedded), ("/pl/nope/", Mode::Personal)] {
        assert_eq!(page(path), Route::in_mode(polish, Page::NotFound, mode).unwrap(), "{path}");
    }
    let framed = Route::embedded(polish, Page::NotFound).unwrap();
    assert_eq!(framed.path(), "/pl/embedded/not-found/");
    assert!(Route::all().any(|route| route == framed), "the framed not-found page is built");
}

#[test]
fn only_pages_a_mode_has_can_be_made_in_it() {
    assert_eq!(Route::desk(&EN_GB, Page::MakeLink), None);
    assert_eq!(Route::embedded(&EN_GB, Page::Embed), None);
    assert_eq!(Route::desk(&EN_GB, Page::EasyReadList), None);
    // A link to a page the mode lacks leads to the patient's own one.
    let desk = Route::desk(&EN_GB, Page::Home).unwrap();
    assert_eq!(desk.to(Page::MakeLink).path(), "/en-GB/make-link/");
    assert_eq!(desk.to(Page::Journey(journeys::find("referral").unwrap())).path(), "/en-GB/desk/referral/");
}
