//! A local AWS API emulator for tests: moto's server on a free 127.0.0.1 port, the real AWS CLI
//! pointed at it, and generated scripts run unmodified in a scratch directory.
//!
//! `.ci/setup` installs `moto_server` and `aws` into `.tools/venv`; without them a test fails and
//! says to run `make test`, it never passes silently. Use it from a test file with
//! `#[path = "support/moto.rs"] mod moto;`.
// Each test file uses only part of this API.
#![allow(dead_code)]

use std::collections::BTreeSet;
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::tools::{tool, tool_path, Scratch};

/// The account moto puts resources in unless told otherwise.
pub const DEFAULT_ACCOUNT: &str = "123456789012";

/// How long the server may take to answer after it starts (a cold Python start on a busy machine).
const START_TIMEOUT: Duration = Duration::from_secs(60);

/// How long one command aimed at the server (an `aws` call, or a whole script of them) may run
/// before it is killed, so a hung call fails its test instead of the whole CI run.
const COMMAND_TIMEOUT: &str = "300";

/// A running moto server, killed and its scratch directory removed on drop.
pub struct Moto {
    server: Child,
    endpoint: String,
    account: String,
    scratch: Scratch,
}

impl Moto {
    /// Starts a server whose resources belong to [`DEFAULT_ACCOUNT`].
    pub fn start() -> Moto {
        Moto::start_in_account(DEFAULT_ACCOUNT)
    }

    /// Starts a server whose resources belong to `account` (12 digits), so ARNs the scripts print
    /// can be compared with ones computed for that account.
    pub fn start_in_account(account: &str) -> Moto {
        let scratch = Scratch::new("moto");
        let port = free_port();
        let log_path = scratch.path().join("moto.log");
        let log = std::fs::File::create(&log_path).unwrap();
        let server = Command::new(tool("moto_server"))
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .env("MOTO_ACCOUNT_ID", account)
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap_or_else(|error| panic!("could not start moto_server ({error}); run `make test`"));
        let mut moto = Moto {
            server,
            endpoint: format!("http://127.0.0.1:{port}"),
            account: account.to_owned(),
            scratch,
        };
        moto.wait_until_listening(port, &log_path);
        moto
    }

    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    pub fn account(&self) -> &str {
        &self.account
    }

    /// A command for a tool (`aws`, `cfn-lint`, ...) aimed at this server: endpoint, dummy
    /// credentials, no user configuration, no region (callers add `--region` or
    /// `AWS_DEFAULT_REGION` as a user would), killed after [`COMMAND_TIMEOUT`] seconds.
    pub fn command(&self, program: &str) -> Command {
        let mut command = Command::new("timeout");
        command.args(["--kill-after=10", COMMAND_TIMEOUT]).arg(tool(program));
        for (name, _) in std::env::vars_os() {
            if name.to_str().is_some_and(|name| name.starts_with("AWS_")) {
                command.env_remove(name);
            }
        }
        command
            .env("PATH", tool_path())
            .env("AWS_ENDPOINT_URL", &self.endpoint)
            .env("AWS_ACCESS_KEY_ID", "testing")
            .env("AWS_SECRET_ACCESS_KEY", "testing")
            .env("AWS_CONFIG_FILE", "/dev/null")
            .env("AWS_SHARED_CREDENTIALS_FILE", "/dev/null")
            .env("AWS_PAGER", "")
            .stdin(Stdio::null());
        command
    }

    /// Runs `aws --region REGION ARGS... --output json` and returns the parsed answer; panics
    /// with the CLI's error text if it fails.
    pub fn aws_json(&self, region: &str, args: &[&str]) -> serde_json::Value {
        let output = self
            .command("aws")
            .args(["--region", region])
            .args(args)
            .args(["--output", "json"])
            .output()
            .unwrap();
        let stdout = check(&format!("aws {}", args.join(" ")), &output);
        serde_json::from_str(&stdout)
            .unwrap_or_else(|error| panic!("`aws {}` printed no JSON ({error}):\n{stdout}", args.join(" ")))
    }

    /// Runs a bash script unmodified under `bash -euo pipefail` in a fresh empty directory, with
    /// `AWS_DEFAULT_REGION` set to `region` or, for `None`, a terminal left configured for the
    /// standard partition (`AWS_REGION=us-east-1`, which beats `AWS_DEFAULT_REGION`): a script for
    /// another partition must name its region itself. Returns its standard output; panics with
    /// both outputs if it fails.
    pub fn run_script(&self, script: &Path, region: Option<&str>) -> String {
        let dir = Scratch::new("script");
        self.bash(&["-euo", "pipefail", &script.to_string_lossy()], dir.path(), region)
    }

    /// Runs `bash ARGS...` in `dir` with `region` as [`Moto::run_script`] sets it; panics with
    /// both outputs if it fails.
    pub fn bash(&self, args: &[&str], dir: &Path, region: Option<&str>) -> String {
        check(&format!("bash {}", args.join(" ")), &self.try_bash(args, dir, region))
    }

    /// The same, returning how it ended whether it succeeded or not.
    pub fn try_bash(&self, args: &[&str], dir: &Path, region: Option<&str>) -> Output {
        let mut command = self.command("bash");
        command.args(args).current_dir(dir);
        match region {
            Some(region) => command.env("AWS_DEFAULT_REGION", region),
            None => command.env("AWS_REGION", "us-east-1"),
        };
        command.output().unwrap()
    }

    fn wait_until_listening(&mut self, port: u16, log: &Path) {
        let started = Instant::now();
        while TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_err() {
            let exited = self.server.try_wait().unwrap();
            if exited.is_some() || started.elapsed() > START_TIMEOUT {
                let log = std::fs::read_to_string(log).unwrap_or_default();
                panic!("moto_server did not start listening on port {port} ({exited:?}):\n{log}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

/// A port nothing listens on right now, and never handed to another server of this test
/// process: servers start side by side, and the listener closes before moto binds the port, so
/// without this two of them could be given the same one and one case talk to the other's server.
fn free_port() -> u16 {
    static GIVEN: Mutex<BTreeSet<u16>> = Mutex::new(BTreeSet::new());
    loop {
        let port = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap().local_addr().unwrap().port();
        if GIVEN.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).insert(port) {
            return port;
        }
    }
}

/// The standard output of a command that must succeed; otherwise a panic with everything it said.
fn check(what: &str, output: &Output) -> String {
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "`{what}` failed ({}):\n--- stdout\n{stdout}\n--- stderr\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}
