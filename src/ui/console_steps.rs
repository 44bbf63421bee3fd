//! The `console-steps` output: the core's walk-through rendered piece by piece, so the element's
//! text is exactly the text its copy button copies. Values get their own copy buttons and the
//! policies their own outputs, whose buttons carry no text of their own.

use leptos::prelude::*;

use crate::ui::copy_button::{copy_with_feedback, CopyButton};
use crate::ui::download_button::DownloadButton;
use crate::ui::language::{self, words};
use crate::ui::status::status;
use rolesmith_core::lang::{msg, Lang};
use rolesmith_core::model::Mode;
use rolesmith_core::output::OutputName;
use rolesmith_core::render::console::{ConsoleSteps, Piece};

#[component]
pub fn ConsoleStepsView(steps: ConsoleSteps, mode: Mode) -> impl IntoView {
    let text = steps.text();
    view! {
        <section class="output console" aria-labelledby="output-console-steps">
            <h3 id="output-console-steps">{words(OutputName::ConsoleSteps.title())}</h3>
            <div class="console-steps" data-output=OutputName::ConsoleSteps.as_str()>
                {steps_view(&steps, mode)}
            </div>
            // After the steps, so the keyboard reaches each step's values first.
            <div class="buttons end">
                <CopyButton name=OutputName::ConsoleSteps.as_str() what=OutputName::ConsoleSteps.what() text=Signal::derive(move || Some(text.clone())) primary=true />
            </div>
        </section>
    }
}

/// The CloudFormation tab's walk-through: creating the stack in the console, or from CloudShell.
/// Guidance around the template, not an output of its own: each value has its copy button.
#[component]
pub fn StackStepsView(steps: ConsoleSteps) -> impl IntoView {
    view! {
        <section class="output console" aria-labelledby="stack-steps">
            <h3 id="stack-steps">{words(msg::stack_heading())}</h3>
            <div class="console-steps">{steps_view(&steps, Mode::Role)}</div>
        </section>
    }
}

/// Each numbered step, its pieces in order, and the note after them.
fn steps_view(steps: &ConsoleSteps, mode: Mode) -> impl IntoView {
    let list = steps
        .steps
        .iter()
        .enumerate()
        .map(|(index, step)| {
            let pieces =
                step.pieces.iter().cloned().map(|piece| piece_view(piece, mode, steps.lang)).collect_view();
            view! {
                <section class="console-step">
                    <h4>{step.heading(index, steps.lang)}</h4>
                    <div class="console-step-body">{pieces}</div>
                </section>
            }
        })
        .collect_view();
    view! {
        {list}
        <p class="console-note">{steps.note.clone()}</p>
    }
}

fn piece_view(piece: Piece, mode: Mode, lang: Lang) -> AnyView {
    match piece {
        Piece::Text(text) => text.into_any(),
        Piece::Value { label, text } => view! { <ValueToCopy label text /> }.into_any(),
        // Shown whole, with its own copy button; no output of its own.
        Piece::Draft { label, json } => view! {
            <div class="document">
                <pre class="whole">{json.clone()}</pre>
                <div class="buttons end"><CopyValue label text=json /></div>
            </div>
        }
        .into_any(),
        Piece::Link { text, url } => {
            view! { <a href=url target="_blank" rel="noopener noreferrer">{text}</a> }.into_any()
        }
        Piece::Document { kind, json, size } => {
            // Console steps hold a role's documents, each an output; anything else is just shown.
            let Some(name) = OutputName::document(kind) else {
                return view! { <pre class="whole">{json}</pre> }.into_any();
            };
            let ready = Signal::derive({
                let json = json.clone();
                move || Some(json.clone())
            });
            let file_name = Signal::derive(move || name.file_name(mode).unwrap_or_default());
            let contents = Signal::derive({
                let json = json.clone();
                move || Some(name.file_contents(&json))
            });
            view! {
                <div class="document">
                    <div class="buttons">
                        <CopyButton name=name.as_str() what=name.what() text=ready compact=true />
                        <DownloadButton name=name.as_str() file_name text=contents compact=true />
                    </div>
                    // Shown whole (it wraps, never scrolls), so it needs no stop in the Tab order.
                    <pre class="whole" data-output=name.as_str() aria-label=name.title().text(lang)>{json}</pre>
                    <p class="size" class:over=!size.fits() data-size-for=name.as_str()>
                        <meter min="0" max=size.quota.limit() value=size.chars></meter>
                        {size.line(lang)}
                        "\n"
                    </p>
                </div>
            }
            .into_any()
        }
    }
}

/// A value to paste or type, with its own copy button (no text of its own).
#[component]
fn ValueToCopy(label: String, text: String) -> impl IntoView {
    view! {
        <code class="value">{text.clone()}</code>
        <CopyValue label text />
    }
}

/// The copy button of a value or draft, labelled by CSS so it adds no text to the steps.
#[component]
fn CopyValue(label: String, text: String) -> impl IntoView {
    let status = status();
    let lang = language::current();
    let copied = RwSignal::new(false);
    let copy = {
        let (label, text) = (label.clone(), text.clone());
        move |_| copy_with_feedback(status, &text, msg::verbatim(label.as_str()), copied, || {})
    };
    view! {
        <button
            type="button"
            class="compact copy-value"
            data-copied=move || copied.get().then_some("true")
            aria-label=move || msg::copy_named(label.as_str()).text(lang.get())
            on:click=copy
        ></button>
    }
}
