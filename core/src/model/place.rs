//! One place the grant covers: a whole bucket, or a folder in it (`locations`, reference/vendors.md:
//! Datadog Log Archives' `my-bucket,my-bucket-with-path/path`).

use std::fmt;

use crate::finding::Problem;
use crate::model::{BucketName, KeyPrefix, Partition, ResourceArn};

/// A bucket, or a folder in it. Invariant: both parts are valid.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    /// The bucket.
    pub bucket: BucketName,
    /// The folder in it, or `None` for the whole bucket.
    pub prefix: Option<KeyPrefix>,
}

impl Place {
    /// `bucket` or `bucket/folder` (slashes around the folder are dropped), reporting every
    /// problem of both parts at once.
    pub fn parse(raw: &str) -> Result<Place, Vec<Problem>> {
        let (bucket, folder) = raw.split_once('/').unwrap_or((raw, ""));
        let folder = folder.trim_matches('/');
        let bucket = BucketName::parse(bucket);
        let prefix = if folder.is_empty() { Ok(None) } else { KeyPrefix::parse(folder).map(Some) };
        match (bucket, prefix) {
            (Ok(bucket), Ok(prefix)) => Ok(Place { bucket, prefix }),
            (bucket, prefix) => Err(bucket.err().into_iter().chain(prefix.err()).flatten().collect()),
        }
    }

    /// Whether everything `other` grants, this grants too: the same bucket, and `other`'s folder
    /// inside this one's (or this is the whole bucket).
    pub fn covers(&self, other: &Place) -> bool {
        self.bucket == other.bucket
            && match (&self.prefix, &other.prefix) {
                (None, _) => true,
                (Some(_), None) => false,
                (Some(outer), Some(inner)) => inner.folder().starts_with(&outer.folder()),
            }
    }

    /// `s3://bucket/folder/`, as people write a location.
    pub fn s3_uri(&self) -> String {
        format!("s3://{}/{}", self.bucket, self.prefix.as_ref().map(KeyPrefix::folder).unwrap_or_default())
    }

    /// `arn:P:s3:::bucket/folder/*`: its objects.
    pub fn objects_arn(&self, partition: Partition) -> ResourceArn {
        ResourceArn::objects(partition, &self.bucket, self.prefix.as_ref())
    }
}

/// `bucket` or `bucket/folder/`, as the form takes it.
impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.prefix {
            Some(prefix) => write!(f, "{}/{}", self.bucket, prefix.folder()),
            None => write!(f, "{}", self.bucket),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(raw: &str) -> Place {
        Place::parse(raw).unwrap()
    }

    #[test]
    fn a_bucket_or_a_folder_in_it() {
        assert_eq!(at("my-bucket").to_string(), "my-bucket");
        assert_eq!(at("my-bucket-with-path/path").to_string(), "my-bucket-with-path/path/");
        assert_eq!(at("b-1/logs/elb/").prefix.map(|p| p.folder()), Some("logs/elb/".to_owned()));
        assert_eq!(at("b-1/").prefix, None);
        let codes: Vec<&str> =
            Place::parse("Bad_Bucket/a*b").unwrap_err().iter().map(Problem::code).collect();
        assert_eq!(codes, ["bucket-name-char", "prefix-wildcard"]);
    }

    #[test]
    fn a_whole_bucket_covers_its_folders_and_a_folder_its_subfolders() {
        assert!(at("b-1").covers(&at("b-1/logs")));
        assert!(at("b-1/logs").covers(&at("b-1/logs/elb")));
        assert!(at("b-1/logs").covers(&at("b-1/logs")));
        assert!(!at("b-1/logs").covers(&at("b-1/logs-old")));
        assert!(!at("b-1/logs").covers(&at("b-1")));
        assert!(!at("b-1").covers(&at("b-2")));
    }
}
