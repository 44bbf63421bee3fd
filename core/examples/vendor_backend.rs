//! The core as a vendor's backend would use it: the exact trust and permissions policies for one
//! customer, from the vendor's constants (the link in its docs) and the customer's values, and
//! the check of a policy the customer pasted back. Prints both, with every finding; exits 1 when
//! a finding is an error. Run it with `cargo run -p rolesmith-core --example vendor_backend`.

use std::process::ExitCode;

use rolesmith_core::check::check;
use rolesmith_core::finding::{Finding, Location, Severity};
use rolesmith_core::lang::Lang;
use rolesmith_core::output::{self, OutputName};
use rolesmith_core::param::Param;
use rolesmith_core::policy::kind::DocKind;
use rolesmith_core::spec::Spec;

/// What the vendor gives every customer, as the share link in its docs holds it.
const VENDOR_LINK: &str = "#vendor=Logz.io&account=406095609952&access=read&lock=vendor,account,access";

/// What a customer sent back: their role's trust policy, without the external ID condition.
const PASTED_TRUST: &str = r#"{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": {"AWS": "arn:aws:iam::406095609952:root"},
    "Action": "sts:AssumeRole"
  }]
}"#;

fn main() -> ExitCode {
    // One customer's values, as the vendor's sign-up form collected them.
    let customer = [
        (Param::ExternalId, "logzio-4f9c2a7e-acme".to_owned()),
        (Param::Bucket, "acme-elb-logs".to_owned()),
        (Param::Prefix, "AWSLogs/elb/".to_owned()),
    ];
    let spec = Spec::from_link(VENDOR_LINK, &customer);
    let (plan, findings) = spec.validate();
    findings.iter().for_each(|finding| eprintln!("{}", describe(finding, None)));
    let Some(plan) = plan else {
        eprintln!("The customer's values have errors; nothing to build.");
        return ExitCode::FAILURE;
    };
    for name in [OutputName::TrustPolicy, OutputName::PermissionsPolicy] {
        if let Some(text) = output::text(&plan, name, Lang::En) {
            println!("{}:\n{text}", name.title());
        }
    }

    let report = check(PASTED_TRUST, Some(DocKind::Trust));
    println!("What the customer sent back:");
    for located in &report.findings {
        println!("{}", describe(&located.finding, Some((located.line, located.column))));
    }
    let errors = report.findings.iter().filter(|located| located.finding.severity() == Severity::Error);
    if errors.count() == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `line:column: severity code: message`, or `field: …` for a finding about an input.
fn describe(finding: &Finding, place: Option<(usize, usize)>) -> String {
    let at = match (&finding.at, place) {
        (_, Some((line, column))) => format!("{line}:{column}"),
        (Location::Field(param), None) => param.as_str().to_owned(),
        (_, None) => "link".to_owned(),
    };
    format!("{at}: {} {}: {finding}", finding.severity().as_str(), finding.code())
}
