//! KMS key ARNs, for buckets encrypted with SSE-KMS (aws-rules §10): the key the vendor must be
//! allowed to use, in the same partition as everything else.

use std::fmt;

use crate::finding::Problem;
use crate::model::{AccountId, Partition};

/// A KMS key ARN `arn:P:kms:REGION:ACCOUNT:key/ID`. Invariant: a known partition, a region
/// name's shape, a 12-digit account and a key ID (a UUID, or `mrk-` and 32 hex digits for a
/// multi-Region key). Aliases are refused: IAM authorises KMS calls against the key ARN only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KmsKeyArn {
    partition: Partition,
    text: String,
}

impl KmsKeyArn {
    /// Checks the ARN's shape field by field; an alias gets its own message.
    pub fn parse(raw: &str) -> Result<KmsKeyArn, Vec<Problem>> {
        let fields: Vec<&str> = raw.splitn(6, ':').collect();
        let [arn, partition_name, service, region, account, resource] = fields[..] else {
            return Err(vec![Problem::KmsKeyShape]);
        };
        if arn != "arn" || service != "kms" || !is_region(region) {
            return Err(vec![Problem::KmsKeyShape]);
        }
        let partition = Partition::parse(partition_name).map_err(|_| vec![Problem::KmsKeyShape])?;
        AccountId::parse(account)?;
        match resource.split_once('/') {
            Some(("key", id)) if is_key_id(id) => {}
            Some(("alias", _)) => return Err(vec![Problem::KmsKeyAlias]),
            _ => return Err(vec![Problem::KmsKeyShape]),
        }
        Ok(KmsKeyArn { partition, text: raw.to_owned() })
    }

    /// The partition the key lives in, which must be the grant's.
    pub fn partition(&self) -> Partition {
        self.partition
    }

    /// The ARN as written in documents.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The region the key lives in (the ARN's fourth field, checked by `parse`).
    pub fn region(&self) -> &str {
        self.text.split(':').nth(3).unwrap_or_default()
    }

    /// The `kms:ViaService` values for S3 in the key's region (aws-rules §10): a key used only
    /// through S3 can't be used to decrypt other ciphertext directly. In `aws-cn` no source
    /// settles whether S3 sends the `.amazonaws.com` or the `.amazonaws.com.cn` name, so both are
    /// listed; either still means "through S3 only".
    pub fn s3_via_services(&self) -> Vec<String> {
        let name = format!("s3.{}.amazonaws.com", self.region());
        match self.partition {
            Partition::AwsCn => vec![name.clone(), format!("{name}.cn")],
            Partition::Aws | Partition::AwsUsGov => vec![name],
        }
    }
}

impl fmt::Display for KmsKeyArn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// `us-east-1`, `cn-north-1`, `us-gov-west-1`: lowercase words joined by `-`, ending in a number.
fn is_region(region: &str) -> bool {
    let parts: Vec<&str> = region.split('-').collect();
    parts.len() >= 3
        && parts[..parts.len() - 1]
            .iter()
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase()))
        && parts[parts.len() - 1].bytes().all(|b| b.is_ascii_digit())
        && !parts[parts.len() - 1].is_empty()
}

/// A UUID (`1234abcd-12ab-34cd-56ef-1234567890ab`) or a multi-Region key ID (`mrk-` + 32 hex).
fn is_key_id(id: &str) -> bool {
    let hex = |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_hexdigit());
    if let Some(mrk) = id.strip_prefix("mrk-") {
        return hex(mrk, 32);
    }
    let parts: Vec<&str> = id.split('-').collect();
    parts.len() == 5 && parts.iter().zip([8, 4, 4, 4, 12]).all(|(part, len)| hex(part, len))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(raw: &str) -> Vec<&'static str> {
        match KmsKeyArn::parse(raw) {
            Ok(_) => vec![],
            Err(problems) => problems.iter().map(Problem::code).collect(),
        }
    }

    #[test]
    fn key_arns_parse_in_every_partition() {
        let key = KmsKeyArn::parse(
            "arn:aws-cn:kms:cn-north-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        )
        .unwrap();
        assert_eq!(key.partition(), Partition::AwsCn);
        assert_eq!(
            key.to_string(),
            "arn:aws-cn:kms:cn-north-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
        );
        assert_eq!(key.s3_via_services(), ["s3.cn-north-1.amazonaws.com", "s3.cn-north-1.amazonaws.com.cn"]);
        assert_eq!(
            codes("arn:aws-us-gov:kms:us-gov-west-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"),
            [""; 0]
        );
    }

    #[test]
    fn aliases_and_other_shapes_are_refused() {
        assert_eq!(codes("arn:aws:kms:us-east-1:111122223333:alias/my-key"), ["kms-key-alias"]);
        assert_eq!(codes("1234abcd-12ab-34cd-56ef-1234567890ab"), ["kms-key-shape"]);
        assert_eq!(
            codes("arn:aws:kms::111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
            ["kms-key-shape"]
        );
        assert_eq!(
            codes("arn:aws:s3:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
            ["kms-key-shape"]
        );
        assert_eq!(
            codes("arn:aws:kms:us-east-1:1111:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
            ["account-digits"]
        );
        assert_eq!(codes("arn:aws:kms:us-east-1:111122223333:key/not-a-key"), ["kms-key-shape"]);
    }
}
