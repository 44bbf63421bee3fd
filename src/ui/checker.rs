//! The policy checker: paste a trust or permissions policy, see each finding by line, copy the
//! least-privilege equivalent or load it into the form. All judgement comes from `check::check`.

use leptos::prelude::*;

use crate::ui::copy_button::CopyButton;
use crate::ui::language::{self, words};
use rolesmith_core::check::{self, Report};
use rolesmith_core::finding::Severity;
use rolesmith_core::lang::{msg, Message};
use rolesmith_core::policy::kind::DocKind;
use rolesmith_core::spec::Spec;

#[component]
pub fn Checker(
    /// Receives the fix's inputs, and what kind of policy they came from, when the user loads it.
    #[prop(into)]
    on_load: Callback<(Spec, DocKind)>,
) -> impl IntoView {
    let lang = language::current();
    let (pasted, set_pasted) = signal(String::new());
    let report = Memo::new(move |_| {
        let pasted = pasted.read();
        (!pasted.trim().is_empty()).then(|| check::check(&pasted, None))
    });
    let fix_text = Signal::derive(move || report.read().as_ref()?.fix.as_ref()?.text.clone());
    let summary = move || report.read().as_ref().map(|report| summarise(report).text(lang.get()));
    let findings = move || {
        report.read().as_ref().map_or_else(Vec::new, |report| report.findings.clone()).into_iter().map(|located| {
            let finding = located.finding;
            let source = finding.problem.source();
            let message = finding.message();
            view! {
                <li data-finding=finding.code() data-severity=finding.severity().as_str()>
                    <span class="line">{words(msg::checker_line(located.line))}</span>
                    " " {move || message.text(lang.get())} " "
                    {source.map(|href| view! { <a href=href target="_blank" rel="noreferrer">{words(msg::checker_docs())}</a> })}
                </li>
            }
        }).collect_view()
    };
    let load = move |_| {
        let loaded = report
            .read_untracked()
            .as_ref()
            .and_then(|report| Some((report.fix.clone()?.spec, report.kind?)));
        if let Some(loaded) = loaded {
            on_load.run(loaded);
        }
    };
    let has_fix = move || report.read().as_ref().is_some_and(|report| report.fix.is_some());
    let fix = move || {
        has_fix().then(|| {
            view! {
                <div class="output-head">
                    <h3 id="output-check-fix">{words(msg::checker_fix_heading())}</h3>
                    <div class="buttons">
                        {move || fix_text.read().is_some().then(|| view! { <CopyButton name="check-fix" what=msg::checker_fix_what() text=fix_text /> })}
                        <button type="button" class="primary" data-action="load-into-form" on:click=load>{words(msg::checker_load())}</button>
                    </div>
                </div>
                {move || {
                    fix_text.get().map(|fix| view! {
                        <pre data-output="check-fix" tabindex="0" aria-labelledby="output-check-fix">{fix}</pre>
                    })
                }}
                {move || fix_text.read().is_none().then(|| view! {
                    <p class="hint">{words(msg::checker_fix_incomplete())}</p>
                })}
            }
        })
    };
    view! {
        <section class="checker output" aria-labelledby="checker-heading">
            <h2 id="checker-heading">{words(msg::checker_heading())}</h2>
            <label for="check">{words(msg::checker_label())}</label>
            <textarea
                id="check"
                name="check"
                rows="10"
                spellcheck="false"
                aria-describedby="check-summary"
                prop:value=move || pasted.get()
                on:input:target=move |ev| set_pasted.set(ev.target().value())
            ></textarea>
            <div aria-live="polite">
                <p id="check-summary" class="hint">{summary}</p>
                <ul class="findings">{findings}</ul>
            </div>
            {fix}
        </section>
    }
}

/// One sentence: what was pasted and how many problems of each kind it has.
fn summarise(report: &Report) -> Message {
    let kind = match report.kind {
        Some(DocKind::Trust) => msg::checker_kind_trust(),
        Some(DocKind::Permissions) => msg::checker_kind_permissions(),
        Some(DocKind::Bucket) => msg::checker_kind_bucket(),
        None => msg::checker_kind_unknown(),
    };
    let count = |severity| report.findings.iter().filter(|f| f.finding.severity() == severity).count();
    msg::checker_summary(kind, count(Severity::Error), count(Severity::Warning), count(Severity::Suggestion))
}
