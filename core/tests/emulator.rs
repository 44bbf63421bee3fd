//! The reviewed bash script and CloudFormation template of every golden case, each run unmodified
//! against moto's AWS API emulator with the real AWS CLI: each must create exactly the role (or
//! user, with one access key) the case asks for, trusting exactly the golden trust policy, with
//! exactly the golden permissions policy attached; a role script prints the role ARN last.
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
#[path = "support/eval.rs"]
mod eval;
#[path = "support/grants.rs"]
mod grants;
#[path = "support/hostile.rs"]
mod hostile;
#[path = "support/moto.rs"]
mod moto;
#[path = "support/tools.rs"]
mod tools;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use rolesmith_core::lang::Lang;
use rolesmith_core::model::AccountId;
use rolesmith_core::output::{self, OutputName};
use rolesmith_core::plan::{Grantee, Plan};
use serde_json::Value;

use moto::Moto;

/// The region a configured terminal has in the standard partition, as in AWS CloudShell.
const STANDARD_REGION: &str = "us-east-1";

/// How a case's grant gets created in the emulator.
#[derive(Clone, Copy, Debug)]
enum Route {
    /// Its bash script (`create-role.sh` / `create-user.sh`), run unmodified.
    Script,
    /// Its CloudFormation template (`template.yaml`), deployed with `aws cloudformation deploy`.
    Template,
}

#[test]
fn every_golden_script_creates_its_grant_in_the_emulator() {
    let cases =
        cases_with(|case| case.join("create-role.sh").is_file() || case.join("create-user.sh").is_file());
    assert!(cases.len() >= 6, "golden scripts went missing: {cases:?}");
    assert!(cases.iter().any(|case| case.join("create-user.sh").is_file()), "no user-mode script is checked");
    check_all(&cases, Route::Script);
}

#[test]
fn every_golden_template_deploys_the_same_grant_as_the_script() {
    let cases = cases_with(|case| case.join("template.yaml").is_file());
    assert!(cases.len() >= 6, "golden templates went missing: {cases:?}");
    check_all(&cases, Route::Template);
}

/// Every hostile value the form accepts (`tests/hostile/corpus.txt`) stays data: the bash runs
/// unmodified and creates exactly the grant it names, with exactly the documents the page shows.
#[test]
fn every_accepted_hostile_value_creates_only_what_it_names() {
    let scratch = tools::Scratch::new("hostile-cases");
    let cases: Vec<PathBuf> = hostile::corpus()
        .into_iter()
        .filter(|case| !matches!(case.expect, hostile::Expect::Error { .. }))
        .map(|case| {
            let dir = scratch.path().join(format!("corpus-line-{}", case.line));
            std::fs::create_dir(&dir).unwrap();
            std::fs::write(dir.join("params"), format!("{}&{}", hostile::BASE, case.query)).unwrap();
            let spec = case.spec();
            let plan = spec.validate().0.unwrap_or_else(|| panic!("{}: no plan", case.name()));
            for name in output::shown(&spec) {
                if let (Some(file), Some(text)) =
                    (name.file_name(spec.mode()), output::text(&plan, name, Lang::En))
                {
                    std::fs::write(dir.join(file), text).unwrap();
                }
            }
            dir
        })
        .collect();
    assert!(cases.len() >= 15, "{cases:?}");
    check_all(&cases, Route::Script);
}

/// A second run (after a partial failure, or someone else's role of the same name) finds what
/// exists before changing anything: it says which, fails, and leaves the account as it was.
#[test]
fn a_rerun_says_what_exists_and_changes_nothing() {
    for name in ["seed-guance-role", "seed-guance-user"] {
        let case = cases::cases().into_iter().find(|case| case.ends_with(name)).unwrap();
        let kind = if name.ends_with("user") { "user" } else { "role" };
        let moto = Moto::start();
        let script = case.join(format!("create-{kind}.sh"));
        moto.run_script(&script, None);
        let region = "cn-north-1";
        let state = || {
            let details = moto.aws_json(region, &["iam", "get-account-authorization-details"]);
            let keys = (kind == "user").then(|| {
                moto.aws_json(region, &["iam", "list-access-keys", "--user-name", "guance-backup-user"])
            });
            (details, keys)
        };
        let before = state();
        let dir = tools::Scratch::new("rerun");
        let second = moto.try_bash(&["-euo", "pipefail", &script.to_string_lossy()], dir.path(), None);
        let said = String::from_utf8_lossy(&second.stderr);
        assert!(!second.status.success(), "{name}: the rerun must stop");
        for what in [
            format!("{} guance-backup-{kind} already exists", if kind == "user" { "User" } else { "Role" }),
            "Policy guance-backup-policy already exists".to_owned(),
            "Nothing was changed".to_owned(),
        ] {
            assert!(said.contains(&what), "{name}: the rerun must say '{what}':\n{said}");
        }
        let after = state();
        assert_eq!(after, before, "{name}: the rerun changed the account");
    }
}

/// IAM names are unique whatever their case, so an existing `Guance-Backup-Role` and
/// `GUANCE-backup-policy` stop a script about to create `guance-backup-role` and
/// `guance-backup-policy`: it names what exists, fails, and changes nothing.
#[test]
fn a_name_taken_in_another_case_stops_the_script() {
    for (name, kind) in [("seed-guance-role", "role"), ("seed-guance-user", "user")] {
        let case = cases::cases().into_iter().find(|case| case.ends_with(name)).unwrap();
        let moto = Moto::start();
        let region = "cn-north-1";
        let taken = if kind == "role" { "Guance-Backup-Role" } else { "Guance-Backup-User" };
        match kind {
            "role" => {
                let trust = std::fs::read_to_string(case.join("trust-policy.json")).unwrap();
                moto.aws_json(
                    region,
                    &["iam", "create-role", "--role-name", taken, "--assume-role-policy-document", &trust],
                );
            }
            _ => {
                moto.aws_json(region, &["iam", "create-user", "--user-name", taken]);
            }
        }
        let permissions = std::fs::read_to_string(case.join("permissions-policy.json")).unwrap();
        moto.aws_json(
            region,
            &[
                "iam",
                "create-policy",
                "--policy-name",
                "GUANCE-backup-policy",
                "--policy-document",
                &permissions,
            ],
        );
        let state = || moto.aws_json(region, &["iam", "get-account-authorization-details"]);
        let before = state();
        let dir = tools::Scratch::new("taken");
        let script = case.join(format!("create-{kind}.sh"));
        let run = moto.try_bash(&["-euo", "pipefail", &script.to_string_lossy()], dir.path(), None);
        let said = String::from_utf8_lossy(&run.stderr);
        assert!(!run.status.success(), "{name}: the script must stop");
        let noun = if kind == "role" { "Role" } else { "User" };
        for what in [
            format!("{noun} {taken} already exists in this account"),
            "Policy GUANCE-backup-policy already exists in this account".to_owned(),
            "Nothing was changed".to_owned(),
        ] {
            assert!(said.contains(&what), "{name}: the script must say '{what}':\n{said}");
        }
        assert_eq!(state(), before, "{name}: the script changed the account");
    }
}

/// Pasted into an interactive shell (here: sourced into one), the script leaves the shell's
/// options, its working directory and the user's own `trust.json` as they were, and removes its
/// temporary folder.
#[test]
fn a_pasted_script_leaves_the_shell_and_its_files_as_they_were() {
    let case = cases::cases().into_iter().find(|case| case.ends_with("seed-xmode-role")).unwrap();
    let moto = Moto::start();
    let home = tools::Scratch::new("paste");
    let tmp = home.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    std::fs::write(home.path().join("trust.json"), "mine\n").unwrap();
    let probe = format!(
        "export TMPDIR={tmp}; source {script}; echo \"options=$- pipefail=$(shopt -qo pipefail && echo on || echo off) pwd=$PWD\"",
        tmp = tmp.display(),
        script = case.join("create-role.sh").display()
    );
    let stdout = moto.bash(&["-c", &probe], home.path(), Some(STANDARD_REGION));
    let last = stdout.lines().last().unwrap_or_default();
    let options = last.strip_prefix("options=").and_then(|rest| rest.split(' ').next()).unwrap_or_default();
    assert!(!options.is_empty() && !options.contains(['e', 'u']), "set -eu leaked into the shell: {last}");
    assert!(last.contains("pipefail=off"), "set -o pipefail leaked into the shell: {last}");
    assert!(last.ends_with(&format!("pwd={}", home.path().display())), "the shell moved: {last}");
    assert_eq!(std::fs::read_to_string(home.path().join("trust.json")).unwrap(), "mine\n");
    assert_eq!(std::fs::read_dir(&tmp).unwrap().count(), 0, "the temporary folder is left behind");
}

fn cases_with(wanted: impl Fn(&Path) -> bool) -> Vec<PathBuf> {
    cases::cases().into_iter().filter(|case| wanted(case)).collect()
}

/// Checks every case on its own server, as many side by side as the machine has cores (most of
/// the time goes to starting Python for every CLI call; more at once only makes each slower, and
/// a slow enough machine would then hit the timeouts). A failing case's panic message is printed
/// above the summary.
fn check_all(cases: &[PathBuf], route: Route) {
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).min(cases.len());
    let next = AtomicUsize::new(0);
    let failed = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                while let Some(case) = cases.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let run = std::panic::catch_unwind(|| check_case(case, route));
                    if run.is_err() {
                        failed
                            .lock()
                            .unwrap_or_else(|poisoned| poisoned.into_inner())
                            .push(case.display().to_string());
                    }
                }
            });
        }
    });
    let failed = failed.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner());
    assert!(failed.is_empty(), "these golden cases did not create what they say ({route:?}): {failed:#?}");
}

fn check_case(case: &Path, route: Route) {
    let (plan, findings) = cases::spec_of(case).validate();
    let plan = plan.unwrap_or_else(|| panic!("{} has outputs but no plan: {findings:?}", case.display()));
    // Cases that name the customer's account run in it, so the printed ARN is the golden one.
    let account = plan.customer_account.as_ref().map_or(moto::DEFAULT_ACCOUNT, AccountId::as_str);
    let moto = Moto::start_in_account(account);
    // Outside the standard partition the script must pick its partition's region itself, so it
    // runs with none configured; in the standard partition it uses the terminal's region.
    let partition_region = plan.partition.cli_region();
    let region = partition_region.unwrap_or(STANDARD_REGION);
    let (kind, name) = match &plan.grantee {
        Grantee::Role { role_name, .. } => ("role", role_name.as_str()),
        Grantee::User { user_name } => ("user", user_name.as_str()),
    };
    let grantee_arn = format!("arn:{}:iam::{account}:{kind}/{name}", plan.partition);

    match route {
        Route::Script => {
            let script = case.join(format!("create-{kind}.sh"));
            let shell_region = if partition_region.is_some() { None } else { Some(STANDARD_REGION) };
            let stdout = moto.run_script(&script, shell_region);
            // With two steps, verify checks what stands once both have run (below).
            if !plan.two_step() {
                run_verify(&moto, &plan, case, shell_region);
            }
            if kind == "role" {
                assert_eq!(
                    stdout.lines().last(),
                    Some(grantee_arn.as_str()),
                    "{}: the script's last line",
                    case.display()
                );
            } else {
                let key_line = stdout.lines().last().unwrap_or_default();
                assert_eq!(
                    key_line.split('\t').count(),
                    2,
                    "{}: the key ID and secret, last: {stdout}",
                    case.display()
                );
            }
        }
        Route::Template => {
            let output = moto
                .command("aws")
                .args(["--region", region, "cloudformation", "deploy", "--stack-name", "rolesmith-check"])
                .arg("--template-file")
                .arg(case.join("template.yaml"))
                .args(["--capabilities", "CAPABILITY_NAMED_IAM"])
                .output()
                .unwrap();
            assert!(
                output.status.success(),
                "{}: cloudformation deploy failed:\n{}{}",
                case.display(),
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
            if kind == "user" {
                // The template makes no access key (its secret would be a stack output): the
                // customer runs the command its header gives, as written.
                let template = std::fs::read_to_string(case.join("template.yaml")).unwrap();
                let command = template
                    .lines()
                    .find_map(|line| line.strip_prefix("#   ").filter(|c| c.contains("create-access-key")))
                    .unwrap_or_else(|| panic!("{}: no access-key command in the header", case.display()));
                let dir = tools::Scratch::new("key");
                let shell_region = if partition_region.is_some() { None } else { Some(STANDARD_REGION) };
                moto.bash(&["-c", command], dir.path(), shell_region);
            }
        }
    }
    if let (Ok(golden), "role") = (std::fs::read_to_string(case.join("role-arn.txt")), kind) {
        assert_eq!(golden.trim_end(), grantee_arn, "{}: role-arn.txt names another role", case.display());
    }

    let filter = if kind == "role" { "Role" } else { "User" };
    let details = moto.aws_json(
        region,
        &["iam", "get-account-authorization-details", "--filter", filter, "LocalManagedPolicy"],
    );
    let grantees = list(&details[if kind == "role" { "RoleDetailList" } else { "UserDetailList" }]);
    assert_eq!(grantees.len(), 1, "{}: expected exactly one {kind}, found {grantees:#?}", case.display());
    let grantee = &grantees[0];
    assert_eq!(grantee[if kind == "role" { "RoleName" } else { "UserName" }], name, "{}", case.display());
    assert_eq!(grantee["Arn"], grantee_arn, "{}", case.display());
    if let (Some(placeholder), Route::Script) = (&plan.documents().placeholder, route) {
        // Two steps: the role starts with the placeholder; `update-trust`, run next where step 1
        // ran, leaves exactly the final trust.
        let trust = |moto: &Moto| {
            let role = moto.aws_json(region, &["iam", "get-role", "--role-name", name]);
            document(&role["Role"]["AssumeRolePolicyDocument"])
        };
        assert_eq!(
            trust(&moto),
            serde_json::from_str::<Value>(&placeholder.json).unwrap(),
            "{}: step 1",
            case.display()
        );
        if let Ok(step_2) = std::fs::read_to_string(case.join("update-trust.txt")) {
            let dir = tools::Scratch::new("update-trust");
            let shell_region = if partition_region.is_some() { None } else { Some(STANDARD_REGION) };
            moto.bash(&["-c", &step_2], dir.path(), shell_region);
            assert_eq!(trust(&moto), golden_json(case, "trust-policy.json"), "{}: step 2", case.display());
        }
        let shell_region = if partition_region.is_some() { None } else { Some(STANDARD_REGION) };
        run_verify(&moto, &plan, case, shell_region);
    } else if let Some(placeholder) = &plan.documents().placeholder {
        assert_eq!(
            document(&grantee["AssumeRolePolicyDocument"]),
            serde_json::from_str::<Value>(&placeholder.json).unwrap(),
            "{}: the stack's role starts with the placeholder",
            case.display()
        );
    } else if kind == "role" {
        assert_eq!(
            document(&grantee["AssumeRolePolicyDocument"]),
            golden_json(case, "trust-policy.json"),
            "{}: the role's trust policy",
            case.display()
        );
    } else {
        let keys = moto.aws_json(region, &["iam", "list-access-keys", "--user-name", name]);
        assert_eq!(
            list(&keys["AccessKeyMetadata"]).len(),
            1,
            "{}: exactly one access key: {keys:#?}",
            case.display()
        );
    }
    let inline = if kind == "role" { "RolePolicyList" } else { "UserPolicyList" };
    assert_eq!(list(&grantee[inline]).len(), 0, "{}: inline policies", case.display());

    let attached = list(&grantee["AttachedManagedPolicies"]);
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

/// Runs the customer's lines of `verify` as written, where the script ran: each must succeed, its
/// trust query must print the golden trust policy and its policy query the golden permissions,
/// and what it read back must pass the request matrix (the vendor with the external ID may
/// assume the role; without it, or as a stranger, not). The vendor's `sts assume-role` lines are
/// left out (moto doesn't evaluate trust: the matrix stands for them), as is the KMS key policy
/// (these cases have no key in the emulator).
fn run_verify(moto: &Moto, plan: &Plan, case: &Path, region: Option<&str>) {
    let verify = output::text(plan, OutputName::Verify, Lang::En).expect("verify is always shown");
    let dir = tools::Scratch::new("verify");
    let (mut trust, mut permissions) = (None, None);
    let customer_lines = verify
        .lines()
        .filter(|line| line.starts_with("aws "))
        .filter(|line| !line.contains(" sts assume-role ") && !line.contains(" kms "));
    for line in customer_lines {
        let printed = moto.bash(&["-c", line], dir.path(), region);
        if line.contains(" get-role ") {
            trust = Some(document(&parse(line, &printed)));
        } else if line.contains(" get-account-authorization-details ") {
            let versions = parse(line, &printed);
            let versions = list(&versions);
            assert_eq!(
                versions.len(),
                1,
                "{}: `{line}` must find one default version: {printed}",
                case.display()
            );
            permissions = Some(document(&versions[0]));
        }
    }
    let permissions =
        permissions.unwrap_or_else(|| panic!("{}: verify never shows the policy", case.display()));
    assert_eq!(
        permissions,
        golden_json(case, "permissions-policy.json"),
        "{}: verify's policy",
        case.display()
    );
    if let Some(trust) = &trust {
        // The final trust, or with two steps before the vendor's values, the placeholder.
        let expected = match &plan.documents().trust {
            Some(_) => golden_json(case, "trust-policy.json"),
            None => plan
                .documents()
                .placeholder
                .as_ref()
                .map(|p| serde_json::from_str(&p.json).unwrap())
                .unwrap_or_default(),
        };
        assert_eq!(trust, &expected, "{}: verify's trust", case.display());
    }
    let role = matches!(plan.grantee, Grantee::Role { .. });
    assert_eq!(trust.is_some(), role, "{}: verify shows the trust exactly in role mode", case.display());
    grants::check_documents(plan, &permissions, trust.as_ref());
}

/// What a `verify` line printed, as JSON (the CLI's default output).
fn parse(line: &str, printed: &str) -> Value {
    serde_json::from_str(printed)
        .unwrap_or_else(|error| panic!("`{line}` printed no JSON ({error}): {printed}"))
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
