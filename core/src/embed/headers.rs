//! What the host of the builder's page must send (`host-headers`): the right MIME type for the
//! wasm, no sniffing, and `frame-ancestors` naming the vendor's docs (a meta CSP can't carry
//! `frame-ancestors`: browsers ignore it there, so only a header limits who may frame the page).

use serde::Serialize;

use crate::embed::Kit;
use crate::policy::to_pretty_json;

/// `frame-ancestors 'self' https://docs.example.com …`: the builder's own origin (the kit's live
/// preview) and the vendor's docs.
fn frame_ancestors(kit: &Kit) -> String {
    let mut sources = vec!["'self'".to_owned()];
    sources.extend(kit.docs_origins.iter().map(|origin| origin.as_str().to_owned()));
    format!("frame-ancestors {}", sources.join(" "))
}

/// `_headers` for Netlify and Cloudflare Pages, with the other hosts' notes as comments.
pub fn netlify_headers(kit: &Kit) -> String {
    [
        "# _headers (Netlify, Cloudflare Pages), at the root of the site that serves the builder.".to_owned(),
        "# GitHub Pages sends no custom headers: the page's own meta CSP still applies, but any site"
            .to_owned(),
        "# may frame it there. For CloudFront, see the response headers policy below.".to_owned(),
        "/*".to_owned(),
        format!("  Content-Security-Policy: {}", frame_ancestors(kit)),
        "  X-Content-Type-Options: nosniff".to_owned(),
        "/*.wasm".to_owned(),
        "  Content-Type: application/wasm".to_owned(),
        "# Only if the .wasm and .js are served from another origin than the page (a CDN):".to_owned(),
        format!("#   Access-Control-Allow-Origin: {}", kit.page_origin.as_str()),
    ]
    .join("\n")
        + "\n"
}

/// A CloudFront response headers policy (`aws cloudfront create-response-headers-policy
/// --response-headers-policy-config file://policy.json`), as JSON from a serde model.
pub fn cloudfront_policy(kit: &Kit) -> String {
    to_pretty_json(&ResponseHeadersPolicyConfig {
        name: "rolesmith-embed",
        comment: "Lets the vendor's docs frame the Rolesmith builder",
        security_headers_config: SecurityHeadersConfig {
            content_security_policy: ContentSecurityPolicy {
                override_: true,
                content_security_policy: frame_ancestors(kit),
            },
            content_type_options: Override { override_: true },
        },
    })
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct ResponseHeadersPolicyConfig {
    name: &'static str,
    comment: &'static str,
    security_headers_config: SecurityHeadersConfig,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct SecurityHeadersConfig {
    content_security_policy: ContentSecurityPolicy,
    content_type_options: Override,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct ContentSecurityPolicy {
    #[serde(rename = "Override")]
    override_: bool,
    content_security_policy: String,
}

#[derive(Serialize)]
struct Override {
    #[serde(rename = "Override")]
    override_: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embed::tests::logzio;

    #[test]
    fn frame_ancestors_name_the_docs_and_the_preview() {
        let kit = logzio();
        assert!(netlify_headers(&kit)
            .contains("Content-Security-Policy: frame-ancestors 'self' https://docs.logz.io"));
        let policy: serde_json::Value = serde_json::from_str(&cloudfront_policy(&kit)).unwrap();
        assert_eq!(
            policy["SecurityHeadersConfig"]["ContentSecurityPolicy"]["ContentSecurityPolicy"],
            "frame-ancestors 'self' https://docs.logz.io"
        );
    }
}
