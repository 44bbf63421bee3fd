//! Access presets: the `access` parameter, a named least-privilege set of S3 actions.

use std::fmt;

use crate::finding::Problem;
use crate::model::S3Action;

/// What the vendor may do with the bucket (or prefix). Each preset is the smallest set of actions
/// that does the job (aws-rules §10): every preset can find the bucket's region, reading needs
/// listing, writing needs multipart clean-up, and deleting is a separate opt-in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Access {
    /// List the bucket (or prefix) and download.
    Read,
    /// Upload only (with multipart clean-up).
    Write,
    /// Read and write: the default.
    #[default]
    ReadWrite,
    /// Read and write, and delete objects.
    ReadWriteDelete,
}

impl Access {
    /// Every preset, from least to most.
    pub const ALL: [Access; 4] = [Access::Read, Access::Write, Access::ReadWrite, Access::ReadWriteDelete];
    /// The `access=` values, as findings list them.
    pub const NAMES: &'static [&'static str] = &["read", "write", "read-write", "read-write-delete"];

    /// The preset named exactly `raw`, or [`Problem::NotOneOf`].
    pub fn parse(raw: &str) -> Result<Access, Vec<Problem>> {
        match raw {
            "read" => Ok(Access::Read),
            "write" => Ok(Access::Write),
            "read-write" => Ok(Access::ReadWrite),
            "read-write-delete" => Ok(Access::ReadWriteDelete),
            _ => Err(vec![Problem::NotOneOf { value: raw.to_owned(), allowed: Access::NAMES }]),
        }
    }

    /// The `access=` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Access::Read => "read",
            Access::Write => "write",
            Access::ReadWrite => "read-write",
            Access::ReadWriteDelete => "read-write-delete",
        }
    }

    /// The preset's actions, sorted.
    pub fn actions(self) -> Vec<S3Action> {
        let read = [S3Action::LIST_BUCKET, S3Action::GET_OBJECT];
        let write = [S3Action::PUT_OBJECT, S3Action::ABORT_MULTIPART_UPLOAD];
        let mut actions = vec![S3Action::GET_BUCKET_LOCATION];
        match self {
            Access::Read => actions.extend(read),
            Access::Write => actions.extend(write),
            Access::ReadWrite => actions.extend(read.into_iter().chain(write)),
            Access::ReadWriteDelete => {
                actions.extend(read.into_iter().chain(write).chain([S3Action::DELETE_OBJECT]))
            }
        }
        actions.sort();
        actions
    }
}

impl fmt::Display for Access {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(access: Access) -> Vec<String> {
        access.actions().iter().map(S3Action::to_string).collect()
    }

    #[test]
    fn presets_are_least_privilege() {
        assert_eq!(names(Access::Read), ["s3:GetBucketLocation", "s3:GetObject", "s3:ListBucket"]);
        assert_eq!(names(Access::Write), ["s3:AbortMultipartUpload", "s3:GetBucketLocation", "s3:PutObject"]);
        assert_eq!(
            names(Access::ReadWriteDelete),
            [
                "s3:AbortMultipartUpload",
                "s3:DeleteObject",
                "s3:GetBucketLocation",
                "s3:GetObject",
                "s3:ListBucket",
                "s3:PutObject"
            ]
        );
    }

    #[test]
    fn names_round_trip() {
        for name in Access::NAMES {
            assert_eq!(Access::parse(name).map(Access::as_str), Ok(*name));
        }
        assert!(Access::parse("admin").is_err());
    }
}
