//! What the vendor set and locked, as a compact card instead of a column of greyed inputs. Each
//! value is a read-only control named for its parameter, with its label, drawn as plain text:
//! shown whole (it wraps), in words where it is a choice, and announced as what it is.

use leptos::prelude::*;

use crate::ui::language::{self, words};
use rolesmith_core::finding::{Finding, Location, Severity};
use rolesmith_core::form;
use rolesmith_core::lang::msg;
use rolesmith_core::param::Param;
use rolesmith_core::spec::Spec;

#[component]
pub fn LockedSummary(
    spec: RwSignal<Spec>,
    #[prop(into)] findings: Signal<Vec<Finding>>,
    locked: Vec<Param>,
) -> impl IntoView {
    let lang = language::current();
    // Shown as what the link set, never as the vendor's own word: anyone can write a link.
    let published = move || spec.read().published_note(&findings.read()).map(|note| note.text(lang.get()));
    let rows = locked
        .into_iter()
        .filter(|param| param.is_field())
        .filter_map(|param| Some((param, form::field_text(param)?.label)))
        .map(|(param, label)| {
            let id = format!("locked-{param}");
            // Errors and warnings on a value the customer can't change still show, linked to it.
            let messages = move |errors: bool| {
                let lang = lang.get();
                findings
                    .read()
                    .iter()
                    .filter(|f| f.at == Location::Field(param) && (f.severity() == Severity::Error) == errors)
                    .map(|finding| finding.message().text(lang))
                    .collect::<Vec<_>>()
            };
            let (error_id, warning_id) = (format!("{id}-error"), format!("{id}-warning"));
            let label_for = id.clone();
            let described_by = {
                let (error_id, warning_id) = (error_id.clone(), warning_id.clone());
                move || {
                    let mut ids = Vec::new();
                    ids.extend((!messages(true).is_empty()).then(|| error_id.clone()));
                    ids.extend((!messages(false).is_empty()).then(|| warning_id.clone()));
                    (!ids.is_empty()).then(|| ids.join(" "))
                }
            };
            let list = move |errors: bool, list_id: String| {
                move || {
                    let messages = messages(errors);
                    (!messages.is_empty()).then(|| {
                        let items = messages.into_iter().map(|message| view! { <li>{message}</li> }).collect_view();
                        if errors {
                            view! { <ul class="error" id=list_id.clone() data-error-for=param.as_str()>{items}</ul> }.into_any()
                        } else {
                            view! { <ul class="warning" id=list_id.clone() data-warning-for=param.as_str()>{items}</ul> }.into_any()
                        }
                    })
                }
            };
            // A choice, a flag or nothing reads as words ("Read: list and download", "Yes",
            // "Empty") in a disabled select that keeps the parameter's value; any other value
            // whole, wrapping, in a read-only text area.
            let raw = move || spec.read().get(param).to_owned();
            let as_words = form::choices(param).is_some() || param.is_flag();
            let control = move || {
                let raw = raw();
                if as_words || raw.trim().is_empty() {
                    let words = form::value_label(param, &raw).text(lang.get());
                    view! {
                        <select class="locked-value" disabled id=id.clone() name=param.as_str() aria-describedby=described_by.clone()>
                            <option value=raw selected>{words}</option>
                        </select>
                    }
                    .into_any()
                } else {
                    view! {
                        <textarea class="locked-value" readonly rows="1" id=id.clone() name=param.as_str() prop:value=raw aria-describedby=described_by.clone()></textarea>
                    }
                    .into_any()
                }
            };
            view! {
                <div class="locked-row">
                    <dt><label for=label_for>{words(label)}</label></dt>
                    <dd>{control}</dd>
                    // Messages take the card's whole width, under the value they concern.
                    <dd class="row-messages">{list(true, error_id)}{list(false, warning_id)}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="locked" aria-labelledby="locked-heading">
            <h3 id="locked-heading">{words(msg::locked_heading())}</h3>
            <p class="hint">{words(msg::locked_hint())}</p>
            {move || published().map(|note| view! { <p class="published">{note}</p> })}
            <dl>{rows}</dl>
        </section>
    }
}
