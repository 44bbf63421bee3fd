//! The `console-steps` output: the core's walk-through rendered piece by piece, so the element's
//! text is exactly the text its copy button copies. Values get their own copy buttons and the
//! policies their own outputs, whose buttons carry no text of their own.

use leptos::prelude::*;

use crate::ui::copy_button::{self, copy_with_feedback, CopyButton};
use crate::ui::derived;
use crate::ui::download_button::DownloadButton;
use crate::ui::language::{self, words};
use crate::ui::status::status;
use rolesmith_core::lang::{msg, Lang};
use rolesmith_core::model::Mode;
use rolesmith_core::output::OutputName;
use rolesmith_core::policy::kind::DocKind;
use rolesmith_core::render::console::{ConsoleStep, ConsoleSteps, Piece};

/// A walk-through that follows the form: `None` while errors stand, when its place shows what
/// to fix instead.
pub type Walkthrough = Memo<Option<ConsoleSteps>>;

#[component]
pub fn ConsoleStepsView(steps: Walkthrough, mode: Signal<Mode>) -> impl IntoView {
    let text = Signal::derive(move || steps.with(|steps| steps.as_ref().map(ConsoleSteps::text)));
    view! {
        <section class="output console" aria-labelledby="output-console-steps">
            <h3 id="output-console-steps">{words(OutputName::ConsoleSteps.title())}</h3>
            <div class="console-steps" data-output=OutputName::ConsoleSteps.as_str()>
                {steps_view(steps, mode)}
            </div>
            // After the steps, so the keyboard reaches each step's values first.
            <div class="buttons end">
                <CopyButton name=OutputName::ConsoleSteps.as_str() what=OutputName::ConsoleSteps.what() text primary=true />
            </div>
        </section>
    }
}

/// The CloudFormation tab's walk-through: creating the stack in the console, or from CloudShell.
/// Guidance around the template, not an output of its own: each value has its copy button.
#[component]
pub fn StackStepsView(steps: Walkthrough) -> impl IntoView {
    view! {
        <section class="output console" aria-labelledby="stack-steps">
            <h3 id="stack-steps">{words(msg::stack_heading())}</h3>
            <div class="console-steps">{steps_view(steps, Signal::stored(Mode::Role))}</div>
        </section>
    }
}

/// Each numbered step, its pieces in order, and the note after them. Drawn anew only when the
/// walk-through's shape changes (another step, a piece of another kind); otherwise a keystroke
/// rewrites just the texts that changed.
fn steps_view(steps: Walkthrough, mode: Signal<Mode>) -> impl IntoView {
    // Followed (see `derived`): step by step, piece by piece, so a keystroke reaches only the
    // steps and pieces whose text it changed.
    let lang: Signal<Lang> =
        derived::follow(steps, |steps| steps.as_ref().map(|steps| steps.lang).unwrap_or_default()).into();
    let shape = derived::follow(steps, |steps| {
        let steps = steps.as_ref().map_or(&[][..], |steps| steps.steps.as_slice());
        steps.iter().map(|step| step.pieces.iter().map(Shape::of).collect::<Vec<_>>()).collect::<Vec<_>>()
    });
    let step_view = move |index: usize, shapes: &[Shape]| {
        let step = derived::follow_part(steps, move |steps| {
            steps.as_ref().and_then(|steps| steps.steps.get(index)).unwrap_or(&NO_STEP)
        });
        let heading = move || step.with(|step| step.heading(index, lang.get()));
        let pieces = shapes.iter().enumerate().map(|(at, &shape)| {
            let piece = derived::follow_part(step, move |step| step.pieces.get(at).unwrap_or(&NO_PIECE));
            piece_view(piece, shape, mode, lang)
        });
        view! {
            <section class="console-step">
                <h4>{heading}</h4>
                <div class="console-step-body">{pieces.collect_view()}</div>
            </section>
        }
    };
    let drawn = move || {
        shape.with(|shape| {
            shape.iter().enumerate().map(|(index, shapes)| step_view(index, shapes)).collect_view()
        })
    };
    let note = derived::follow_part(steps, |steps| steps.as_ref().map_or("", |steps| steps.note.as_str()));
    view! {
        {drawn}
        <p class="console-note">{note}</p>
    }
}

/// What kind of piece stands at a place: the walk-through is drawn anew when one changes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    Text,
    Value,
    Draft,
    Link,
    Document(DocKind),
}

impl Shape {
    fn of(piece: &Piece) -> Shape {
        match piece {
            Piece::Text(_) => Shape::Text,
            Piece::Value { .. } => Shape::Value,
            Piece::Draft { .. } => Shape::Draft,
            Piece::Link { .. } => Shape::Link,
            Piece::Document { kind, .. } => Shape::Document(*kind),
        }
    }
}

/// What a place with no step or piece holds, for the moment before the walk-through is drawn
/// anew.
static NO_STEP: ConsoleStep = ConsoleStep { title: String::new(), pieces: Vec::new() };
static NO_PIECE: Piece = Piece::Text(String::new());

/// One text of the piece, following it; empty for a piece of another kind (for the moment before
/// the walk-through is drawn anew).
fn part(piece: ReadSignal<Piece>, get: fn(&Piece) -> Option<&String>) -> Signal<String> {
    Signal::derive(move || piece.with(|piece| get(piece).cloned().unwrap_or_default()))
}

fn piece_view(piece: ReadSignal<Piece>, shape: Shape, mode: Signal<Mode>, lang: Signal<Lang>) -> AnyView {
    let label = part(piece, |piece| match piece {
        Piece::Value { label, .. } | Piece::Draft { label, .. } => Some(label),
        _ => None,
    });
    let text = part(piece, |piece| match piece {
        Piece::Text(text) | Piece::Value { text, .. } | Piece::Link { text, .. } => Some(text),
        Piece::Draft { json, .. } | Piece::Document { json, .. } => Some(json),
    });
    match shape {
        Shape::Text => text.into_any(),
        Shape::Value => view! { <ValueToCopy label text /> }.into_any(),
        // Shown whole, with its own copy button; no output of its own.
        Shape::Draft => view! {
            <div class="document">
                <pre class="whole">{text}</pre>
                <div class="buttons end"><CopyValue label text /></div>
            </div>
        }
        .into_any(),
        Shape::Link => {
            let url = part(piece, |piece| match piece {
                Piece::Link { url, .. } => Some(url),
                _ => None,
            });
            view! { <a href=url target="_blank" rel="noopener noreferrer">{text}</a> }.into_any()
        }
        Shape::Document(kind) => {
            // Console steps hold a role's documents, each an output; anything else is just shown.
            let Some(name) = OutputName::document(kind) else {
                return view! { <pre class="whole">{text}</pre> }.into_any();
            };
            let size = Memo::new(move |_| {
                piece.with(|piece| match piece {
                    Piece::Document { size, .. } => Some(*size),
                    _ => None,
                })
            });
            let over = move || !size.get().is_none_or(|size| size.fits());
            let (limit, chars) = (
                move || size.get().map(|size| size.quota.limit()),
                move || size.get().map(|size| size.chars),
            );
            let line = move || size.get().map(|size| size.line(lang.get()));
            let title = move || name.title().text(lang.get());
            let ready = Signal::derive(move || Some(text.get()));
            let file_name = Signal::derive(move || name.file_name(mode.get()).unwrap_or_default());
            view! {
                <div class="document">
                    <div class="buttons">
                        <CopyButton name=name.as_str() what=name.what() text=ready compact=true />
                        <DownloadButton name file_name text=ready compact=true />
                    </div>
                    // Shown whole (it wraps, never scrolls), so it needs no stop in the Tab order.
                    <pre class="whole" data-output=name.as_str() aria-label=title>{text}</pre>
                    <p class="size" class:over=over data-size-for=name.as_str()>
                        <meter min="0" max=limit value=chars></meter>
                        {line}
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
fn ValueToCopy(label: Signal<String>, text: Signal<String>) -> impl IntoView {
    view! {
        <code class="value">{text}</code>
        <CopyValue label text />
    }
}

/// The copy button of a value or draft, labelled by CSS so it adds no text to the steps.
#[component]
fn CopyValue(label: Signal<String>, text: Signal<String>) -> impl IntoView {
    let status = status();
    let lang = language::current();
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let label = label.get_untracked();
        copy_with_feedback(status, &text.get_untracked(), msg::verbatim(label.as_str()), copied, || {})
    };
    view! {
        <button
            type="button"
            class="compact copy-value"
            data-copied=move || copied.get().then_some("true")
            data-label=copy_button::label(copied, lang)
            aria-label=move || msg::copy_named(label.get().as_str()).text(lang.get())
            on:click=copy
        ></button>
    }
}
