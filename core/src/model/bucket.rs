//! S3 general-purpose bucket names (aws-rules §8).

use std::fmt;

use crate::finding::Problem;

/// Prefixes S3 reserves (rules 6–8).
const RESERVED_PREFIXES: [&str; 3] = ["xn--", "sthree-", "amzn-s3-demo-"];
/// Suffixes S3 reserves for access-point aliases and other bucket kinds (rules 9–13).
const RESERVED_SUFFIXES: [&str; 5] = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"];

/// An S3 general-purpose bucket name. Invariant: S3 would accept it for a new bucket.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BucketName(String);

impl BucketName {
    /// Reports every broken rule at once, so the user fixes the name in one go.
    pub fn parse(raw: &str) -> Result<BucketName, Vec<Problem>> {
        // What AWS hands out for a bucket (the console's "Copy S3 URI", its ARN, its URL) holds
        // the name: say which, rather than list the characters a name can't have.
        if let Some(name) = BucketName::in_address(raw) {
            return Err(vec![Problem::BucketAddress { name: name.0 }]);
        }
        let mut problems = Vec::new();
        let len = raw.chars().count();
        if !(3..=63).contains(&len) {
            problems.push(Problem::BucketLength { len });
        }
        if let Some(ch) = raw.chars().find(|&c| !matches!(c, 'a'..='z' | '0'..='9' | '.' | '-')) {
            problems.push(Problem::BucketChar { ch });
        }
        let edges = [raw.chars().next(), raw.chars().last()];
        if let Some(ch) = edges.into_iter().flatten().find(|&c| matches!(c, '.' | '-')) {
            problems.push(Problem::BucketEdge { ch });
        }
        if raw.contains("..") {
            problems.push(Problem::BucketDoubleDot);
        }
        if is_ip_address(raw) {
            problems.push(Problem::BucketIpAddress);
        }
        if let Some(prefix) = RESERVED_PREFIXES.into_iter().find(|p| raw.starts_with(p)) {
            problems.push(Problem::BucketReservedPrefix { prefix });
        }
        if let Some(suffix) = RESERVED_SUFFIXES.into_iter().find(|s| raw.ends_with(s)) {
            problems.push(Problem::BucketReservedSuffix { suffix });
        }
        if problems.is_empty() {
            Ok(BucketName(raw.to_owned()))
        } else {
            Err(problems)
        }
    }

    /// The name as S3 knows it.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The bucket named by an address AWS gives for it: `s3://name/…`, `arn:aws:s3:::name/…`,
    /// `https://name.s3.region.amazonaws.com/…` (virtual-hosted) or
    /// `https://s3.region.amazonaws.com/name/…` (path-style), in any partition's domain.
    pub fn in_address(raw: &str) -> Option<BucketName> {
        let raw = raw.trim();
        let name = if let Some(rest) = raw.strip_prefix("s3://") {
            rest.split('/').next()?
        } else if let Some(rest) = raw.strip_prefix("arn:").and_then(|rest| rest.split_once(":s3:::")) {
            rest.1.split('/').next()?
        } else {
            let rest = raw.strip_prefix("https://").or_else(|| raw.strip_prefix("http://"))?;
            let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
            let host =
                host.strip_suffix(".amazonaws.com").or_else(|| host.strip_suffix(".amazonaws.com.cn"))?;
            match host.split_once(".s3") {
                Some((bucket, _)) if !bucket.is_empty() => bucket,
                _ if host.starts_with("s3.") || host.starts_with("s3-") || host == "s3" => {
                    path.split('/').next()?
                }
                _ => return None,
            }
        };
        BucketName::parse(name).ok()
    }

    /// Advice about a valid name: dots work but break HTTPS virtual-host addressing.
    pub fn advice(&self) -> Vec<Problem> {
        if self.0.contains('.') {
            vec![Problem::BucketDots]
        } else {
            vec![]
        }
    }
}

impl fmt::Display for BucketName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Four dot-separated groups of 1–3 digits, the shape S3 refuses (rule 5).
fn is_ip_address(raw: &str) -> bool {
    let groups: Vec<&str> = raw.split('.').collect();
    groups.len() == 4
        && groups.iter().all(|g| (1..=3).contains(&g.len()) && g.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(raw: &str) -> Vec<&'static str> {
        match BucketName::parse(raw) {
            Ok(bucket) => {
                assert_eq!(bucket.to_string(), raw);
                bucket.advice().iter().map(Problem::code).collect()
            }
            Err(problems) => problems.iter().map(Problem::code).collect(),
        }
    }

    #[test]
    fn appendix_a_vectors() {
        let cases: &[(&str, &[&str])] = &[
            ("test-bucket-123", &[]),
            ("docexamplebucket1", &[]),
            ("my.example.s3.bucket", &["bucket-name-dots"]),
            ("bucket-name.", &["bucket-name-edge"]),
            ("Bucket", &["bucket-name-char"]),
            ("ab", &["bucket-name-length"]),
            ("192.168.5.4", &["bucket-name-ip-address"]),
            ("xn--abc", &["bucket-name-reserved-prefix"]),
            ("sthree-x", &["bucket-name-reserved-prefix"]),
            ("amzn-s3-demo-bucket", &["bucket-name-reserved-prefix"]),
            ("foo-s3alias", &["bucket-name-reserved-suffix"]),
            ("foo--ol-s3", &["bucket-name-reserved-suffix"]),
            ("foo.mrap", &["bucket-name-reserved-suffix"]),
            ("foo--x-s3", &["bucket-name-reserved-suffix"]),
            ("foo--table-s3", &["bucket-name-reserved-suffix"]),
            ("a..b", &["bucket-name-double-dot"]),
            (&"a".repeat(64), &["bucket-name-length"]),
            ("doc_example_bucket", &["bucket-name-char"]),
            ("doc-example-bucket-", &["bucket-name-edge"]),
        ];
        for (raw, expected) in cases {
            assert_eq!(check(raw), *expected, "{raw}");
        }
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        assert_eq!(
            check("-My_Bucket..x-s3alias"),
            ["bucket-name-char", "bucket-name-edge", "bucket-name-double-dot", "bucket-name-reserved-suffix"]
        );
    }

    #[test]
    fn an_address_aws_gives_names_its_bucket() {
        for raw in [
            "s3://acme-app-logs/",
            "s3://acme-app-logs",
            "s3://acme-app-logs/AWSLogs/elb/",
            "arn:aws:s3:::acme-app-logs",
            "arn:aws-cn:s3:::acme-app-logs/*",
            "https://acme-app-logs.s3.amazonaws.com/",
            "https://acme-app-logs.s3.eu-west-1.amazonaws.com/a/b.csv",
            "https://acme-app-logs.s3-eu-west-1.amazonaws.com",
            "https://s3.eu-west-1.amazonaws.com/acme-app-logs/a.csv",
            "https://acme-app-logs.s3.cn-north-1.amazonaws.com.cn/",
            " s3://acme-app-logs/ ",
        ] {
            assert_eq!(check(raw), ["bucket-name-address"], "{raw}");
            assert_eq!(BucketName::in_address(raw).map(|b| b.0), Some("acme-app-logs".to_owned()), "{raw}");
        }
        for raw in [
            "s3://",
            "s3://Bad_Name/",
            "https://example.com/acme-app-logs",
            "https://s3.amazonaws.com/",
            "acme-app-logs",
        ] {
            assert_eq!(BucketName::in_address(raw), None, "{raw}");
        }
        assert_eq!(
            BucketName::parse("s3://acme-app-logs/").unwrap_err()[0].to_string(),
            "This is the bucket's address; the field takes its name alone: acme-app-logs."
        );
    }

    #[test]
    fn a_space_is_called_a_space() {
        let problems = BucketName::parse("acme logs").unwrap_err();
        assert_eq!(
            problems[0].to_string(),
            "Bucket names can't contain spaces; use lowercase letters, digits, '.' and '-'."
        );
    }

    #[test]
    fn messages_are_verbatim() {
        let problems = BucketName::parse("foo-s3alias").unwrap_err();
        assert_eq!(
            problems[0].to_string(),
            "Bucket names can't end with '-s3alias'; AWS reserves it for other kinds of buckets and access points."
        );
    }
}
