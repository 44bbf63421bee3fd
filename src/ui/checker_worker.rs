//! The page's side of the policy checker's web worker (`src/bin/rolesmith-checker.rs`): started
//! on the first text there is to check, so that a page that never checks a policy never
//! downloads the checker (issue 23), then asked about each new text. When it can't start or
//! doesn't answer in time, the checker says so instead of loading forever, and the next edit
//! starts it again.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker};

use crate::checker_protocol::{Checked, FromWorker, Question};
use crate::ui::on_demand;

/// The part (`on_demand`) that starts the worker: its loader, `src/bin/checker-loader.js`.
const LOADER: &str = "checker";

/// How long the worker may take to load and answer before the checker gives up on it: its module
/// is about 160 KB compressed, seconds on a slow connection, and nobody should watch "Loading…"
/// for longer than this.
const PATIENCE_MS: i32 = 10_000;

/// What the checker shows for the text in its box.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// Nothing to check: the box is empty.
    Nothing,
    /// The worker is loading; the text in the box is checked once it has.
    Loading,
    /// The report on the question numbered so, the latest when it came: until a newer text's
    /// report comes, it stays in view.
    Checked(u32, Checked),
    /// The worker couldn't start or didn't answer in time.
    Failed,
}

/// Asks the checker's worker about texts, starting it on the first that isn't blank, and writes
/// what to show into the signal it was made with. Dropping it ends the worker.
pub struct CheckerWorker(Rc<RefCell<Asking>>);

struct Asking {
    answer: WriteSignal<Answer>,
    /// The latest question's number: an answer to any other is for a text since replaced.
    latest: u32,
    /// The latest text, until the worker is ready for it.
    waiting: Option<String>,
    started: Option<Started>,
}

/// A running worker and the handlers it calls, which live as long as it does.
struct Started {
    worker: Worker,
    /// Whether it said it listens (a question posted before then would be lost).
    ready: bool,
    /// Whether the page gave up on it: the next question starts another.
    given_up: bool,
    /// The timer that gives up on it, running while a question waits for its answer.
    deadline: Option<i32>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    /// Runs on its `error` and `messageerror` events and when the deadline passes.
    give_up: Closure<dyn FnMut()>,
}

impl CheckerWorker {
    pub fn new(answer: WriteSignal<Answer>) -> CheckerWorker {
        CheckerWorker(Rc::new(RefCell::new(Asking { answer, latest: 0, waiting: None, started: None })))
    }

    /// Checks `text`, the box's whole new content; returns the question's number, which its
    /// [`Answer::Checked`] will carry.
    pub fn ask(&self, text: String) -> u32 {
        let weak = Rc::downgrade(&self.0);
        show(&self.0, |asking| asking.ask(text, weak));
        self.0.borrow().latest
    }
}

impl Asking {
    fn ask(&mut self, text: String, me: Weak<RefCell<Asking>>) -> Option<Answer> {
        self.latest = self.latest.wrapping_add(1);
        if text.trim().is_empty() {
            self.waiting = None;
            if let Some(started) = &mut self.started {
                started.stop_deadline();
            }
            return Some(Answer::Nothing);
        }
        let restart = self.started.as_ref().is_none_or(|started| started.given_up);
        if restart {
            self.started = on_demand::url(LOADER).and_then(|loader| Started::start(&loader, me));
        }
        if self.started.is_none() {
            return Some(Answer::Failed);
        }
        self.send(text);
        restart.then_some(Answer::Loading)
    }

    /// Posts `text` as the latest question once the worker listens, and waits for its answer.
    /// While the worker loads, edits wait with the first question's patience: typing on must
    /// not keep the page from ever saying that it can't load.
    fn send(&mut self, text: String) {
        let Some(started) = &mut self.started else { return };
        if started.ready {
            started.post(&Question { number: self.latest, text });
            started.start_deadline();
        } else {
            self.waiting = Some(text);
            if started.deadline.is_none() {
                started.start_deadline();
            }
        }
    }

    /// What the worker said, and what the checker then shows.
    fn heard(&mut self, said: Option<FromWorker>) -> Option<Answer> {
        let started = self.started.as_mut()?;
        match said {
            Some(FromWorker::Ready) => {
                started.ready = true;
                let text = self.waiting.take()?;
                started.post(&Question { number: self.latest, text });
                None
            }
            Some(FromWorker::Checked(number, checked)) if number == self.latest => {
                started.stop_deadline();
                Some(Answer::Checked(number, checked))
            }
            Some(FromWorker::Checked(..)) => None,
            Some(FromWorker::Failed) | None => self.give_up(),
        }
    }

    fn give_up(&mut self) -> Option<Answer> {
        let started = self.started.as_mut()?;
        started.stop_deadline();
        started.worker.terminate();
        started.given_up = true;
        Some(Answer::Failed)
    }
}

impl Started {
    /// Starts the worker from `loader` (which fetches its glue and module), or `None` when the
    /// browser refuses at once. Its handlers hold `asking` weakly, so dropping the [`CheckerWorker`]
    /// drops them and the worker.
    fn start(loader: &str, asking: Weak<RefCell<Asking>>) -> Option<Started> {
        let worker = Worker::new(loader).ok()?;
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new({
            let asking = asking.clone();
            move |event: MessageEvent| {
                let said = serde_wasm_bindgen::from_value::<FromWorker>(event.data()).ok();
                if let Some(asking) = asking.upgrade() {
                    show(&asking, |asking| asking.heard(said));
                }
            }
        });
        let give_up = Closure::<dyn FnMut()>::new(move || {
            if let Some(asking) = asking.upgrade() {
                show(&asking, Asking::give_up);
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(give_up.as_ref().unchecked_ref()));
        worker.set_onmessageerror(Some(give_up.as_ref().unchecked_ref()));
        Some(Started {
            worker,
            ready: false,
            given_up: false,
            deadline: None,
            _on_message: on_message,
            give_up,
        })
    }

    fn post(&self, question: &Question) {
        if let Ok(value) = serde_wasm_bindgen::to_value(question) {
            let _ = self.worker.post_message(&value);
        }
    }

    /// Gives the latest question [`PATIENCE_MS`] from now.
    fn start_deadline(&mut self) {
        self.stop_deadline();
        let give_up = self.give_up.as_ref().unchecked_ref();
        self.deadline =
            window().set_timeout_with_callback_and_timeout_and_arguments_0(give_up, PATIENCE_MS).ok();
    }

    fn stop_deadline(&mut self) {
        if let Some(handle) = self.deadline.take() {
            window().clear_timeout_with_handle(handle);
        }
    }
}

impl Drop for Started {
    /// Ends the worker, and the timer that would call a handler dropped with it.
    fn drop(&mut self) {
        self.stop_deadline();
        self.worker.terminate();
    }
}

/// Runs `react`, then shows the answer it gives once `asking` is free again, so that nothing the
/// signal sets off can find it borrowed.
fn show(asking: &RefCell<Asking>, react: impl FnOnce(&mut Asking) -> Option<Answer>) {
    let mut asking = asking.borrow_mut();
    let shown = react(&mut asking);
    let answer = asking.answer;
    drop(asking);
    if let Some(shown) = shown {
        answer.set(shown);
    }
}
