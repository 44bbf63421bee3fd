//! Component tests in headless Chromium: mount the app, act as a user would, and assert through the
//! public DOM hooks (`data-output`, `data-error-for`, `name=`), never through markup snapshots.
#![cfg(target_arch = "wasm32")]

use std::any::Any;

use leptos::prelude::*;
use rolesmith::ui::App;
use rolesmith_core::lang::Lang;
use rolesmith_core::output::OutputName;
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

/// Lets Leptos apply every DOM update an event caused: updates run as scheduled tasks, and one
/// change (loading a fix, say) can schedule another (a disclosure opening).
async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

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
            move || view! { <App spec=RwSignal::new(Spec::from_url(query, "")) /> },
        );
        settle().await;
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
        settle().await;
    }

    /// The policy checker's text box.
    fn checker(&self) -> HtmlTextAreaElement {
        self.find("textarea[name=\"check\"]").expect("checker").unchecked_into()
    }

    /// Pastes into the policy checker.
    async fn paste_policy(&self, text: &str) {
        let checker = self.checker();
        checker.set_value(text);
        self.fire(&checker, "input").await;
    }

    /// Waits for what only the browser's event loop brings (a worker's events), looking every
    /// 20 ms for up to 5 s, as Playwright's assertions do.
    async fn until(&self, condition: impl Fn() -> bool) {
        for _ in 0..250 {
            if condition() {
                return;
            }
            let pause = js_sys::Promise::new(&mut |resolve, _| {
                let _ = web_sys::window()
                    .unwrap()
                    .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20);
            });
            wasm_bindgen_futures::JsFuture::from(pause).await.unwrap();
            settle().await;
        }
        panic!("still not so after 5 s");
    }

    /// Presses a key on an element, as the keyboard would.
    async fn key(&self, target: &Element, key: &str) {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        target.dispatch_event(&event).unwrap();
        settle().await;
    }

    async fn click(&self, selector: &str) {
        let button: HtmlElement =
            self.find(selector).unwrap_or_else(|| panic!("no {selector}")).unchecked_into();
        button.click();
        settle().await;
    }

    /// The value of the control named for `param`, whatever its element (input, text area, select).
    fn value_of(&self, param: Param) -> String {
        js_sys::Reflect::get(&self.field(param), &"value".into())
            .ok()
            .and_then(|value| value.as_string())
            .unwrap_or_default()
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

    /// The text of the visible label tied to `param`'s field.
    fn label_of(&self, param: Param) -> String {
        self.find(&format!("label[for=\"field-{param}\"]"))
            .and_then(|label| label.text_content())
            .unwrap_or_else(|| panic!("no label for {param}"))
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
async fn locked_values_read_as_a_summary_set_by_the_vendor() {
    let page = Page::open(
        "vendor=Logz.io&account=406095609952&external_id=abc123xyz&partition=aws&lock=account,external_id,partition",
    )
    .await;
    let card = page.find("section.locked").expect("the summary card");
    assert!(card.text_content().unwrap_or_default().contains("Set by the link you opened"));
    for param in [Param::Account, Param::ExternalId, Param::Partition] {
        let shown = page
            .find(&format!("section.locked [name=\"{param}\"]"))
            .unwrap_or_else(|| panic!("{param} in the card"));
        // Text reads as a read-only text area; a choice in words, in a disabled select.
        assert!(shown.has_attribute("readonly") || shown.has_attribute("disabled"), "{param}");
        let label =
            page.find(&format!("label[for=\"{}\"]", shown.id())).unwrap_or_else(|| panic!("{param} label"));
        assert!(!label.text_content().unwrap_or_default().is_empty());
    }
    assert_eq!(page.value_of(Param::Account), "406095609952");
    let partition = page.find("section.locked [name=\"partition\"]").unwrap();
    assert_eq!(partition.text_content().as_deref(), Some("aws: standard regions"));
    assert!(page.find("[name=\"principal_choice\"]").is_none(), "the vendor fixed the principal");
    assert!(!page.field(Param::Bucket).has_attribute("readonly"));
}

#[wasm_bindgen_test]
async fn unknown_parameters_get_a_notice_not_a_crash() {
    let page = Page::open("bukcet=oops&bucket=acme-logs").await;
    let notice = page.find("[data-notice=\"unknown-params\"]").unwrap().text_content().unwrap();
    assert!(notice.contains("'bukcet'"), "{notice}");
    assert_eq!(page.value_of(Param::Bucket), "acme-logs");
}

/// The checker's worker loads on first use from files only the release build makes (issue 23),
/// so here, as on a host that lost them, it can't start: the checker must say so and keep the
/// text. Its findings and fix, from the worker, are end-to-end tests (`checker.spec.ts`).
#[wasm_bindgen_test]
async fn the_checker_says_when_its_worker_cant_load_and_keeps_the_text() {
    let page = Page::open("").await;
    let policy = include_str!("../core/tests/lint/databend-permissions/policy.json");
    page.paste_policy(policy).await;
    let summary =
        || page.find("#check-summary").and_then(|summary| summary.text_content()).unwrap_or_default();
    page.until(|| summary().contains("didn't load or didn't answer")).await;
    assert!(summary().contains("edit it to try again"), "{}", summary());
    assert_eq!(page.checker().value(), policy);
    assert!(page.find("[data-finding]").is_none());
    assert!(page.find("[aria-busy]").is_none(), "no longer loading");
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

#[wasm_bindgen_test]
async fn the_console_steps_hold_exactly_the_walkthrough_and_the_policies() {
    let page = Page::open(LOGZIO).await;
    let plan = Spec::from_url(LOGZIO, "").validate().0.expect("a valid plan");
    let expected = |name| rolesmith_core::output::text(&plan, name, Lang::En);
    assert_eq!(page.output("console-steps"), expected(OutputName::ConsoleSteps));
    assert_eq!(page.output("trust-policy"), expected(OutputName::TrustPolicy));
    assert_eq!(page.output("permissions-policy"), expected(OutputName::PermissionsPolicy));
    let links = page.root.query_selector_all("[data-output=\"console-steps\"] a[target=\"_blank\"]").unwrap();
    assert!(links.length() >= 3);

    // A text-only edit (another role name) rewrites the texts in place: the walk-through's nodes
    // stay, and so does the focus on one of its buttons.
    let value = page.find("[data-output=\"console-steps\"] code.value").expect("a value to copy");
    let button: HtmlElement =
        page.find("[data-output=\"console-steps\"] button.copy-value").expect("its button").unchecked_into();
    button.focus().unwrap();
    page.type_into(Param::RoleName, "acme-logs-reader").await;
    let renamed =
        Spec::from_url(&format!("{LOGZIO}&role_name=acme-logs-reader"), "").validate().0.expect("valid");
    assert_eq!(
        page.output("console-steps"),
        rolesmith_core::output::text(&renamed, OutputName::ConsoleSteps, Lang::En)
    );
    let value_now = page.find("[data-output=\"console-steps\"] code.value");
    assert!(
        value_now.is_some_and(|now| now.is_same_node(Some(&value))),
        "a node of the walk-through was replaced"
    );
    assert_eq!(document().active_element(), Some(button.unchecked_into::<Element>()));

    // Edits that reshape the walk-through (write access, a required ACL and its ownership
    // advice, a KMS key, another bucket) draw it anew, and it says exactly what the core says.
    const KMS_KEY: &str = "arn:aws:kms:us-east-1:210987654321:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    page.choose(Param::Access, "write").await;
    page.choose(Param::Acl, "bucket-owner-full-control").await;
    page.type_into(Param::KmsKey, KMS_KEY).await;
    page.type_into(Param::Bucket, "acme-sse-kms").await;
    let edited = format!(
        "{LOGZIO}&role_name=acme-logs-reader&access=write&acl=bucket-owner-full-control&kms_key={KMS_KEY}&bucket=acme-sse-kms"
    );
    let plan = Spec::from_url(&edited, "").validate().0.expect("a valid plan");
    let expected = |name| rolesmith_core::output::text(&plan, name, Lang::En);
    let steps = page.output("console-steps");
    assert!(
        steps.as_deref().is_some_and(|steps| steps.contains("put-bucket-ownership-controls")),
        "{steps:?}"
    );
    assert_eq!(steps, expected(OutputName::ConsoleSteps));
    assert_eq!(page.output("permissions-policy"), expected(OutputName::PermissionsPolicy));

    // And shrinking it: no ACL, no ownership advice.
    page.choose(Param::Acl, "").await;
    let plan = Spec::from_url(&format!("{edited}&acl="), "").validate().0.expect("a valid plan");
    let steps = page.output("console-steps");
    assert!(
        steps.as_deref().is_some_and(|steps| !steps.contains("put-bucket-ownership-controls")),
        "{steps:?}"
    );
    assert_eq!(steps, rolesmith_core::output::text(&plan, OutputName::ConsoleSteps, Lang::En));
}

#[wasm_bindgen_test]
async fn arrow_keys_move_between_the_ways_and_the_link_remembers() {
    let page = Page::open(LOGZIO).await;
    let selected =
        || page.find("[role=tab][aria-selected=\"true\"]").and_then(|tab| tab.get_attribute("data-how"));
    assert_eq!(selected().as_deref(), Some("console"));
    let tab = page.find("[role=tab][data-how=\"console\"]").unwrap();
    page.key(&tab, "ArrowRight").await;
    assert_eq!(selected().as_deref(), Some("bash"));
    page.key(&page.find("[role=tab][data-how=\"bash\"]").unwrap(), "End").await;
    assert_eq!(selected().as_deref(), Some("terraform"));
    let panel = page.find("#panel-terraform").unwrap();
    assert!(!panel.has_attribute("hidden"));
    assert!(page.find("#panel-console").unwrap().has_attribute("hidden"));
    assert!(page.output("console-steps").is_some(), "a hidden tab keeps its output in the page");
    assert!(page.output("share-link").unwrap_or_default().contains("how=terraform"));
}

#[wasm_bindgen_test]
async fn the_principal_choice_shows_the_one_field_it_needs() {
    let page = Page::open("account=406095609952&external_id=logzio-4f9c2a7e-acme&bucket=acme-logs").await;
    assert!(page.find("[name=\"role\"]").is_none() && page.find("[name=\"principal\"]").is_none());
    page.click("#principal-choice-role").await;
    page.type_into(Param::Role, "ingest").await;
    assert!(page.output("trust-policy").unwrap_or_default().contains(":role/ingest"));
    page.click("#principal-choice-arn").await;
    assert!(page.find("[name=\"account\"]").is_none(), "the ARN choice needs only the ARN");
    assert!(page.error_for(Param::Principal).is_some(), "an empty ARN is still to fill");
    page.click("#principal-choice-role").await;
    assert_eq!(page.value_of(Param::Role), "ingest", "switching back loses nothing");
    assert_eq!(page.value_of(Param::Account), "406095609952");
}

#[wasm_bindgen_test]
async fn more_options_open_by_themselves_when_one_of_them_has_a_value() {
    let closed = Page::open("account=406095609952&external_id=logzio-4f9c2a7e-acme&bucket=acme-logs").await;
    let details =
        |page: &Page| -> web_sys::HtmlDetailsElement { page.find("details.more").unwrap().unchecked_into() };
    assert!(!details(&closed).open());
    drop(closed);
    let page =
        Page::open("account=406095609952&external_id=logzio-4f9c2a7e-acme&bucket=acme-logs&kms_key=alias/x")
            .await;
    assert!(details(&page).open(), "a value with an error opens them");
    assert!(page.error_for(Param::KmsKey).is_some());
}

/// Reads the Chinese catalogue as the page does once it has fetched it (the page carries
/// English only).
fn chinese_ready() {
    assert_eq!(Lang::ZhCn.load(include_str!("../core/lang/zh-CN.txt")), Ok(()));
}

/// The language the whole page says it is in.
fn page_lang() -> Option<String> {
    document().document_element().and_then(|root| root.get_attribute("lang"))
}

#[wasm_bindgen_test]
async fn lang_zh_cn_shows_the_page_in_chinese_and_the_outputs_unchanged() {
    chinese_ready();
    let page = Page::open(
        "lang=zh-CN&vendor=Logz.io&account=406095609952&external_id=logzio-4f9c2a7e-acme&bucket=acme-elb-logs",
    )
    .await;
    assert_eq!(page_lang().as_deref(), Some("zh-CN"));
    assert_eq!(page.label_of(Param::Bucket), "存储桶名称");
    assert_eq!(page.label_of(Param::ExternalId), "外部 ID");
    let heading = page.find("h1").and_then(|h1| h1.text_content()).unwrap_or_default();
    assert_eq!(heading, "授予 Logz.io 访问您的 S3 存储桶的权限");
    let tab = page.find("[role=tab][data-how=\"console\"]").and_then(|tab| tab.text_content());
    assert_eq!(tab.as_deref(), Some("AWS 控制台"));
    let access =
        page.find("[name=\"access\"] option[value=\"read\"]").and_then(|option| option.text_content());
    assert_eq!(access.as_deref(), Some("读取：列出和下载"));
    // Documents are the same bytes in every language.
    let plan = Spec::from_url(
        "vendor=Logz.io&account=406095609952&external_id=logzio-4f9c2a7e-acme&bucket=acme-elb-logs",
        "",
    )
    .validate()
    .0
    .expect("a valid plan");
    let expected = rolesmith_core::output::text(&plan, OutputName::TrustPolicy, Lang::En);
    assert_eq!(page.output("trust-policy"), expected);
    rolesmith::ui::crash::replace_content(&page.root);
    let alert = page.find("[role=alert]").and_then(|alert| alert.text_content()).unwrap_or_default();
    assert!(alert.contains("您输入的任何内容都没有离开您的浏览器"), "{alert}");
}

#[wasm_bindgen_test]
async fn switching_the_language_keeps_what_was_typed() {
    chinese_ready();
    let page = Page::open(LOGZIO).await;
    assert_eq!(page_lang().as_deref(), Some("en"));
    assert_eq!(page.label_of(Param::Bucket), "Bucket name");
    let switch = page.field(Param::Lang);
    let label = page.find(&format!("label[for=\"{}\"]", switch.id())).and_then(|label| label.text_content());
    assert_eq!(label.as_deref(), Some("Language"), "the switch has a visible label");
    page.type_into(Param::Bucket, "acme-typed-logs").await;
    page.choose(Param::Lang, "zh-CN").await;
    assert_eq!(page_lang().as_deref(), Some("zh-CN"));
    assert_eq!(page.label_of(Param::Bucket), "存储桶名称");
    assert_eq!(page.value_of(Param::Bucket), "acme-typed-logs", "switching loses nothing typed");
    assert_eq!(page.value_of(Param::ExternalId), "logzio-4f9c2a7e-acme");
    assert!(page.output("permissions-policy").unwrap_or_default().contains("arn:aws:s3:::acme-typed-logs"));
    assert!(page.output("share-link").unwrap_or_default().contains("lang=zh-CN"));
    page.choose(Param::Lang, "en").await;
    assert_eq!(page_lang().as_deref(), Some("en"));
    assert_eq!(page.label_of(Param::Bucket), "Bucket name");
}
