//! Lint rules about how much a statement grants: an Allow of every action or every action of a
//! service, `NotAction`/`NotResource` in an Allow, S3 actions on every bucket, a trust that lets
//! another account in without an external ID (the confused deputy), and the marks policy
//! generators leave behind.

use serde_json::Value;

use super::{string_items, Lint, Statement};
use crate::finding::Problem;
use crate::model::{ResourceKind, S3Action};
use crate::policy::json::{s3_path, strings};
use crate::policy::kind::DocKind;

/// An Allow's breadth: `*`, `service:*`, `NotAction`, `NotResource`, S3 actions on every bucket.
/// A Deny may be as broad as it likes (the deny guard is `Action: "*"`).
pub(super) fn allow(lint: &mut Lint, statement: &Statement) {
    if !statement.allow {
        return;
    }
    if let Some(actions) = statement.get("Action") {
        for (path, name) in string_items(lint, &statement.at("Action"), actions) {
            // A bucket policy delegating to access points (`Action: "*"` under a condition, as
            // AWS documents) is not an open grant.
            let delegated = lint.doc == DocKind::Bucket && statement.get("Condition").is_some();
            if name == "*" && !delegated {
                lint.report(&path, Problem::AllowAllActions);
            } else if name.split_once(':').is_some_and(|(_, action)| action == "*") {
                lint.report(&path, Problem::AllowServiceWildcard { pattern: name.to_owned() });
            }
        }
    }
    if statement.get("NotAction").is_some() {
        lint.report(&statement.at("NotAction"), Problem::AllowNotAction);
    }
    if statement.get("NotResource").is_some() {
        lint.report(&statement.at("NotResource"), Problem::AllowNotResource);
    }
    let Some(resources) = statement.get("Resource") else { return };
    let every_bucket = string_items(lint, &statement.at("Resource"), resources)
        .into_iter()
        .find(|(_, arn)| *arn == "*" || s3_path(arn).is_some_and(|path| path.starts_with('*')));
    let in_buckets: Vec<S3Action> = strings(statement.get("Action"))
        .into_iter()
        .filter_map(S3Action::named)
        .filter(|action| action.resource() != ResourceKind::Account)
        .collect();
    if let (Some((path, _)), false) = (every_bucket, in_buckets.is_empty()) {
        lint.report(&path, Problem::S3ActionsOnEveryBucket { actions: in_buckets });
    }
}

/// A trust statement that lets an AWS principal assume the role with no `sts:ExternalId`: any
/// customer of the same vendor could have it act on this account (the confused deputy). A
/// statement pinned to one ARN by `aws:PrincipalArn` (a role assuming itself) is exempt.
pub(super) fn confused_deputy(lint: &mut Lint, statement: &Statement) {
    let Some(Value::Object(principal)) = statement.get("Principal") else { return };
    let assumes = strings(statement.get("Action"))
        .iter()
        .any(|name| ["sts:assumerole", "sts:*", "*"].contains(&name.to_ascii_lowercase().as_str()));
    let aws = strings(principal.get("AWS"));
    if !statement.allow || !assumes || aws.is_empty() || aws.iter().any(|named| named.contains(['*', '?'])) {
        return;
    }
    let keys: Vec<String> = match statement.get("Condition") {
        Some(Value::Object(operators)) => operators
            .values()
            .filter_map(Value::as_object)
            .flat_map(|keys| keys.keys().map(|key| key.to_ascii_lowercase()))
            .collect(),
        _ => vec![],
    };
    if !keys.iter().any(|key| key == "sts:externalid" || key == "aws:principalarn") {
        lint.report(&statement.at("Principal"), Problem::TrustWithoutExternalId);
    }
}

/// A bucket policy's Allow for `"*"` (anyone, signed in or not) with no condition to narrow it:
/// the bucket is public.
pub(super) fn public(lint: &mut Lint, statement: &Statement) {
    let anyone = match statement.get("Principal") {
        Some(Value::String(text)) => text == "*",
        Some(principal) => strings(principal.get("AWS")).contains(&"*"),
        None => false,
    };
    if statement.allow && anyone && statement.get("Condition").is_none() {
        lint.report(&statement.at("Principal"), Problem::PublicBucketPolicy);
    }
}

/// `Policy` or `Stmt` and a 13-digit timestamp: what the AWS Policy Generator writes as `Id` and
/// `Sid`. Harmless, but it names nothing, so a reader learns nothing from it.
pub(super) fn generator_leftover(lint: &mut Lint, path: &str, value: Option<&Value>, stem: &str) {
    let Some(Value::String(text)) = value else { return };
    let stamped = text
        .strip_prefix(stem)
        .is_some_and(|digits| digits.len() >= 10 && digits.bytes().all(|b| b.is_ascii_digit()));
    if stamped {
        lint.report(path, Problem::GeneratorLeftover { value: text.clone() });
    }
}

#[cfg(test)]
mod tests {
    use crate::policy::kind::DocKind;
    use crate::policy::lint::tests::check;

    fn document(statements: &str) -> String {
        format!(r#"{{"Version":"2012-10-17","Statement":[{statements}]}}"#)
    }

    #[test]
    fn broad_allows_are_named_and_broad_denies_are_not() {
        let all = document(r#"{"Effect":"Allow","Action":"*","Resource":"*"}"#);
        assert_eq!(check(&all, DocKind::Permissions), ["Statement[0].Action allow-all-actions"]);
        let service = document(r#"{"Effect":"Allow","Action":["s3:*"],"Resource":"arn:aws:s3:::b/*"}"#);
        assert_eq!(check(&service, DocKind::Permissions), ["Statement[0].Action[0] allow-service-wildcard"]);
        let not = document(r#"{"Effect":"Allow","NotAction":"iam:*","NotResource":"arn:aws:s3:::b"}"#);
        assert_eq!(
            check(&not, DocKind::Permissions),
            [
                "Statement[0].NotAction allow-with-not-action",
                "Statement[0].NotResource allow-with-not-resource"
            ]
        );
        let every_bucket = document(
            r#"{"Effect":"Allow","Action":["s3:GetObject","s3:ListAllMyBuckets"],"Resource":"arn:aws:s3:::*"}"#,
        );
        assert_eq!(
            check(&every_bucket, DocKind::Permissions),
            [
                "Statement[0].Action[1] action-resource-mismatch",
                "Statement[0].Resource s3-actions-on-every-bucket"
            ]
        );
        let guard = document(
            r#"{"Effect":"Allow","Action":"s3:ListAllMyBuckets","Resource":"*"},{"Effect":"Deny","Action":"*","NotResource":["arn:aws:s3:::b","arn:aws:s3:::b/*"]}"#,
        );
        // Only the KMS caveat every guard gets: the Deny of "*" is not called broad.
        assert_eq!(check(&guard, DocKind::Permissions), ["Statement[1] deny-blocks-kms"]);
    }

    #[test]
    fn another_account_without_an_external_id_is_the_confused_deputy() {
        let bare = document(
            r#"{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::366810793500:root"},"Action":"sts:AssumeRole"}"#,
        );
        assert_eq!(check(&bare, DocKind::Trust), ["Statement[0].Principal trust-without-external-id"]);
        let with_id = bare.replace(
            r#""Action":"sts:AssumeRole""#,
            r#""Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"gc-7f3a9e2b41d84c6e"}}"#,
        );
        assert_eq!(check(&with_id, DocKind::Trust), Vec::<String>::new());
        let self_assuming = bare.replace(
            r#""Action":"sts:AssumeRole""#,
            r#""Action":"sts:AssumeRole","Condition":{"ArnEquals":{"aws:PrincipalArn":"arn:aws:iam::366810793500:role/me"}}"#,
        );
        assert_eq!(check(&self_assuming, DocKind::Trust), Vec::<String>::new());
        let service = document(
            r#"{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}"#,
        );
        assert_eq!(check(&service, DocKind::Trust), Vec::<String>::new());
    }

    #[test]
    fn a_bucket_policy_for_anyone_is_public_unless_a_condition_narrows_it() {
        let anyone = document(
            r#"{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}"#,
        );
        assert_eq!(check(&anyone, DocKind::Bucket), ["Statement[0].Principal public-bucket-policy"]);
        let from_vpce = anyone.replace(
            r#""Resource":"arn:aws:s3:::b/*""#,
            r#""Resource":"arn:aws:s3:::b/*","Condition":{"StringEquals":{"aws:SourceVpce":"vpce-1a2b3c4d"}}"#,
        );
        assert_eq!(check(&from_vpce, DocKind::Bucket), Vec::<String>::new());
        let vendor = document(
            r#"{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::366810793500:role/vendor"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"},{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::b/*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}"#,
        );
        assert_eq!(check(&vendor, DocKind::Bucket), Vec::<String>::new());
        let nobody = document(r#"{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}"#);
        assert_eq!(check(&nobody, DocKind::Bucket), ["Statement[0] missing-principal"]);
    }

    #[test]
    fn generator_leftovers_and_the_old_version_are_named() {
        let generated = r#"{"Version":"2008-10-17","Id":"Policy1425281523961","Statement":[{"Sid":"Stmt1425281512345","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}"#;
        assert_eq!(
            check(generated, DocKind::Permissions),
            [
                "Version old-policy-version",
                "Id policy-generator-leftover",
                "Statement[0].Sid policy-generator-leftover"
            ]
        );
    }
}
