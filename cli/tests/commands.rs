//! The command line's contract beyond the outputs themselves (design.md, "Command line"): flags
//! win over the link in either spelling, `--lang` translates only the prose for a person, `check`
//! reads files and standard input and exits 1 exactly when a finding is an error, and bad
//! arguments get a usage message and exit 2, never a panic.

#[path = "support/run.rs"]
mod run;

use std::collections::BTreeMap;

use rolesmith_core::lang::Lang;
use rolesmith_core::output::{self, OutputName};
use rolesmith_core::param::Param;
use rolesmith_core::spec::Spec;
use run::{repository, rolesmith};

const LOGZIO: &str = "#vendor=Logz.io&account=406095609952&external_id=logzio-4f9c2a7e-acme&bucket=acme-elb-logs&prefix=AWSLogs/elb/&access=read&customer_account=210987654321";

/// Runs `rolesmith ARGS...`, which must refuse (exit 2, nothing on stdout): what it said on stderr.
fn refused(args: &[&str]) -> String {
    let run = rolesmith(args, "");
    assert_eq!((run.code, run.stdout.as_str()), (2, ""), "{args:?}");
    run.stderr
}

/// What the page shows as `name` for these parameters.
fn page_text(spec: &Spec, name: OutputName) -> String {
    output::text(&spec.validate().0.unwrap(), name, Lang::En).unwrap()
}

#[test]
fn build_prints_the_bash_script_by_default() {
    let run = rolesmith(&["build", LOGZIO], "");
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(run.stdout, page_text(&Spec::from_url("", &LOGZIO[1..]), OutputName::CliBash));
}

#[test]
fn flags_win_over_the_link_in_either_spelling() {
    let overridden = Spec::from_link(
        LOGZIO,
        &[(Param::ExternalId, "logzio-other-7d1e".to_owned()), (Param::Bucket, "acme-other".to_owned())],
    );
    let expected = page_text(&overridden, OutputName::TrustPolicy);
    assert!(expected.contains("logzio-other-7d1e"));
    for external_id in ["--external-id", "--external_id"] {
        let args = [
            "build",
            LOGZIO,
            external_id,
            "logzio-other-7d1e",
            "--bucket",
            "acme-other",
            "--output",
            "trust-policy",
        ];
        let run = rolesmith(&args, "");
        assert_eq!((run.code, run.stdout.as_str()), (0, expected.as_str()), "{external_id}");
    }
    // Flags alone, without a link, make the same grant as the link.
    let flags = [
        "build",
        "--vendor",
        "Logz.io",
        "--external-id",
        "logzio-4f9c2a7e-acme",
        "--bucket",
        "acme-elb-logs",
        "--prefix",
        "AWSLogs/elb/",
        "--access",
        "read",
        "--customer-account",
        "210987654321",
        "--output",
        "permissions-policy",
    ];
    assert_eq!(
        rolesmith(&flags, "").stdout,
        rolesmith(&["build", LOGZIO, "--output", "permissions-policy"], "").stdout
    );
}

#[test]
fn a_whole_share_link_is_read_as_the_page_reads_it() {
    let address = format!("https://rolesmith.example/app/?bucket=from-the-query{LOGZIO}");
    let run = rolesmith(&["build", &address, "--output", "share-link"], "");
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, Spec::from_url("", &LOGZIO[1..]).share_link("").as_str())
    );
    assert!(run.stdout.starts_with("#vendor=Logz.io&") && !run.stdout.contains("from-the-query"));
}

/// `--lang zh-CN` puts the prose for a person in Chinese, as the page would, and changes no
/// other output by a byte; the share link keeps the language.
#[test]
fn lang_puts_only_the_console_steps_and_the_handback_in_chinese() {
    let all = |lang: &[&str]| -> BTreeMap<String, String> {
        let run = rolesmith(&[&["build", LOGZIO, "--output", "all", "--format", "json"], lang].concat(), "");
        assert_eq!(run.code, 0, "{}", run.stderr);
        serde_json::from_str(&run.stdout).unwrap()
    };
    let (english, chinese) = (all(&[]), all(&["--lang", "zh-CN"]));
    assert_eq!(english.keys().collect::<Vec<_>>(), chinese.keys().collect::<Vec<_>>());
    let plan = Spec::from_url("", &LOGZIO[1..]).validate().0.unwrap();
    for (name, text) in &english {
        let translated = &chinese[name];
        match name.as_str() {
            "console-steps" | "handback" => {
                let name = OutputName::from_name(name).unwrap();
                assert_eq!(text, &output::text(&plan, name, Lang::En).unwrap());
                assert_eq!(translated, &output::text(&plan, name, Lang::ZhCn).unwrap());
                assert!(translated.contains("角色 ARN"), "{translated}");
            }
            "share-link" => assert!(translated.ends_with("&lang=zh-CN"), "{translated}"),
            _ => assert_eq!(text, translated, "{name}"),
        }
    }
    let run = rolesmith(&["build", LOGZIO, "--lang", "zh-CN", "--output", "handback"], "");
    assert_eq!((run.code, run.stdout.as_str()), (0, chinese["handback"].as_str()));
    assert!(run.stdout.starts_with("将以下内容发送给 Logz.io：\n"), "{}", run.stdout);
}

#[test]
fn build_with_an_error_standing_prints_the_findings_and_exits_2() {
    let stderr = refused(&["build", LOGZIO, "--bucket", "Acme_Logs", "--output", "all", "--format", "json"]);
    assert!(stderr.contains("\"at\": \"bucket\""), "{stderr}");
    let stderr = refused(&["build", "--bucket", "acme-logs"]);
    assert!(
        stderr.starts_with("account: error missing-value: Enter the vendor's AWS account ID.\n"),
        "{stderr}"
    );
}

#[test]
fn warnings_go_to_stderr_and_never_block() {
    let run = rolesmith(&["build", LOGZIO, "--account", "999999999999", "--output", "role-arn"], "");
    assert_eq!((run.code, run.stdout.as_str()), (0, "arn:aws:iam::210987654321:role/logz-io-s3-access"));
    assert!(
        run.stderr.starts_with("account: warning principal-not-published: Logz.io publishes"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_output_the_page_does_not_show_is_refused() {
    let stderr = refused(&["build", LOGZIO, "--mode", "user", "--output", "trust-policy"]);
    assert!(stderr.contains("the page shows no 'trust-policy' output for these parameters"), "{stderr}");
}

/// Each with the words that say what is wrong.
#[test]
fn bad_arguments_get_a_usage_message_and_exit_2() {
    let cases: &[(&[&str], &str)] = &[
        (&[], "Usage: rolesmith <COMMAND>"),
        (&["frobnicate"], "unrecognized subcommand 'frobnicate'"),
        (
            &["build", LOGZIO, "--output", "all"],
            "`--output all` prints every output as one JSON object; add `--format json`",
        ),
        (&["build", "--bukcet", "acme-logs"], "unexpected argument '--bukcet'"),
        (&["build", "--output", "trust_policy"], "invalid value 'trust_policy' for '--output <NAME>'"),
        (&["build", "--bucket"], "a value is required for '--bucket <VALUE>'"),
        (&["build", "--bucket", "a", "--bucket", "b"], "cannot be used multiple times"),
        (&["build", "#bucket=a", "#bucket=b"], "unexpected argument '#bucket=b'"),
        (&["check", "--format", "xml"], "invalid value 'xml' for '--format <FORMAT>'"),
    ];
    for (args, says) in cases {
        let stderr = refused(args);
        let usage =
            stderr.contains("Usage: rolesmith") || stderr.contains("For more information, try '--help'.");
        assert!(stderr.contains(says) && usage, "{args:?}: {stderr}");
    }
    let help = rolesmith(&["build", "--help"], "");
    assert_eq!(help.code, 0);
    assert!(help.stdout.contains("--external-id <VALUE>") && help.stdout.contains("[alias: --external_id]"));
}

const NO_EXTERNAL_ID: &str = "{\"Version\": \"2012-10-17\",\n \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::406095609952:root\"}, \"Action\": \"sts:AssumeRole\"}]}\n";

#[test]
fn check_exits_1_exactly_when_a_finding_is_an_error() {
    // The page's own documents: no finding at all.
    let clean = rolesmith(&["check", "core/tests/golden/seed-logzio-role/trust-policy.json"], "");
    assert_eq!((clean.code, clean.stdout.as_str(), clean.stderr.as_str()), (0, "", ""));
    // A warning alone never fails the check.
    let warned = rolesmith(&["check", "-"], NO_EXTERNAL_ID);
    assert_eq!(warned.code, 0);
    assert!(
        warned.stdout.starts_with("<stdin>:2:49: warning trust-without-external-id: "),
        "{}",
        warned.stdout
    );
    // Guance's published trust policy still holds the documentation's placeholders.
    let guance = rolesmith(&["check", "core/tests/lint/guance-role-trust/policy.json"], "");
    assert_eq!(guance.code, 1);
    assert!(guance.stdout.starts_with("core/tests/lint/guance-role-trust/policy.json:8:24: error placeholder: '<Authorized Account ID>' is a placeholder"), "{}", guance.stdout);
}

#[test]
fn check_reads_several_files_and_standard_input_in_the_order_given() {
    let run = rolesmith(
        &["check", "--format", "json", "core/tests/lint/guance-role-trust/policy.json", "-"],
        NO_EXTERNAL_ID,
    );
    assert_eq!(run.code, 1);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let files: Vec<&str> =
        json["files"].as_array().unwrap().iter().map(|file| file["file"].as_str().unwrap()).collect();
    assert_eq!(files, ["core/tests/lint/guance-role-trust/policy.json", "<stdin>"]);
    assert_eq!(json["files"][1]["findings"][0]["code"], "trust-without-external-id");
    // The least-privilege equivalent, as a link `rolesmith build` takes.
    assert_eq!(json["files"][1]["fix"]["link"], "#principal=arn:aws:iam::406095609952:root");
    // No file at all reads standard input too, in every format.
    for format in ["text", "json", "sarif"] {
        let run = rolesmith(&["check", "--format", format], NO_EXTERNAL_ID);
        assert_eq!(run.code, 0, "{format}");
        assert!(run.stdout.contains("trust-without-external-id"), "{format}: {}", run.stdout);
    }
}

#[test]
fn a_policy_inside_terraform_or_cloudformation_is_checked_at_the_file_s_lines() {
    let terraform = "resource \"aws_iam_role\" \"vendor\" {\n  name = \"vendor\"\n  assume_role_policy = jsonencode({\n    Version = \"2012-10-17\"\n    Statement = [{\n      Effect = \"Allow\"\n      Principal = { AWS = \"arn:aws:iam::406095609952:root\" }\n      Action = \"sts:AssumeRole\"\n    }]\n  })\n}\n";
    let run = rolesmith(&["check", "-"], terraform);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("<stdin>:7:7: warning trust-without-external-id: "), "{}", run.stdout);
}

/// `--lang zh-CN` writes the same findings, at the same places, in Chinese in every format;
/// SARIF's rules keep their English descriptions, and a language Rolesmith lacks is refused.
#[test]
fn check_speaks_the_language_asked_for() {
    let guance = "core/tests/lint/guance-role-trust/policy.json";
    let english = rolesmith(&["check", guance], "");
    let chinese = rolesmith(&["check", "--lang", "zh-CN", guance], "");
    assert_eq!((chinese.code, english.code), (1, 1));
    assert_eq!(rolesmith(&["check", "--lang", "en", guance], "").stdout, english.stdout);
    assert_eq!(chinese.stdout.lines().count(), english.stdout.lines().count());
    for (zh, en) in chinese.stdout.lines().zip(english.stdout.lines()) {
        let (place, message) = zh.split_once(": error placeholder: ").unwrap();
        assert!(en.starts_with(&format!("{place}: error placeholder: ")), "{en}");
        assert!(message.contains("是文档中的占位符"), "{zh}");
    }
    let json = rolesmith(&["check", "--lang", "zh-CN", "--format", "json", "-"], NO_EXTERNAL_ID);
    let json: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let message = json["files"][0]["findings"][0]["message"].as_str().unwrap();
    assert!(message.starts_with("其他账户无需外部 ID 即可代入此角色"), "{message}");
    let sarif = rolesmith(&["check", "--lang", "zh-CN", "--format", "sarif", "-"], NO_EXTERNAL_ID);
    let sarif: serde_json::Value = serde_json::from_str(&sarif.stdout).unwrap();
    let run = &sarif["runs"][0];
    assert_eq!(run["results"][0]["message"]["text"], message);
    let rule = run["tool"]["driver"]["rules"][0]["fullDescription"]["text"].as_str().unwrap();
    assert!(rule.starts_with("A trust statement that lets an AWS principal assume the role"), "{rule}");
    let stderr = refused(&["check", "--lang", "zh", guance]);
    assert!(stderr.contains("invalid value 'zh' for '--lang <LANG>'"), "{stderr}");
    assert!(stderr.contains("use one of: en, zh-CN"), "{stderr}");
}

#[test]
fn an_unreadable_file_stops_the_check_before_anything_is_printed() {
    let stderr = refused(&["check", "core/tests/lint/guance-role-trust/policy.json", "no/such/policy.json"]);
    assert!(stderr.starts_with("error: can't read no/such/policy.json: "), "{stderr}");
    assert!(repository().join("core/tests/lint/guance-role-trust/policy.json").is_file());
}

/// The README's examples under "Command line" run as printed, in a shell, with `$VENDOR_LINK`
/// set and a trust and a permissions policy in the folder: the README stays true.
#[test]
fn the_readme_s_examples_run_as_printed() {
    let readme = std::fs::read_to_string(repository().join("README.md")).unwrap();
    let section = readme.split("\n## Command line\n").nth(1).unwrap();
    let block = section.split("```sh\n").nth(1).unwrap().split("```").next().unwrap();
    let commands: Vec<String> = block
        .replace("\\\n", " ")
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(str::to_owned)
        .collect();
    assert_eq!(commands.len(), 3, "three examples: {commands:?}");
    let scratch = std::env::temp_dir().join(format!("rolesmith-readme-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();
    let golden = repository().join("core/tests/golden/seed-logzio-role");
    for file in ["trust-policy.json", "permissions-policy.json"] {
        std::fs::copy(golden.join(file), scratch.join(file.replace("-policy", ""))).unwrap();
    }
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_rolesmith")).parent().unwrap().to_owned();
    let path = std::env::join_paths(
        [bin].into_iter().chain(std::env::split_paths(&std::env::var_os("PATH").unwrap())),
    );
    for command in &commands {
        let output = std::process::Command::new("sh")
            .args(["-c", command])
            .current_dir(&scratch)
            .env("PATH", path.as_ref().unwrap())
            .env(
                "VENDOR_LINK",
                "#vendor=Logz.io&account=406095609952&access=read&external_id=logzio-4f9c2a7e-acme",
            )
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{command}: {stderr}");
        assert!(
            !String::from_utf8_lossy(&output.stdout).is_empty() || command.contains(" check "),
            "{command}"
        );
    }
    let _ = std::fs::remove_dir_all(&scratch);
}
