//! How long the core takes to write every output, natively, for each golden case (design.md,
//! "Fast and small": the full output set ≤ 20 µs). Criterion's method without the crate (its
//! dependencies would be compiled by every `cargo test`): warm up, size a batch to about a
//! millisecond, time many batches with `Instant`, and report the median and 95th percentile of
//! one iteration. `cargo bench -p rolesmith-core --bench outputs` prints one JSON object on
//! stdout, which `tests/bench/bench.mjs` merges into `make bench`'s table.
//!
//! Per case it measures the figure the budget is held against, `from_params`: the link's
//! parameters to every output's text, through the functions the page and the command line call
//! (`Spec::from_url`, `Spec::lang`, `Spec::validate`, `output::shown_texts` or, while an error
//! stands, `output::blocked`, and `Spec::share_link`); then `plan_to_outputs`, the same from a
//! validated plan; then a breakdown into those steps and each output alone.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use rolesmith_core::output::{self, SHARE_LINK};
use rolesmith_core::plan::Plan;
use rolesmith_core::policy::to_pretty_json;
use rolesmith_core::spec::Spec;
use serde::Serialize;

/// The budget of `from_params`, in nanoseconds.
const BUDGET_NS: f64 = 20_000.0;

/// How long to warm up and how many batches to time.
#[derive(Clone, Copy)]
struct Sampling {
    warm_up: Duration,
    batch: Duration,
    samples: usize,
}

/// The two headline figures: enough samples for a steady 95th percentile.
const HEADLINE: Sampling =
    Sampling { warm_up: Duration::from_millis(200), batch: Duration::from_millis(1), samples: 100 };

/// The breakdown, a step at a time: an indication of where the time goes, quicker to take.
const BREAKDOWN: Sampling =
    Sampling { warm_up: Duration::from_millis(50), batch: Duration::from_micros(500), samples: 30 };

/// One iteration's time, in nanoseconds.
#[derive(Serialize)]
struct Timing {
    median_ns: f64,
    p95_ns: f64,
}

/// One step of the breakdown: `parse`, `validate`, `documents`, an output's name, `share-link`.
#[derive(Serialize)]
struct Step {
    step: String,
    #[serde(flatten)]
    timing: Timing,
}

#[derive(Serialize)]
struct CaseReport {
    case: String,
    /// How many outputs the page shows for it, the share link included.
    outputs: usize,
    /// Whether an error stands (then every output shows what to fix, and there is no plan).
    blocked: bool,
    from_params: Timing,
    plan_to_outputs: Option<Timing>,
    breakdown: Vec<Step>,
}

#[derive(Serialize)]
struct Report {
    budget_ns: f64,
    held_against: &'static str,
    profile: &'static str,
    cases: Vec<CaseReport>,
}

fn main() {
    let cases = case_dirs().iter().map(|dir| measure_case(dir)).collect();
    let report = Report {
        budget_ns: BUDGET_NS,
        held_against: "from_params, the median of every case",
        profile: "cargo bench's bench profile, which inherits the workspace's release profile",
        cases,
    };
    print!("{}", to_pretty_json(&report));
}

/// Every golden case directory, sorted by name.
fn case_dirs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let entries = std::fs::read_dir(&root).unwrap_or_else(|error| panic!("{}: {error}", root.display()));
    let mut dirs: Vec<PathBuf> =
        entries.map(|entry| entry.expect("a readable directory entry").path()).collect();
    dirs.sort();
    dirs
}

fn measure_case(dir: &Path) -> CaseReport {
    let params_file = dir.join("params");
    let params = std::fs::read_to_string(&params_file)
        .unwrap_or_else(|error| panic!("{}: {error}", params_file.display()));
    let params = params.trim_end();
    let spec = Spec::from_url(params, "");
    let plan = spec.validate().0;
    CaseReport {
        case: dir.file_name().map_or_else(String::new, |name| name.to_string_lossy().into_owned()),
        outputs: every_output(params).len(),
        blocked: plan.is_none(),
        from_params: time(HEADLINE, || params, |params| every_output(params)),
        plan_to_outputs: plan.as_ref().map(|plan| {
            let lang = spec.lang([]);
            time(HEADLINE, || unbuilt(plan), |plan| output::shown_texts(&spec, plan, lang))
        }),
        breakdown: breakdown(params, &spec, plan.as_ref()),
    }
}

/// What the page's `data-output` elements hold for a link's parameters: each shown output's
/// text (or, while an error stands, what to fix), then the share link.
fn every_output(params: &str) -> Vec<(&'static str, String)> {
    let spec = Spec::from_url(params, "");
    let lang = spec.lang([]);
    let (plan, findings) = spec.validate();
    let mut texts: Vec<(&'static str, String)> = match plan {
        Some(plan) => output::shown_texts(&spec, &plan, lang)
            .into_iter()
            .map(|(name, text)| (name.as_str(), text))
            .collect(),
        None => {
            let blocked = output::blocked(&findings, lang);
            output::shown(&spec).into_iter().map(|name| (name.as_str(), blocked.clone())).collect()
        }
    };
    texts.push((SHARE_LINK, spec.share_link("")));
    texts
}

/// The plan as `validate` hands it over: its documents not built yet, so each iteration pays for
/// them as the page does after every keystroke.
fn unbuilt(plan: &Plan) -> Plan {
    let mut plan = plan.clone();
    plan.documents = OnceLock::new();
    plan
}

/// Each step of `from_params` alone; each output is timed with the documents already built, so
/// `documents` is counted once.
fn breakdown(params: &str, spec: &Spec, plan: Option<&Plan>) -> Vec<Step> {
    let step = |name: &str, timing| Step { step: name.to_owned(), timing };
    let lang = spec.lang([]);
    let mut steps = vec![
        step("parse", time(BREAKDOWN, || params, |params| Spec::from_url(params, ""))),
        step("validate", time(BREAKDOWN, || spec, |spec| spec.validate())),
    ];
    if let Some(plan) = plan {
        let documents = time(
            BREAKDOWN,
            || unbuilt(plan),
            |plan| {
                black_box(plan.documents());
            },
        );
        steps.push(step("documents", documents));
        let built = plan.clone();
        built.documents();
        for name in output::shown(spec) {
            let text = time(BREAKDOWN, || &built, |plan| output::text(plan, name, lang));
            steps.push(step(name.as_str(), text));
        }
    }
    steps.push(step(SHARE_LINK, time(BREAKDOWN, || spec, |spec| spec.share_link(""))));
    steps
}

/// Times `run` on inputs made by `input` (made before each batch, outside the timing), as
/// criterion's `iter_batched` does.
fn time<I, R>(sampling: Sampling, input: impl Fn() -> I, run: impl Fn(&I) -> R) -> Timing {
    let per_iteration = warm_up(sampling.warm_up, &input, &run);
    let batch =
        (sampling.batch.as_secs_f64() / per_iteration.as_secs_f64().max(1e-9)).ceil().max(1.0) as usize;
    let mut samples: Vec<f64> = (0..sampling.samples)
        .map(|_| {
            let inputs: Vec<I> = (0..batch).map(|_| input()).collect();
            let start = Instant::now();
            for input in &inputs {
                black_box(run(black_box(input)));
            }
            start.elapsed().as_nanos() as f64 / batch as f64
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    Timing { median_ns: quantile(&samples, 0.5), p95_ns: quantile(&samples, 0.95) }
}

/// Runs `run` for about `duration` and returns its time per iteration.
fn warm_up<I, R>(duration: Duration, input: &impl Fn() -> I, run: &impl Fn(&I) -> R) -> Duration {
    let (mut spent, mut iterations) = (Duration::ZERO, 0u32);
    while spent < duration {
        let input = input();
        let start = Instant::now();
        black_box(run(black_box(&input)));
        spent += start.elapsed();
        iterations += 1;
    }
    spent / iterations
}

/// The `q` quantile of sorted values, interpolated.
fn quantile(sorted: &[f64], q: f64) -> f64 {
    let position = (sorted.len() - 1) as f64 * q;
    let (low, high) = (position.floor() as usize, position.ceil() as usize);
    sorted[low] + (sorted[high] - sorted[low]) * (position - low as f64)
}
