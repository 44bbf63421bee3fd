//! Step 1, the short form: the vendor (one choice for how its principal is given, showing the one
//! field that choice needs), the bucket, and the rest behind "More options", which opens by
//! itself when any of them has a value or a finding. What the vendor locked is a summary card.

use leptos::prelude::*;

use crate::ui::derived;
use crate::ui::field::SpecField;
use crate::ui::language::{self, words};
use crate::ui::locked_summary::LockedSummary;
use rolesmith_core::finding::{Finding, Location};
use rolesmith_core::form::{PrincipalChoice, Section};
use rolesmith_core::lang::{msg, Message};
use rolesmith_core::param::Param;
use rolesmith_core::spec::{self, Spec};

/// One row of a section: a field, or the choice of how the vendor's principal is given.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Row {
    Field(Param),
    PrincipalChoice,
}

#[component]
pub fn GrantForm(
    spec: RwSignal<Spec>,
    /// Every finding of the current inputs.
    #[prop(into)]
    findings: Signal<Vec<Finding>>,
    locked: StoredValue<Vec<Param>>,
) -> impl IntoView {
    let is_locked = move |param: Param| locked.with_value(|locked| locked.contains(&param));
    // The principal is chosen here unless the vendor fixed any part of it.
    let principal_params = [Param::Account, Param::User, Param::Role, Param::Principal];
    let choosable = !principal_params.iter().any(|&param| is_locked(param));
    let rows = move |spec: &Spec, section: Section| {
        let mode = spec.mode();
        let choice = spec.principal_choice();
        let mut rows = Vec::new();
        for param in spec::fields(mode)
            .into_iter()
            .filter(|&param| Section::of(param) == section && spec.offers(param))
        {
            if param == Param::Account && choosable {
                rows.push(Row::PrincipalChoice);
            }
            // A value given for another choice still shows, with whatever it has to say. When the
            // vendor fixed the principal, only the parts it left open with a value show.
            let chosen = if choosable { choice.params().contains(&param) } else { false };
            let unchosen = principal_params.contains(&param) && !chosen && spec.get(param).trim().is_empty();
            if !unchosen && !is_locked(param) {
                rows.push(Row::Field(param));
            }
        }
        rows
    };
    let row = move |row: Row| match row {
        Row::Field(param) => view! { <SpecField spec findings param /> }.into_any(),
        Row::PrincipalChoice => view! { <PrincipalChoiceField spec /> }.into_any(),
    };
    // Each section's rows are followed (see `derived`): a keystroke reaches them only when they
    // change.
    let rows_of = move |section: Section| derived::follow(spec, move |spec| rows(spec, section));
    let (vendor_rows, bucket_rows, more_rows) =
        (rows_of(Section::Vendor), rows_of(Section::Bucket), rows_of(Section::MoreOptions));
    let section = move |rows: ReadSignal<Vec<Row>>| {
        view! {
            <div class="rows">
                <For each=move || rows.get() key=|row| *row let:item>
                    {row(item)}
                </For>
            </div>
        }
    };
    // A box whose every field the vendor locked is not drawn: no empty frame under a legend.
    let fieldset = move |rows: ReadSignal<Vec<Row>>, legend: Message| {
        let legend = words(legend);
        view! {
            <Show when=move || !rows.read().is_empty()>
                <fieldset>
                    <legend>{legend.clone()}</legend>
                    {section(rows)}
                </fieldset>
            </Show>
        }
    };
    // "More options" opens by itself when one of them holds a value or has something to say, or
    // a message elsewhere asks for one of them ("enter the key's ARN under KMS key").
    let user_opened = RwSignal::new(false);
    let needs_attention = derived::follow(spec, move |spec| {
        let findings = findings.read();
        more_rows.read().iter().any(|&row| match row {
            Row::Field(param) => {
                !spec.get(param).trim().is_empty()
                    || findings.iter().any(|finding| {
                        finding.at == Location::Field(param) || finding.problem.asks_for() == Some(param)
                    })
            }
            Row::PrincipalChoice => false,
        })
    });
    let locked_fields: Vec<Param> = locked.get_value().into_iter().filter(|param| param.is_field()).collect();
    let summary =
        (!locked_fields.is_empty()).then(|| view! { <LockedSummary spec findings locked=locked_fields /> });
    view! {
        <form class="form" aria-label=words(msg::form_name()) on:submit=|ev| ev.prevent_default()>
            <h2 class="step-title">{words(msg::form_step())}</h2>
            {summary}
            {fieldset(vendor_rows, msg::form_vendor())}
            {fieldset(bucket_rows, msg::form_bucket())}
            <details
                class="more"
                prop:open=move || user_opened.get() || needs_attention.get()
                on:toggle:target=move |ev| user_opened.set(ev.target().open())
            >
                <summary>{words(msg::form_more())} <span class="hint">" " {words(msg::form_more_hint())}</span></summary>
                {section(more_rows)}
            </details>
        </form>
    }
}

/// The radio group for how the vendor's principal is given. Switching sets aside what the new
/// choice doesn't use (the core keeps it), so nothing typed is lost.
#[component]
fn PrincipalChoiceField(spec: RwSignal<Spec>) -> impl IntoView {
    let chosen = derived::follow(spec, Spec::principal_choice);
    let lang = language::current();
    let legend = move || spec.read().whom().text(lang.get());
    let options = PrincipalChoice::ALL
        .into_iter()
        .map(|choice| {
            let id = format!("principal-choice-{}", choice.as_str());
            let input_id = id.clone();
            view! {
                <label class="radio" for=id>
                    <input
                        type="radio"
                        id=input_id
                        name="principal_choice"
                        value=choice.as_str()
                        prop:checked=move || chosen.get() == choice
                        on:change=move |_| spec.update(|spec| spec.choose_principal(choice))
                    />
                    {words(choice.label())}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="choice">
            <legend>{legend}</legend>
            <div class="radios">{options}</div>
        </fieldset>
    }
}
