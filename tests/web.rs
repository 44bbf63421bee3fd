//! Component tests in headless Chromium: mount the app, act as a user would, and assert through the
//! public DOM hooks (`data-output`, `data-error-for`, `name=`), never through markup snapshots.
#![cfg(target_arch = "wasm32")]

use std::any::Any;

use leptos::prelude::*;
use rolesmith::ui::App;
use rolesmith_core::param::Param;
use rolesmith_core::spec::Spec;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{
    Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement,
};

wasm_bindgen_test_configure!(run_in_browser);

const LOGZIO: &str = "vendor=Logz.io&account=406095609952&external_id=logzio-4f9c2a7e-acme\
    &bucket=acme-elb-logs&prefix=AWSLogs/elb/&access=read&customer_account=210987654321";

/// The app mounted in its own element; unmounted and removed when dropped.
struct Page {
    root: HtmlElement,
    _mounted: Box<dyn Any>,
}

impl Page {
    async fn open(query: &'static str) -> Page {
        let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
        document().body().unwrap().append_child(&root).unwrap();
        let mounted = leptos::mount::mount_to(
            root.clone(),
            move || view! { <App initial=Spec::from_url(query, "") /> },
        );
        leptos::task::tick().await;
        Page { root, _mounted: Box::new(mounted) }
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    fn field(&self, param: Param) -> Element {
        self.find(&format!("[name=\"{param}\"]")).unwrap_or_else(|| panic!("no field named {param}"))
    }

    /// Replaces a text field's value the way typing does: set it, then fire `input`.
    async fn type_into(&self, param: Param, text: &str) {
        let input: HtmlInputElement = self.field(param).unchecked_into();
        input.set_value(text);
        self.fire(&input, "input").await;
    }

    async fn choose(&self, param: Param, value: &str) {
        let select: HtmlSelectElement = self.field(param).unchecked_into();
        select.set_value(value);
        self.fire(&select, "change").await;
    }

    async fn fire(&self, target: &web_sys::EventTarget, kind: &str) {
        let init = EventInit::new();
        init.set_bubbles(true);
        target.dispatch_event(&Event::new_with_event_init_dict(kind, &init).unwrap()).unwrap();
        leptos::task::tick().await;
    }

    /// Pastes into the policy checker.
    async fn paste_policy(&self, text: &str) {
        let checker: HtmlTextAreaElement =
            self.find("textarea[name=\"check\"]").expect("checker").unchecked_into();
        checker.set_value(text);
        self.fire(&checker, "input").await;
    }

    async fn click(&self, selector: &str) {
        let button: HtmlElement =
            self.find(selector).unwrap_or_else(|| panic!("no {selector}")).unchecked_into();
        button.click();
        leptos::task::tick().await;
    }

    fn value_of(&self, param: Param) -> String {
        self.field(param).unchecked_into::<HtmlInputElement>().value()
    }

    fn output(&self, name: &str) -> Option<String> {
        self.find(&format!("[data-output=\"{name}\"]")).and_then(|element| element.text_content())
    }

    fn error_for(&self, param: Param) -> Option<String> {
        self.find(&format!("[data-error-for=\"{param}\"]")).and_then(|element| element.text_content())
    }

    fn warning_for(&self, param: Param) -> Option<String> {
        self.find(&format!("[data-warning-for=\"{param}\"]")).and_then(|element| element.text_content())
    }

    fn copy_button_disabled(&self, name: &str) -> bool {
        self.find(&format!("[data-copy-for=\"{name}\"]")).expect("copy button").has_attribute("disabled")
    }
}

impl Drop for Page {
    fn drop(&mut self) {
        self.root.remove();
    }
}

#[wasm_bindgen_test]
async fn params_fill_the_form_and_every_output() {
    let page = Page::open(LOGZIO).await;
    assert!(page.find("[data-ready=\"true\"]").is_some());
    assert_eq!(page.value_of(Param::Bucket), "acme-elb-logs");
    let trust = page.output("trust-policy").unwrap();
    assert!(trust.contains("\"AWS\": \"arn:aws:iam::406095609952:root\""), "{trust}");
    assert!(trust.contains("\"sts:ExternalId\": \"logzio-4f9c2a7e-acme\""), "{trust}");
    let permissions = page.output("permissions-policy").unwrap();
    assert!(permissions.contains("arn:aws:s3:::acme-elb-logs/AWSLogs/elb/*"), "{permissions}");
    assert_eq!(page.output("role-arn").as_deref(), Some("arn:aws:iam::210987654321:role/logz-io-s3-access"));
    assert!(page.output("cli-bash").unwrap().contains("POLICY_ARN=$(aws iam create-policy"));
    assert!(page
        .find("[data-size-for=\"trust-policy\"]")
        .unwrap()
        .text_content()
        .unwrap()
        .contains(" / 2048"));
}

#[wasm_bindgen_test]
async fn typing_updates_every_output_at_once() {
    let page = Page::open(LOGZIO).await;
    page.type_into(Param::Bucket, "acme-new-logs").await;
    for name in ["permissions-policy", "cli-bash", "cloudformation", "terraform"] {
        let text = page.output(name).unwrap();
        assert!(text.contains("acme-new-logs") && !text.contains("acme-elb-logs"), "{name}: {text}");
    }
}

#[wasm_bindgen_test]
async fn an_error_sits_on_its_field_blocks_outputs_and_keeps_the_text() {
    let page = Page::open(LOGZIO).await;
    page.type_into(Param::Bucket, "Acme_Logs").await;
    assert_eq!(page.value_of(Param::Bucket), "Acme_Logs");
    let error = page.error_for(Param::Bucket).expect("bucket error");
    assert!(error.contains("Bucket names can't contain 'A'"), "{error}");
    let field = page.field(Param::Bucket);
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
    let error_id = page.find("[data-error-for=\"bucket\"]").unwrap().id();
    assert!(field.get_attribute("aria-describedby").unwrap().split(' ').any(|id| id == error_id));
    for name in ["trust-policy", "permissions-policy", "cli-bash"] {
        let text = page.output(name).unwrap();
        assert!(!text.contains("2012-10-17") && text.contains("Fix the form first"), "{name}: {text}");
        assert!(page.copy_button_disabled(name), "{name} still offers a copy");
    }

    page.type_into(Param::Bucket, "acme-logs").await;
    assert_eq!(page.error_for(Param::Bucket), None);
    assert_eq!(page.find("[name=\"bucket\"]").unwrap().get_attribute("aria-invalid"), None);
    assert!(!page.copy_button_disabled("trust-policy"));
}

#[wasm_bindgen_test]
async fn a_warning_explains_but_never_blocks() {
    let page = Page::open(LOGZIO).await;
    page.type_into(Param::Bucket, "acme.example.logs").await;
    assert!(page.warning_for(Param::Bucket).unwrap().contains("Dots in a bucket name"));
    assert_eq!(page.error_for(Param::Bucket), None);
    assert!(page.output("permissions-policy").unwrap().contains("arn:aws:s3:::acme.example.logs"));
}

#[wasm_bindgen_test]
async fn a_missing_value_is_reported_once_the_field_was_used() {
    let page = Page::open("account=406095609952&external_id=logzio-4f9c2a7e-acme").await;
    assert_eq!(page.error_for(Param::Bucket).as_deref(), Some("Enter the bucket name."));
    assert_eq!(
        page.field(Param::Bucket).get_attribute("aria-invalid"),
        None,
        "an untouched field is not scolded"
    );
    assert!(page.output("trust-policy").unwrap().contains("Enter the bucket name."));
    page.type_into(Param::Bucket, "x").await;
    page.type_into(Param::Bucket, "").await;
    assert_eq!(page.error_for(Param::Bucket).as_deref(), Some("Enter the bucket name."));
    assert_eq!(page.field(Param::Bucket).get_attribute("aria-invalid").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn user_mode_drops_the_trust_policy_and_role_fields() {
    let page = Page::open(LOGZIO).await;
    page.choose(Param::Mode, "user").await;
    assert_eq!(page.output("trust-policy"), None);
    assert!(page.find("[name=\"external_id\"]").is_none());
    assert!(page.find("[name=\"user_name\"]").is_some());
    assert!(page.output("cli-bash").unwrap().contains("aws iam create-access-key"));
}

#[wasm_bindgen_test]
async fn choosing_read_access_removes_writes() {
    let page = Page::open("account=406095609952&external_id=logzio-4f9c2a7e-acme&bucket=acme-logs").await;
    assert!(page.output("permissions-policy").unwrap().contains("s3:PutObject"));
    page.choose(Param::Access, "read").await;
    assert!(!page.output("permissions-policy").unwrap().contains("s3:PutObject"));
}

#[wasm_bindgen_test]
async fn locked_fields_are_shown_but_not_editable() {
    let page =
        Page::open("account=406095609952&external_id=abc123xyz&lock=account,external_id,partition").await;
    assert!(page.field(Param::Account).has_attribute("readonly"));
    assert!(page.field(Param::ExternalId).has_attribute("readonly"));
    assert!(page.field(Param::Partition).has_attribute("disabled"));
    assert!(!page.field(Param::Bucket).has_attribute("readonly"));
}

#[wasm_bindgen_test]
async fn unknown_parameters_get_a_notice_not_a_crash() {
    let page = Page::open("bukcet=oops&bucket=acme-logs").await;
    let notice = page.find("[data-notice=\"unknown-params\"]").unwrap().text_content().unwrap();
    assert!(notice.contains("'bukcet'"), "{notice}");
    assert_eq!(page.value_of(Param::Bucket), "acme-logs");
}

#[wasm_bindgen_test]
async fn the_checker_lints_a_pasted_policy_and_loads_its_fix() {
    let page = Page::open("account=406095609952&external_id=logzio-4f9c2a7e-acme&bucket=old-bucket").await;
    page.paste_policy(include_str!("../core/tests/lint/databend-permissions/policy.json")).await;
    let finding = page.find("[data-finding=\"action-wildcard-expanded\"]").expect("the s3:*Object finding");
    assert_eq!(finding.get_attribute("data-severity").as_deref(), Some("warning"));
    assert!(page.output("check-fix").unwrap().contains("arn:aws:s3:::test-bucket-123"));
    page.click("[data-action=\"load-into-form\"]").await;
    assert_eq!(page.value_of(Param::Bucket), "test-bucket-123");
    assert_eq!(
        page.value_of(Param::ExternalId),
        "logzio-4f9c2a7e-acme",
        "a permissions policy leaves trust alone"
    );
    assert!(page.output("permissions-policy").unwrap().contains("arn:aws:s3:::test-bucket-123/*"));
}

#[wasm_bindgen_test]
async fn a_crash_replaces_the_app_with_a_message_and_a_reload_button() {
    let page = Page::open(LOGZIO).await;
    assert!(page.output("cli-bash").is_some());
    rolesmith::ui::crash::replace_content(&page.root);
    let alert = page.find("[role=alert][data-crashed=true]").expect("the crash message");
    let text = alert.text_content().unwrap_or_default();
    assert!(text.contains("Nothing you typed left your browser"), "{text}");
    assert!(page.find("[data-output]").is_none(), "no output survives a crash");
    let button = alert.query_selector("button").unwrap().expect("a reload button");
    assert_eq!(button.text_content().as_deref(), Some("Reload"));
}
