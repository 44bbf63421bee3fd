//! What goes back to the vendor: `handback` (the values for the vendor's form) and `followup`
//! (the vendor's own next-step text with our values filled in, as plain text only).

use crate::lang::{msg, Lang, Message};
use crate::plan::{access_key_advice, Grantee, Plan};

/// The values to paste into the vendor's form, one per line, in `lang`. Only real values: the
/// role ARN shows once the customer's account is known (`customer_account`), never as a
/// placeholder. An access key's advice follows its values after a blank line.
pub fn handback(plan: &Plan, lang: Lang) -> String {
    let paragraphs: Vec<Vec<Message>> = match &plan.grantee {
        Grantee::Role { .. } => {
            let mut values =
                vec![plan.naming_vendor(|vendor| msg::handback_send(vendor), msg::handback_send_unnamed())];
            values.extend(plan.role_arn().map(msg::handback_role_arn));
            values.extend(
                plan.external_id().map(|external_id| msg::handback_external_id(external_id.to_string())),
            );
            values.push(plan.places_line());
            vec![values]
        }
        Grantee::User { .. } => vec![
            vec![
                plan.naming_vendor(
                    |vendor| msg::handback_send_keys(vendor),
                    msg::handback_send_keys_unnamed(),
                ),
                msg::handback_access_key_id(),
                msg::handback_secret_access_key(),
                plan.places_line(),
            ],
            access_key_advice().to_vec(),
        ],
    };
    let paragraphs: Vec<String> = paragraphs
        .iter()
        .map(|lines| lines.iter().map(|line| line.text(lang)).collect::<Vec<_>>().join("\n"))
        .collect();
    paragraphs.join("\n\n") + "\n"
}

/// The vendor's follow-up text with `{role_arn}`, `{external_id}`, `{bucket}` and `{prefix}`
/// replaced by plain text; a placeholder whose value is unknown (the role ARN without the
/// customer's account, anything role-only in user mode) is left as it is, for the customer to fill.
pub fn followup(plan: &Plan) -> Option<String> {
    let template = plan.followup.as_ref()?;
    let values = plan.followup_values();
    // One pass over the template, so a value that happens to contain a placeholder is not
    // substituted again.
    let mut text = String::with_capacity(template.len());
    let mut rest = template.as_str();
    'scan: while !rest.is_empty() {
        for (placeholder, value) in &values {
            if let (Some(after), Some(value)) = (rest.strip_prefix(placeholder), value) {
                text.push_str(value);
                rest = after;
                continue 'scan;
            }
        }
        let mut chars = rest.chars();
        text.extend(chars.next());
        rest = chars.as_str();
    }
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::Spec;

    fn plan(params: &str) -> Plan {
        let (plan, findings) = Spec::from_url(params, "").validate();
        plan.unwrap_or_else(|| panic!("{findings:?}"))
    }

    #[test]
    fn followup_fills_known_values_once_and_keeps_unknown_ones() {
        let known = plan(
            "account=123456789012&external_id=my-external-id-123&bucket=test-bucket-123&prefix=in/&customer_account=987654321987&role_name=databend-test\
             &followup=CREATE+CONNECTION+c+ROLE_ARN+%3D+%27{role_arn}%27+EXTERNAL_ID+%3D+%27{external_id}%27+URL+%27s3://{bucket}/{prefix}%27+{bucket",
        );
        assert_eq!(
            followup(&known).unwrap(),
            "CREATE CONNECTION c ROLE_ARN = 'arn:aws:iam::987654321987:role/databend-test' EXTERNAL_ID = 'my-external-id-123' URL 's3://test-bucket-123/in/' {bucket\n"
        );
        let unknown =
            plan("account=123456789012&external_id=abc123&bucket=b-1&followup={role_arn}+{prefix}.");
        assert_eq!(followup(&unknown).unwrap(), "{role_arn} .\n");
        assert_eq!(followup(&plan("account=123456789012&external_id=abc123&bucket=b-1")), None);
    }

    #[test]
    fn the_role_arn_is_sent_only_once_it_is_known() {
        let base = "vendor=XMode&account=366810793500&user=xmode-data-transfer&external_id=AcmeCorp-XMode-2026&bucket=acme-xmode&role_name=xmode-reader";
        let without = handback(&plan(base), Lang::En);
        assert_eq!(
            without,
            "Send these to XMode:\nExternal ID: AcmeCorp-XMode-2026\nBucket: s3://acme-xmode/\n"
        );
        let with = handback(&plan(&format!("{base}&customer_account=210987654321")), Lang::En);
        assert!(with.contains("\nRole ARN: arn:aws:iam::210987654321:role/xmode-reader\n"), "{with}");
        assert!(!with.contains('<') && !with.contains('('), "{with}");
    }
}
