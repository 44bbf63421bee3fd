//! The reviewed bash script of every golden case, run unmodified against moto's AWS API emulator
//! with the real AWS CLI: it must create exactly the role the case asks for, trusting exactly the
//! golden trust policy, with exactly the golden permissions policy attached, and print its ARN last.
//!
//! What moto proves and what it does not (checked by hand against moto 5.2.5): every command runs
//! as written, with the CLI's parsing and file:// reading, in the partition the script picks; moto
//! rejects a malformed permissions policy (it checks identity-policy grammar on create-policy) and
//! keeps the state the test reads back. It does not validate trust policies at all (even an
//! unknown key passes), nor check that the trusted principal exists or that a document's ARNs are
//! in the role's partition, nor evaluate what the policies allow; the reviewed golden documents
//! stand for those.

#[path = "support/cases.rs"]
mod cases;
#[path = "support/moto.rs"]
mod moto;

use std::path::{Path, PathBuf};

use rolesmith::model::AccountId;
use rolesmith::plan::Grantee;
use serde_json::Value;

use moto::Moto;

/// The region a configured terminal has in the standard partition, as in AWS CloudShell.
const STANDARD_REGION: &str = "us-east-1";

#[test]
fn every_golden_script_creates_its_role_in_the_emulator() {
    let scripts: Vec<PathBuf> =
        cases::cases().into_iter().filter(|case| case.join("create-role.sh").is_file()).collect();
    assert!(scripts.len() >= 5, "golden scripts went missing: {scripts:?}");
    // Each case gets its own server; they run side by side because most of the time goes to
    // starting Python for every CLI call. A failing case's panic message is printed above.
    let failed: Vec<String> = std::thread::scope(|scope| {
        let runs: Vec<_> = scripts.iter().map(|case| (case, scope.spawn(|| check_case(case)))).collect();
        runs.into_iter()
            .filter_map(|(case, run)| run.join().is_err().then(|| case.display().to_string()))
            .collect()
    });
    assert!(failed.is_empty(), "these golden scripts did not do what their case says: {failed:#?}");
}

fn check_case(case: &Path) {
    let (plan, findings) = cases::spec_of(case).validate();
    let plan = plan.unwrap_or_else(|| panic!("{} has a script but no plan: {findings:?}", case.display()));
    let Grantee::Role { role_name, .. } = &plan.grantee else {
        panic!("{} has create-role.sh but is not in role mode", case.display());
    };
    // Cases that name the customer's account run in it, so the printed ARN is the golden one.
    let account = plan.customer_account.as_ref().map_or(moto::DEFAULT_ACCOUNT, AccountId::as_str);
    let moto = Moto::start_in_account(account);

    // Outside the standard partition the script must pick its partition's region itself, so it
    // runs with none configured; in the standard partition it uses the terminal's region.
    let partition_region = plan.partition.cli_region();
    let shell_region = if partition_region.is_some() { None } else { Some(STANDARD_REGION) };
    let stdout = moto.run_script(&case.join("create-role.sh"), shell_region);

    let role_arn = format!("arn:{}:iam::{account}:role/{role_name}", plan.partition);
    assert_eq!(stdout.lines().last(), Some(role_arn.as_str()), "{}: the script's last line", case.display());
    if let Ok(golden) = std::fs::read_to_string(case.join("role-arn.txt")) {
        assert_eq!(golden.trim_end(), role_arn, "{}: role-arn.txt names another role", case.display());
    }

    let details = moto.aws_json(
        partition_region.unwrap_or(STANDARD_REGION),
        &["iam", "get-account-authorization-details", "--filter", "Role", "LocalManagedPolicy"],
    );
    let roles = list(&details["RoleDetailList"]);
    assert_eq!(roles.len(), 1, "{}: expected exactly one role, found {roles:#?}", case.display());
    let role = &roles[0];
    assert_eq!(role["RoleName"], role_name.as_str(), "{}", case.display());
    assert_eq!(role["Arn"], role_arn, "{}", case.display());
    assert_eq!(
        document(&role["AssumeRolePolicyDocument"]),
        golden_json(case, "trust-policy.json"),
        "{}: the role's trust policy",
        case.display()
    );
    assert_eq!(list(&role["RolePolicyList"]).len(), 0, "{}: inline policies", case.display());

    let attached = list(&role["AttachedManagedPolicies"]);
    assert_eq!(attached.len(), 1, "{}: expected one attached policy, found {attached:#?}", case.display());
    let policy_arn = format!("arn:{}:iam::{account}:policy/{}", plan.partition, plan.policy_name);
    assert_eq!(attached[0]["PolicyArn"], policy_arn, "{}", case.display());
    let policies = list(&details["Policies"]);
    let policy = policies
        .iter()
        .find(|policy| policy["Arn"] == policy_arn)
        .unwrap_or_else(|| panic!("{}: no policy {policy_arn} among {policies:#?}", case.display()));
    let default_version = list(&policy["PolicyVersionList"])
        .iter()
        .find(|version| {
            version["IsDefaultVersion"] == true && version["VersionId"] == policy["DefaultVersionId"]
        })
        .unwrap_or_else(|| panic!("{}: {policy_arn} has no default version: {policy:#?}", case.display()));
    assert_eq!(
        document(&default_version["Document"]),
        golden_json(case, "permissions-policy.json"),
        "{}: the attached policy's document",
        case.display()
    );
}

fn list(value: &Value) -> &[Value] {
    value.as_array().map_or(&[], Vec::as_slice)
}

fn golden_json(case: &Path, file: &str) -> Value {
    let text = std::fs::read_to_string(case.join(file)).unwrap();
    serde_json::from_str(&text)
        .unwrap_or_else(|error| panic!("{}/{file} is not JSON: {error}", case.display()))
}

/// A policy document as the CLI printed it. IAM sends documents URL-encoded; the CLI decodes them
/// into JSON objects, but a document left as a JSON string is parsed here rather than miscompared.
fn document(value: &Value) -> Value {
    match value {
        Value::String(text) => serde_json::from_str(text)
            .unwrap_or_else(|error| panic!("the CLI returned a document that is not JSON ({error}): {text}")),
        other => other.clone(),
    }
}
