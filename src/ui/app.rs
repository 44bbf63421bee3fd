//! The page: state is one `RwSignal<Spec>` made from the URL; everything else derives from it.

use leptos::prelude::*;

use crate::ui::checker::Checker;
use crate::ui::field::Field;
use crate::ui::field_text::{field_text, Section};
use crate::ui::output_panel::OutputPanel;
use crate::ui::share_link::ShareLink;
use crate::ui::status::Status;
use rolesmith_core::finding::{DocKind, Location};
use rolesmith_core::output::{self, OutputName};
use rolesmith_core::param::Param;
use rolesmith_core::spec::Spec;

#[component]
pub fn App(initial: Spec) -> impl IntoView {
    let locked = StoredValue::new(initial.locked());
    let embedded = initial.embedded();
    let spec = RwSignal::new(initial);
    let checked = Memo::new(move |_| spec.read().validate());
    let mode = Memo::new(move |_| spec.read().mode());
    let shown = Memo::new(move |_| output::shown(&spec.read()));
    let (status, set_status) = signal(String::new());
    provide_context(Status::new(set_status));

    let vendor = move || Some(spec.read().get(Param::Vendor).trim().to_owned()).filter(|v| !v.is_empty());
    let heading = move || match vendor() {
        Some(vendor) => format!("Give {vendor} access to your S3 bucket"),
        None => "Give a data vendor access to your S3 bucket".to_owned(),
    };
    // One notice per kind of finding about the URL, holding each such finding; the kind is the
    // finding's code, except that unknown parameters keep the contract's plural name.
    let url_notices = move || {
        let mut notices: Vec<(&'static str, Vec<String>)> = Vec::new();
        for finding in checked.read().1.iter().filter(|finding| finding.at == Location::Url) {
            let kind = match finding.code() {
                "unknown-param" => "unknown-params",
                code => code,
            };
            match notices.iter_mut().find(|(known, _)| *known == kind) {
                Some((_, messages)) => messages.push(finding.to_string()),
                None => notices.push((kind, vec![finding.to_string()])),
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
    let field = move |param: Param| {
        let findings = Signal::derive(move || {
            checked
                .read()
                .1
                .iter()
                .filter(|finding| finding.at == Location::Field(param))
                .cloned()
                .collect::<Vec<_>>()
        });
        view! {
            <Field
                param
                value=Signal::derive(move || spec.read().get(param).to_owned())
                on_input=Callback::new(move |value: String| spec.update(|spec| spec.set(param, value)))
                findings
                placeholder=Signal::derive(move || spec.read().default_value(param))
                locked=locked.with_value(|locked| locked.contains(&param))
            />
        }
    };
    let fieldset = move |section: Section, legend: &'static str| {
        let params = move || {
            rolesmith_core::spec::fields(mode.get())
                .into_iter()
                .filter(move |p| field_text(*p).section == section)
                .collect::<Vec<_>>()
        };
        view! {
            <fieldset>
                <legend>{legend}</legend>
                <For each=params key=|param| *param let:param>
                    {field(param)}
                </For>
            </fieldset>
        }
    };
    let panel = move |name: OutputName| {
        let content = Memo::new(move |_| {
            let (plan, findings) = &*checked.read();
            match plan {
                Some(plan) => output::text(plan, name).ok_or_else(String::new),
                None => Err(output::blocked(findings)),
            }
        });
        view! { <OutputPanel name mode content /> }
    };

    view! {
        <div class="app" class:embed=embedded data-ready="true">
            <header class="masthead">
                <h1>{heading}</h1>
                <p class="lede">
                    "Fill in what the vendor gave you and copy the result. Everything stays in this browser tab: nothing you type is sent anywhere."
                </p>
            </header>
            {url_notices}
            <div class="layout">
                <form class="form" aria-label="What to grant" on:submit=|ev| ev.prevent_default()>
                    {fieldset(Section::Vendor, "The vendor")}
                    {fieldset(Section::Bucket, "Your bucket")}
                    {fieldset(Section::Yours, "Your account")}
                </form>
                <div class="outputs" role="region" aria-label="Policies and commands to copy">
                    <For each=move || shown.get() key=|name| *name let:name>
                        {panel(name)}
                    </For>
                    <ShareLink spec />
                </div>
            </div>
            <Checker on_load=move |(fix, kind): (Spec, DocKind)| {
                spec.update(|spec| spec.load_fix(&fix, kind, &locked.get_value()));
                Status::new(set_status).say("Loaded the policy's values into the form.".into());
            } />
            <p class="visually-hidden" role="status" aria-live="polite">{status}</p>
        </div>
    }
}
