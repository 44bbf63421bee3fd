//! The policy checker: paste a trust or permissions policy, see each finding by line, copy the
//! least-privilege equivalent or load it into the form. All judgement comes from `check::check`,
//! which runs in a web worker started on the first text to check (`checker_worker.rs`), so a
//! page that never checks a policy never downloads the checker (issue 23).

use leptos::prelude::*;

use crate::checker_protocol::Checked;
use crate::ui::browser;
use crate::ui::checker_worker::{Answer, CheckerWorker};
use crate::ui::copy_button::CopyButton;
use crate::ui::language::{self, words};
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
    let (answer, set_answer) = signal(Answer::Nothing);
    let worker = StoredValue::new_local(CheckerWorker::new(set_answer));
    // The number of the question about the text in the box.
    let asked = StoredValue::new(0);
    let edit = move |text: String| {
        set_pasted.set(text.clone());
        asked.set_value(worker.with_value(|worker| worker.ask(text)));
    };
    let report = Memo::new(move |_| match &*answer.read() {
        Answer::Checked(_, report) => Some(report.clone()),
        _ => None,
    });
    let loading = move || *answer.read() == Answer::Loading;
    let fix_text = Signal::derive(move || report.read().as_ref()?.fix.as_ref()?.text.clone());
    let summary = move || {
        let said = match &*answer.read() {
            Answer::Nothing => return None,
            Answer::Loading => msg::checker_loading(),
            Answer::Checked(_, report) => summarise(report),
            Answer::Failed => msg::checker_failed(),
        };
        Some(said.text(lang.get()))
    };
    let findings = move || {
        report.read().as_ref().map_or_else(Vec::new, |report| report.findings.clone()).into_iter().map(|shown| {
            let message = shown.message;
            view! {
                <li data-finding=shown.code data-severity=shown.severity.as_str()>
                    <span class="line">{words(msg::checker_line(shown.line))}</span>
                    " " {move || message.text(lang.get())} " "
                    {shown.source.map(|href| view! { <a href=href target="_blank" rel="noreferrer">{words(msg::checker_docs())}</a> })}
                </li>
            }
        }).collect_view()
    };
    let load = move |_| {
        // Only the report on the text in the box: between an edit and its answer the one before
        // stays in view, but its fix is not the one to load.
        let loaded = answer.with_untracked(|answer| match answer {
            Answer::Checked(number, report) if *number == asked.get_value() => {
                Some((Spec::from_url("", &report.fix.as_ref()?.fragment), report.kind?))
            }
            _ => None,
        });
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
                on:input:target=move |ev| edit(browser::value_of(&ev.target()))
            ></textarea>
            <div aria-live="polite">
                <p id="check-summary" class="hint">{summary}</p>
                <ul class="findings" aria-busy=move || loading().then_some("true")>{findings}</ul>
            </div>
            {fix}
        </section>
    }
}

/// One sentence: what was pasted and how many problems of each kind it has.
fn summarise(report: &Checked) -> Message {
    let kind = match report.kind {
        Some(DocKind::Trust) => msg::checker_kind_trust(),
        Some(DocKind::Permissions) => msg::checker_kind_permissions(),
        Some(DocKind::Bucket) => msg::checker_kind_bucket(),
        None => msg::checker_kind_unknown(),
    };
    msg::checker_summary(
        kind,
        report.count(Severity::Error),
        report.count(Severity::Warning),
        report.count(Severity::Suggestion),
    )
}
