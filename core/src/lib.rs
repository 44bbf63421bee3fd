//! Rolesmith's core: AWS's rules as types, validation of what was entered, IAM documents and
//! every output. Plain Rust with no web dependency: the page (the app crate at the repository
//! root, the only one that knows a browser) and the `rolesmith` command line (`cli/`) are thin
//! faces over it, so a rule or a message lives here once and both show the same bytes. See
//! ARCHITECTURE.md for the map.
//!
//! # Building: parameters → [`Spec`](spec::Spec) → [`Plan`](plan::Plan) → outputs
//!
//! A [`Spec`](spec::Spec) holds the inputs as typed, keyed by [`Param`](param::Param), the URL
//! parameters of the public contract: read from a link ([`Spec::from_link`](spec::Spec::from_link))
//! or set field by field. [`Spec::validate`](spec::Spec::validate) never fails: it returns every
//! [`Finding`](finding::Finding), and a [`Plan`](plan::Plan) exactly when none is an error. The
//! [`output`] registry says which outputs a spec shows and writes each one's text from the plan,
//! the text of the page's `data-output` element of that name.
//!
//! ```
//! use rolesmith_core::lang::Lang;
//! use rolesmith_core::output::{self, OutputName};
//! use rolesmith_core::spec::Spec;
//!
//! let spec = Spec::from_link("#account=406095609952&external_id=logzio-4f9c2a7e-acme&bucket=acme-elb-logs", &[]);
//! let (plan, findings) = spec.validate();
//! assert!(findings.is_empty());
//! let plan = plan.expect("a plan, since no finding is an error");
//! let trust = output::text(&plan, OutputName::TrustPolicy, Lang::En).expect("role mode has a trust policy");
//! assert!(trust.contains(r#""sts:ExternalId": "logzio-4f9c2a7e-acme""#));
//! ```
//!
//! # Checking: text → [`check()`](check::check) → findings
//!
//! [`check::check`] reads a trust, permissions or bucket policy as people paste it (curly quotes,
//! comments, trailing commas; inside a CloudFormation template, YAML or Terraform) and reports
//! each finding at its line and column, with the least-privilege equivalent as a `Spec` where it
//! can build one. A finding's severity, stable code, message and AWS source all derive from its
//! [`Problem`](finding::Problem).
//!
//! ```
//! use rolesmith_core::check::check;
//! use rolesmith_core::finding::Severity;
//!
//! let pasted = r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
//!     "Principal": {"AWS": "arn:aws:iam::<vendor-account-id>:root"}, "Action": "sts:AssumeRole"}]}"#;
//! let report = check(pasted, None);
//! let codes: Vec<&str> = report.findings.iter().map(|located| located.finding.code()).collect();
//! assert_eq!(codes, ["trust-without-external-id", "placeholder"]);
//! let error = &report.findings[1];
//! assert_eq!((error.line, error.column, error.finding.severity()), (2, 26, Severity::Error));
//! assert_eq!(
//!     error.finding.to_string(),
//!     "'<vendor-account-id>' is a placeholder from the documentation, not a real value; replace it with yours."
//! );
//! ```
//!
//! # Versions
//!
//! The crate follows semantic versioning. While it is 0.x, a minor release (0.1 → 0.2) may
//! change this API and a patch release never does; `Param` and `OutputName` names, finding
//! codes and output texts follow the public contract in design.md, which changes more slowly.

#![warn(missing_docs)]

pub mod check;
pub mod embed;
pub mod finding;
pub mod form;
pub mod hazard;
pub mod lang;
pub mod model;
pub mod output;
pub mod param;
pub mod plan;
pub mod policy;
pub mod query;
pub mod render;
pub mod spec;
