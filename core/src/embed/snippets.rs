//! One snippet per docs platform, each written from the [`Kit`] and escaped for its format: HTML
//! attributes and text, a JavaScript string (through serde_json, whose strings are JavaScript
//! strings), a Markdown link, JSX, ReadMe's template literal and Hugo's Go template.

use crate::embed::{HeightMessage, Kit};

/// What the frame allows: scripts and its own origin (the page needs both to run), downloads of
/// the files it makes, and links into the AWS console in a new tab.
const SANDBOX: &str =
    "allow-scripts allow-same-origin allow-downloads allow-popups allow-popups-to-escape-sandbox";
/// The frame's height until its first message; close to the page's height with a grant filled.
const INITIAL_HEIGHT: &str = "1100px";
/// The id the listener finds the frame by.
const FRAME_ID: &str = "rolesmith-frame";

/// HTML for any page that takes raw HTML: the frame and a small listener that sizes it to the
/// height the page reports, after checking the message came from this frame and this origin.
pub fn iframe(kit: &Kit) -> String {
    format!(
        "<iframe id=\"{FRAME_ID}\" title=\"{title}\" src=\"{src}\" loading=\"lazy\" style=\"width:100%;height:{INITIAL_HEIGHT};border:0\" sandbox=\"{SANDBOX}\" allow=\"clipboard-write\"></iframe>\n<script>\n{listener}</script>\n",
        title = attribute(&kit.title),
        src = attribute(&kit.frame_src()),
        listener = listener(kit),
    )
}

/// The listener, as plain JavaScript.
fn listener(kit: &Kit) -> String {
    let origin = js_string(kit.page_origin.as_str());
    let kind = js_string(HeightMessage::KIND);
    let id = js_string(FRAME_ID);
    [
        "window.addEventListener(\"message\", function (event) {".to_owned(),
        format!("  var frame = document.getElementById({id});"),
        format!("  if (!frame || event.origin !== {origin} || event.source !== frame.contentWindow) return;"),
        "  var data = event.data;".to_owned(),
        format!("  if (data && data.type === {kind} && typeof data.height === \"number\") {{"),
        "    frame.style.height = Math.ceil(data.height) + \"px\";".to_owned(),
        "  }".to_owned(),
        "});".to_owned(),
    ]
    .join("\n")
        + "\n"
}

/// A docs button: a Markdown link that opens the builder (for platforms that take no HTML).
pub fn markdown(kit: &Kit) -> String {
    let text: String = kit
        .title
        .chars()
        .flat_map(|c| {
            if matches!(c, '[' | ']' | '\\' | '*' | '_' | '`' | '<' | '>') {
                vec!['\\', c]
            } else {
                vec![c]
            }
        })
        .collect();
    // The link's URL is percent-encoded already: no space, parenthesis or angle bracket in it.
    format!("[{text}]({})\n", kit.link())
}

/// The frame as JSX, for MDX (Docusaurus, Mintlify): `style={{…}}`, camelCase attributes, and the
/// listener attached when the frame loads.
pub fn mdx(kit: &Kit) -> String {
    let origin = js_string(kit.page_origin.as_str());
    let kind = js_string(HeightMessage::KIND);
    [
        "<iframe".to_owned(),
        format!("  title={{{}}}", js_string(&kit.title)),
        format!("  src={{{}}}", js_string(&kit.frame_src())),
        "  loading=\"lazy\"".to_owned(),
        format!("  style={{{{ width: \"100%\", height: \"{INITIAL_HEIGHT}\", border: 0 }}}}"),
        format!("  sandbox=\"{SANDBOX}\""),
        "  allow=\"clipboard-write\"".to_owned(),
        // A ref runs as soon as React has the element, before the frame can post anything; an
        // onLoad handler could miss the first messages, or never run after hydration.
        "  ref={(frame) => {".to_owned(),
        "    if (!frame || frame.dataset.rolesmith) return;".to_owned(),
        "    frame.dataset.rolesmith = \"listening\";".to_owned(),
        "    window.addEventListener(\"message\", (event) => {".to_owned(),
        format!("      if (event.origin !== {origin} || event.source !== frame.contentWindow) return;"),
        format!("      if (event.data?.type === {kind} && typeof event.data.height === \"number\") {{"),
        "        frame.style.height = `${Math.ceil(event.data.height)}px`;".to_owned(),
        "      }".to_owned(),
        "    });".to_owned(),
        "  }}".to_owned(),
        "/>".to_owned(),
    ]
    .join("\n")
        + "\n"
}

/// ReadMe's `<HTMLBlock>`, told to run the listener (it strips scripts otherwise): the HTML
/// snippet inside a template literal, whose `` ` ``, `\` and `${` are escaped.
pub fn readme(kit: &Kit) -> String {
    let html = iframe(kit).replace('\\', "\\\\").replace('`', "\\`").replace("${", "\\${");
    format!("<HTMLBlock runScripts={{true}}>{{`\n{html}`}}</HTMLBlock>\n")
}

/// A Hugo shortcode file with the HTML snippet, and the call that puts it in a page. A `{{` in
/// the HTML would start a Go template action, so each is written as one.
pub fn hugo(kit: &Kit) -> String {
    let html = iframe(kit).replace("{{", "{{ \"{{\" }}");
    [
        "{{/* layouts/shortcodes/rolesmith.html */}}",
        html.trim_end(),
        "",
        "{{/* In a page: */}}",
        "{{< rolesmith >}}",
        "",
    ]
    .join("\n")
}

/// Text for a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\'', "&#39;")
}

/// A JavaScript string literal: JSON's, with `<` escaped so `</script>` can't end the script.
fn js_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default().replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embed::tests::logzio;
    use crate::embed::Kit;
    use crate::spec::Spec;

    fn hostile() -> Kit {
        let constants = Spec::from_url("vendor=O'Brien %26 Sons ${y `z` </script", "");
        let (kit, findings) = Kit::build(&constants, "https://rolesmith.example/", "");
        kit.unwrap_or_else(|| panic!("{findings:?}"))
    }

    #[test]
    fn the_iframe_carries_the_contract_attributes() {
        let html = iframe(&logzio());
        for part in [
            "title=\"Grant Logz.io access to your S3 bucket\"",
            "loading=\"lazy\"",
            "sandbox=\"allow-scripts allow-same-origin allow-downloads allow-popups allow-popups-to-escape-sandbox\"",
            "allow=\"clipboard-write\"",
            "event.origin !== \"https://rolesmith.example\"",
            "event.source !== frame.contentWindow",
        ] {
            assert!(html.contains(part), "{part} in {html}");
        }
    }

    #[test]
    fn vendor_text_is_escaped_for_each_format() {
        let kit = hostile();
        let html = iframe(&kit);
        assert!(html.contains("title=\"Grant O&#39;Brien &amp; Sons ${y `z` &lt;/script access"), "{html}");
        assert_eq!(html.matches("</script").count(), 1, "only the listener's own end tag: {html}");
        assert!(readme(&kit).contains("\\${y \\`z\\`"), "{}", readme(&kit));
        assert!(
            markdown(&kit).starts_with("[Grant O'Brien & Sons ${y \\`z\\` \\</script access"),
            "{}",
            markdown(&kit)
        );
        assert!(
            mdx(&kit)
                .contains(r#"title={"Grant O'Brien & Sons ${y `z` \u003c/script access to your S3 bucket"}"#),
            "{}",
            mdx(&kit)
        );
        assert!(hugo(&kit).contains("{{< rolesmith >}}"));
    }
}
