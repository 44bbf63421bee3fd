//! The first screen first: what no one sees at first (a tab not selected, what lies below the
//! first screen) is drawn in the task after the page's first paint, so that paint comes sooner
//! (design.md's first render). It is a frame later, never a download later: every output's full
//! text is in the page once it is ready (`data-ready`), which waits for it.

use std::time::Duration;

use leptos::prelude::*;

/// No frame comes while the page is hidden (a tab in the background, an embedding frame out of
/// sight): the rest is drawn after this long all the same.
const UNSEEN: Duration = Duration::from_millis(200);

/// Whether the page has been painted once.
#[derive(Clone, Copy)]
struct FirstPaint(Signal<bool>);

/// Watches for the first paint of the page being mounted, and tells what it holds.
pub fn provide() -> Signal<bool> {
    let painted = RwSignal::new(false);
    // Once, and not at all if the page was unmounted meanwhile (new locks start it over).
    let done = move || {
        if painted.try_get_untracked() == Some(false) {
            painted.set(true);
        }
    };
    // A callback for the next frame runs just before it is painted; a task it queues, just after.
    request_animation_frame(move || set_timeout(done, Duration::ZERO));
    set_timeout(done, UNSEEN);
    provide_context(FirstPaint(painted.into()));
    painted.into()
}

/// Whether the page has been painted once; true where no page waits for it.
pub fn painted() -> Signal<bool> {
    use_context::<FirstPaint>().map_or_else(|| Signal::stored(true), |first| first.0)
}

/// `children`, drawn once the page has been painted.
#[component]
pub fn AfterFirstPaint(children: ChildrenFn) -> impl IntoView {
    let painted = painted();
    move || painted.get().then(|| children())
}
