//! What the vendor set and locked, as a compact card instead of a column of greyed inputs. Each
//! value is a read-only control named for its parameter, with its label, drawn as plain text:
//! selectable, and announced as what it is.

use leptos::prelude::*;

use crate::ui::field_text::field_text;
use rolesmith_core::finding::{Finding, Location, Severity};
use rolesmith_core::param::Param;
use rolesmith_core::spec::Spec;

#[component]
pub fn LockedSummary(
    spec: RwSignal<Spec>,
    #[prop(into)] findings: Signal<Vec<Finding>>,
    locked: Vec<Param>,
) -> impl IntoView {
    let heading = move || {
        let vendor = spec.read().get(Param::Vendor).trim().to_owned();
        if vendor.is_empty() {
            "Set by the vendor".to_owned()
        } else {
            format!("Set by {vendor}")
        }
    };
    let rows = locked
        .into_iter()
        .filter(|param| param.is_field())
        .map(|param| {
            let id = format!("locked-{param}");
            let errors = move || {
                findings
                    .read()
                    .iter()
                    .filter(|f| f.at == Location::Field(param) && f.severity() == Severity::Error)
                    .map(Finding::to_string)
                    .collect::<Vec<_>>()
            };
            let value = move || {
                let value = spec.read().get(param).to_owned();
                if value.is_empty() {
                    "(not set)".to_owned()
                } else {
                    value
                }
            };
            view! {
                <div class="locked-row">
                    <dt><label for=id.clone()>{field_text(param).label}</label></dt>
                    <dd>
                        <input type="text" class="locked-value" readonly id=id name=param.as_str() prop:value=value />
                        {move || {
                            let errors = errors();
                            (!errors.is_empty()).then(|| view! {
                                <ul class="error" data-error-for=param.as_str()>
                                    {errors.into_iter().map(|message| view! { <li>{message}</li> }).collect_view()}
                                </ul>
                            })
                        }}
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="locked" aria-labelledby="locked-heading">
            <h3 id="locked-heading">{heading}</h3>
            <dl>{rows}</dl>
        </section>
    }
}
