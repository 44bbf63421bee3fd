//! Notices about the link as a whole (unknown parameters, values left out of the share link, page
//! options that can't be used): one notice per kind, each listing its findings.

use leptos::prelude::*;

use crate::ui::language;
use rolesmith_core::finding::Finding;
use rolesmith_core::form;

#[component]
pub fn Notices(#[prop(into)] findings: Signal<Vec<Finding>>) -> impl IntoView {
    let lang = language::current();
    let notices = move || {
        let lang = lang.get();
        let mut notices: Vec<(&'static str, Vec<String>)> = Vec::new();
        for finding in findings.read().iter() {
            let Some(kind) = form::notice_kind(finding) else { continue };
            let message = finding.message().text(lang);
            match notices.iter_mut().find(|(known, _)| *known == kind) {
                Some((_, messages)) => messages.push(message),
                None => notices.push((kind, vec![message])),
            }
        }
        notices
            .into_iter()
            .map(|(kind, messages)| {
                view! {
                    <div class="notice" role="note" data-notice=kind>
                        {messages.into_iter().map(|message| view! { <p>{message}</p> }).collect_view()}
                    </div>
                }
            })
            .collect_view()
    };
    view! { {notices} }
}
