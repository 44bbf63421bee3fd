//! The role trust policy: the vendor principal may assume the role with the external ID.

use crate::model::{ExternalId, Principal};
use crate::plan::{Plan, VendorTrust};
use crate::policy::doc::{
    Action, ConditionKey, Conditions, Effect, OneOrMany, Operator, PolicyDocument, PrincipalBlock, Sid,
    Statement, Version,
};

/// The plan's trust policy; `None` in user mode, where there is no role to trust, and with
/// `two_step` until the vendor has named its principal and external ID. A self-assuming role also
/// trusts itself.
pub fn for_plan(plan: &Plan) -> Option<PolicyDocument> {
    let VendorTrust { trusted, external_id } = plan.vendor_trust()?;
    let mut trust = document(trusted, external_id);
    trust.statement.extend(plan.self_assuming_arn().map(|own| itself(&own, external_id)));
    Some(trust)
}

/// The trust a `two_step` role is created with, before the vendor can name its principal
/// (design.md, `two_step`): the customer's own account root, pinned by `ArnEquals
/// aws:PrincipalArn` to this very role, which nothing can be while the role has no permission to
/// assume itself; usable by no one in practice, and no dummy external ID to mistake for a real one.
pub fn placeholder(plan: &Plan) -> Option<PolicyDocument> {
    let own = plan.two_step().then(|| plan.grantee_principal()).flatten()?;
    let statement = Statement {
        sid: Sid::of("PlaceholderUntilTheVendorIsKnown"),
        effect: Effect::Allow,
        principal: Some(PrincipalBlock { aws: own.account_root() }),
        action: vec![Action::AssumeRole],
        not_action: None,
        resource: None,
        not_resource: None,
        condition: Conditions::new(),
    }
    .when(Operator::ArnEquals, ConditionKey::PrincipalArn, OneOrMany::One(own.to_string()));
    Some(PolicyDocument { version: Version::Current, statement: vec![statement] })
}

/// The role trusting itself (Databricks Unity Catalog): a role can't name itself as a principal
/// while it is being created (it doesn't exist yet), so the statement trusts its own account's
/// root and narrows it with `ArnEquals aws:PrincipalArn` to exactly this role, with the same
/// external ID (reference/vendors.md).
fn itself(own: &Principal, external_id: &ExternalId) -> Statement {
    Statement {
        sid: Sid::of("TrustThisRoleItself"),
        effect: Effect::Allow,
        principal: Some(PrincipalBlock { aws: own.account_root() }),
        action: vec![Action::AssumeRole],
        not_action: None,
        resource: None,
        not_resource: None,
        condition: Conditions::new(),
    }
    .when(Operator::ArnEquals, ConditionKey::PrincipalArn, OneOrMany::One(own.to_string()))
    .when(
        Operator::StringEquals,
        ConditionKey::ExternalId,
        OneOrMany::One(external_id.as_str().to_owned()),
    )
}

/// One statement: `sts:AssumeRole` for `trusted`, only with `StringEquals sts:ExternalId`
/// (aws-rules §4–5), the condition that stops the confused deputy.
pub fn document(trusted: &Principal, external_id: &ExternalId) -> PolicyDocument {
    let statement = Statement {
        sid: Sid::of("TrustVendorWithExternalId"),
        effect: Effect::Allow,
        principal: Some(PrincipalBlock { aws: trusted.clone() }),
        action: vec![Action::AssumeRole],
        not_action: None,
        resource: None,
        not_resource: None,
        condition: Conditions::new(),
    }
    .when(
        Operator::StringEquals,
        ConditionKey::ExternalId,
        OneOrMany::One(external_id.as_str().to_owned()),
    );
    PolicyDocument { version: Version::Current, statement: vec![statement] }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Partition;
    use crate::policy::to_pretty_json;

    #[test]
    fn names_the_principal_and_requires_the_external_id() {
        let trusted =
            Principal::parse("arn:aws-cn:iam::588271335135:user/guance-s3-bakcuplog", Partition::AwsCn)
                .unwrap();
        let external_id = ExternalId::parse("gc-7f3a9e2b41d84c6e").unwrap();
        expect_test::expect![[r#"
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Sid": "TrustVendorWithExternalId",
                  "Effect": "Allow",
                  "Principal": {
                    "AWS": "arn:aws-cn:iam::588271335135:user/guance-s3-bakcuplog"
                  },
                  "Action": [
                    "sts:AssumeRole"
                  ],
                  "Condition": {
                    "StringEquals": {
                      "sts:ExternalId": "gc-7f3a9e2b41d84c6e"
                    }
                  }
                }
              ]
            }
        "#]]
        .assert_eq(&to_pretty_json(&document(&trusted, &external_id)));
    }
}
