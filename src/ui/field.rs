//! One form field: label, control, hint, and the field's errors and warnings, linked for
//! assistive technology. The value is shown exactly as typed; validation never rewrites it.

use leptos::prelude::*;

use crate::ui::browser;
use crate::ui::derived;
use crate::ui::language::{self, words};
use rolesmith_core::finding::{Finding, Location, Severity};
use rolesmith_core::form::{self, Control, FieldText};
use rolesmith_core::lang::msg;
use rolesmith_core::model::parse_flag;
use rolesmith_core::param::Param;
use rolesmith_core::spec::Spec;

/// How many new fragments the page has followed ([`start`](crate::ui::start) counts them): a
/// field's visit belongs to one arrival, so a link the page follows finds every field unvisited.
#[derive(Clone, Copy)]
pub struct Arrival(pub ReadSignal<u32>);

impl Arrival {
    /// The page's count; a page that never follows its address (the kit) stays at its first.
    fn current() -> ReadSignal<u32> {
        use_context::<Arrival>().map_or_else(|| signal(0).0, |arrival| arrival.0)
    }
}

#[component]
pub fn Field(
    param: Param,
    /// The value as typed.
    #[prop(into)]
    value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    /// This field's findings.
    #[prop(into)]
    findings: Signal<Vec<Finding>>,
    /// The value an empty field stands for, if any.
    #[prop(into)]
    placeholder: Signal<Option<String>>,
) -> impl IntoView {
    // Only a parameter that no field edits (`lock`) has no words, and no field.
    let Some(FieldText { label, hint, example, control }) = form::field_text(param) else {
        return ().into_any();
    };
    let checkbox = matches!(control, Control::Checkbox);
    let lang = language::current();
    let id = format!("field-{param}");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let warning_id = format!("{id}-warning");
    // "Enter the bucket name" stands from the start (the outputs wait for it), but it is only
    // news once the user has been in the field: until then it reads as a calm note, not an alarm.
    // Been in it since the page came to its address: a link the page follows is a fresh start.
    let arrival = Arrival::current();
    let touched_at = RwSignal::new(None);
    let touched = move || touched_at.get() == Some(arrival.get());
    // Set once an arrival, not at every keystroke: each set would wake what reads it.
    let touch = move || {
        let now = Some(arrival.get_untracked());
        if touched_at.get_untracked() != now {
            touched_at.set(now);
        }
    };
    let messages = move |wanted: fn(Severity) -> bool| {
        let lang = lang.get();
        findings.with(|findings| {
            findings
                .iter()
                .filter(|finding| wanted(finding.severity()))
                .map(|finding| finding.message().text(lang))
                .collect::<Vec<_>>()
        })
    };
    let errors = Memo::new(move |_| messages(|severity| severity == Severity::Error));
    let warnings = Memo::new(move |_| messages(|severity| severity != Severity::Error));
    let only_missing = Memo::new(move |_| findings.with(|findings| form::only_still_to_fill(findings)));
    let quiet = move || !touched() && only_missing.get();
    let described_by = {
        let (error_id, warning_id) = (error_id.clone(), warning_id.clone());
        move || {
            let mut ids = vec![hint_id.clone()];
            ids.extend((!errors.read().is_empty()).then(|| error_id.clone()));
            ids.extend((!warnings.read().is_empty()).then(|| warning_id.clone()));
            ids.join(" ")
        }
    };
    let invalid = move || (!errors.read().is_empty() && !quiet()).then_some("true");
    let input = move |raw: String| {
        touch();
        on_input.run(raw);
    };
    let control = match control {
        Control::Text => view! {
            <input
                type="text"
                id=id.clone()
                name=param.as_str()
                prop:value=move || value.get()
                placeholder=move || placeholder.get().or_else(|| example.map(|example| msg::field_example(example).text(lang.get())))
                on:input:target=move |ev| input(browser::value_of(&ev.target()))
                on:blur=move |_| touch()
                aria-invalid=invalid
                aria-describedby=described_by
                autocomplete="off"
                autocapitalize="off"
                spellcheck="false"
            />
        }
        .into_any(),
        Control::TextArea => view! {
            <textarea
                id=id.clone()
                name=param.as_str()
                rows="4"
                prop:value=move || value.get()
                on:input:target=move |ev| input(browser::value_of(&ev.target()))
                aria-invalid=invalid
                aria-describedby=described_by
                spellcheck="false"
            ></textarea>
        }
        .into_any(),
        Control::Select => {
            let choices = form::choices(param).unwrap_or_else(|| form::Choices { options: vec![], default: "" });
            let default = choices.default;
            // A value from the URL that is not an option is kept and shown, next to its error.
            let options = move || {
                let current = value.get();
                let lang = lang.get();
                let mut options: Vec<(String, String)> = choices
                    .options
                    .iter()
                    .map(|(value, label)| ((*value).to_owned(), label.text(lang)))
                    .collect();
                if !current.is_empty() && !options.iter().any(|(value, _)| *value == current) {
                    options.push((current.clone(), current));
                }
                options
            };
            let is_selected = move |option: &str| {
                let current = value.get();
                current == option || (current.is_empty() && option == default)
            };
            view! {
                <select
                    id=id.clone()
                    name=param.as_str()
                    on:change:target=move |ev| input(ev.target().value())
                        aria-invalid=invalid
                    aria-describedby=described_by
                >
                    {move || {
                        options()
                            .into_iter()
                            .map(|(option, label)| {
                                let selected = is_selected(&option);
                                // A language is offered by its name in itself, in its own language.
                                let lang = (param == Param::Lang && !option.is_empty()).then(|| option.clone());
                                view! { <option value=option lang=lang prop:selected=selected>{label}</option> }
                            })
                            .collect_view()
                    }}
                </select>
            }
            .into_any()
        }
        Control::Checkbox => view! {
            <input
                type="checkbox"
                id=id.clone()
                name=param.as_str()
                value="true"
                prop:checked=move || parse_flag(value.get().trim()).unwrap_or(false)
                on:change:target=move |ev| input(if ev.target().checked() { "true".into() } else { String::new() })
                aria-invalid=invalid
                aria-describedby=described_by
            />
        }
        .into_any(),
    };
    // A value AWS handed out in place of the name (`s3://acme-app-logs/`): offered, one click.
    let replacement = Memo::new(move |_| {
        findings.with(|findings| findings.iter().find_map(|f| f.problem.replacement().map(str::to_owned)))
    });
    let offer = {
        let id = id.clone();
        move || {
            replacement.get().map(|value| {
                let id = id.clone();
                let label = msg::field_use_value(value.as_str()).text(lang.get());
                view! {
                    <button type="button" class="secondary use-value" data-use-for=param.as_str() on:click=move |_| {
                        input(value.clone());
                        browser::focus_element(&id);
                    }>
                        {label}
                    </button>
                }
            })
        }
    };
    view! {
        <div
            class="field"
            class:checkbox=checkbox
            class:half=matches!(param, Param::Vendor | Param::Mode)
            class:invalid=move || invalid().is_some()
        >
            <label for=id>{words(label)}</label>
            {control}
            <p class="hint" id=format!("field-{param}-hint")>{words(hint)}</p>
            <div class="messages" aria-live="polite">
                {move || {
                    (!errors.read().is_empty())
                        .then(|| {
                            view! {
                                <ul
                                    class=move || if quiet() { "required" } else { "error" }
                                    id=error_id.clone()
                                    data-error-for=param.as_str()
                                >
                                    {errors.get().into_iter().map(|message| view! { <li>{message}</li> }).collect_view()}
                                </ul>
                            }
                        })
                }}
                {move || {
                    (!warnings.read().is_empty())
                        .then(|| {
                            view! {
                                <ul class="warning" id=warning_id.clone() data-warning-for=param.as_str()>
                                    {warnings.get().into_iter().map(|message| view! { <li>{message}</li> }).collect_view()}
                                </ul>
                            }
                        })
                }}
                {offer}
            </div>
        </div>
    }
    .into_any()
}

/// The [`Field`] of one parameter of a spec: its value, its own findings, and the name an empty
/// field stands for (unless `no_default`, as in the vendor kit, where empty means "not fixed").
#[component]
pub fn SpecField(
    spec: RwSignal<Spec>,
    /// Every finding; the field shows its own.
    #[prop(into)]
    findings: Signal<Vec<Finding>>,
    param: Param,
    #[prop(optional)] no_default: bool,
) -> impl IntoView {
    // Followed: a keystroke in one field changes the spec, and only what changed with it (that
    // field's value, a default name) may wake the page.
    let own = derived::follow(findings, move |findings| {
        findings.iter().filter(|finding| finding.at == Location::Field(param)).cloned().collect::<Vec<_>>()
    });
    let value = derived::follow_part(spec, move |spec| spec.get(param));
    let placeholder: Signal<Option<String>> = if no_default || !Spec::has_default(param) {
        Signal::stored(None)
    } else {
        derived::follow(spec, move |spec| spec.default_value(param)).into()
    };
    view! {
        <Field
            param
            value
            on_input=Callback::new(move |value: String| spec.update(|spec| spec.edit(param, value)))
            findings=own
            placeholder
        />
    }
}
