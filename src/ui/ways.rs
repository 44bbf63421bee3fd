//! Step 2, one way of creating it at a time: a WAI-ARIA tab list (arrow keys, Home and End move
//! between tabs; only the selected tab is in the Tab order) over one panel per way. Every panel
//! stays in the page with its full text; the hidden ones are just not shown. The choice is the
//! `how` parameter, so it survives in the share link.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::console_steps::{ConsoleStepsView, StackStepsView};
use crate::ui::derived;
use crate::ui::language::{self, words};
use crate::ui::output_panel::OutputPanel;
use rolesmith_core::finding::Finding;
use rolesmith_core::lang::msg;
use rolesmith_core::model::{How, Mode};
use rolesmith_core::output::{self, OutputName};
use rolesmith_core::param::Param;
use rolesmith_core::plan::Plan;
use rolesmith_core::render::console;
use rolesmith_core::spec::Spec;

#[component]
pub fn Ways(
    spec: RwSignal<Spec>,
    /// The validated inputs: a plan when nothing blocks, and every finding.
    checked: Memo<(Option<Plan>, Vec<Finding>)>,
    mode: Signal<Mode>,
    /// The outputs the spec asks for.
    shown: Signal<Vec<OutputName>>,
    /// Whether errors stand, so there is no plan.
    blocked: Signal<bool>,
) -> impl IntoView {
    let selected = derived::follow(spec, Spec::how);
    let select = move |how: How, focus: bool| {
        spec.update(|spec| spec.set(Param::How, how.as_str().to_owned()));
        if focus {
            if let Some(tab) = document().get_element_by_id(&tab_id(how)) {
                let _ = tab.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }
    };
    let on_key = move |ev: KeyboardEvent| {
        let at = How::ALL.iter().position(|how| *how == selected.get_untracked()).unwrap_or(0);
        let last = How::ALL.len() - 1;
        let next = match ev.key().as_str() {
            "ArrowRight" => {
                if at == last {
                    0
                } else {
                    at + 1
                }
            }
            "ArrowLeft" => {
                if at == 0 {
                    last
                } else {
                    at - 1
                }
            }
            "Home" => 0,
            "End" => last,
            _ => return,
        };
        ev.prevent_default();
        select(How::ALL[next], true);
    };
    let tabs = How::ALL
        .into_iter()
        .map(|how| {
            let is_selected = move || selected.get() == how;
            view! {
                <button
                    type="button"
                    role="tab"
                    id=tab_id(how)
                    data-how=how.as_str()
                    aria-controls=panel_id(how)
                    aria-selected=move || if is_selected() { "true" } else { "false" }
                    tabindex=move || if is_selected() { "0" } else { "-1" }
                    on:click=move |_| select(how, false)
                    on:keydown=on_key
                >
                    {words(how.label())}
                </button>
            }
        })
        .collect_view();
    let panels = How::ALL
        .into_iter()
        .map(|how| {
            let content = match how {
                How::Console => view! { <ConsolePanel checked mode blocked /> }.into_any(),
                How::CloudFormation => view! {
                    {output_panel(checked, mode, OutputName::Cloudformation)}
                    <StackPanel checked blocked />
                }
                .into_any(),
                // The outputs that apply (step 2 of `two_step` only with it), as the spec says.
                _ => (move || {
                    let names = shown.get().into_iter().filter(move |name| name.how() == Some(how));
                    names.map(|name| output_panel(checked, mode, name)).collect_view()
                })
                .into_any(),
            };
            view! {
                <div
                    role="tabpanel"
                    id=panel_id(how)
                    aria-labelledby=tab_id(how)
                    hidden=move || selected.get() != how
                >
                    <p class="where">{words(how.where_to_run())}</p>
                    {content}
                </div>
            }
        })
        .collect_view();
    let lang = language::current();
    // What to fix, read from the findings only while errors stand.
    let to_fix =
        move || blocked.get().then(|| checked.with(|(_, findings)| output::blocked(findings, lang.get())));
    view! {
        <div class="ways">
            <div role="tablist" aria-label=words(msg::ways_name()) class="tabs">{tabs}</div>
            {panels}
            {move || to_fix().map(|text| view! { <p class="calm">{text}</p> })}
        </div>
    }
}

/// The console tab: the walk-through with the policies inside it, or, while errors stand, what
/// to fix in its place and in the policies'.
#[component]
fn ConsolePanel(
    checked: Memo<(Option<Plan>, Vec<Finding>)>,
    mode: Signal<Mode>,
    blocked: Signal<bool>,
) -> impl IntoView {
    let lang = language::current();
    let steps = Memo::new(move |_| checked.read().0.as_ref().map(|plan| console::steps(plan, lang.get())));
    move || {
        if !blocked.get() {
            view! { <ConsoleStepsView steps mode /> }.into_any()
        } else {
            let mut blocked = vec![OutputName::ConsoleSteps, OutputName::PermissionsPolicy];
            if mode.get() == Mode::Role {
                blocked.insert(1, OutputName::TrustPolicy);
            }
            blocked.into_iter().map(|name| output_panel(checked, mode, name)).collect_view().into_any()
        }
    }
}

/// Under the CloudFormation template, how to create its stack; nothing while errors stand.
#[component]
fn StackPanel(checked: Memo<(Option<Plan>, Vec<Finding>)>, blocked: Signal<bool>) -> impl IntoView {
    let lang = language::current();
    let steps =
        Memo::new(move |_| checked.read().0.as_ref().map(|plan| console::stack_steps(plan, lang.get())));
    move || (!blocked.get()).then(|| view! { <StackStepsView steps /> })
}

/// A standalone output: its text when there is a plan, else what to fix.
pub fn output_panel(
    checked: Memo<(Option<Plan>, Vec<Finding>)>,
    mode: Signal<Mode>,
    name: OutputName,
) -> impl IntoView {
    let lang = language::current();
    let content = Memo::new(move |_| {
        let (plan, findings) = &*checked.read();
        let lang = lang.get();
        match plan {
            Some(plan) => output::text(plan, name, lang).ok_or_else(String::new),
            None => Err(output::blocked(findings, lang)),
        }
    });
    view! { <OutputPanel name mode content /> }
}

fn tab_id(how: How) -> String {
    format!("tab-{how}")
}

fn panel_id(how: How) -> String {
    format!("panel-{how}")
}
