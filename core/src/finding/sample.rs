//! Sample field values, so tests can build one of every [`Problem`](super::Problem) without a
//! hand-kept list that a new variant could miss.

use super::Problem;
use crate::lang::{msg, Message};
use crate::model::{Partition, ResourceKind, S3Action};
use crate::param::Param;
use crate::policy::kind::{DocKind, Wrapper};
use crate::policy::size::Quota;

pub(crate) trait Sample {
    fn sample() -> Self;
}

macro_rules! samples {
    ($($ty:ty => $value:expr),* $(,)?) => {
        $(impl Sample for $ty {
            fn sample() -> Self {
                $value
            }
        })*
    };
}

samples! {
    String => "x".to_owned(),
    &'static str => "x",
    &'static [&'static str] => &["a", "b"],
    char => 'x',
    usize => 3,
    bool => true,
    Param => Param::Bucket,
    Partition => Partition::AwsCn,
    S3Action => S3Action::GET_OBJECT,
    ResourceKind => ResourceKind::Object,
    DocKind => DocKind::Trust,
    Wrapper => Wrapper::Statement,
    Quota => Quota::ManagedPolicy,
    Box<Problem> => Box::new(Problem::BucketDoubleDot),
    Message => msg::type_expected_string(),
}

impl<T: Sample> Sample for Option<T> {
    fn sample() -> Self {
        Some(T::sample())
    }
}

impl<T: Sample> Sample for Vec<T> {
    fn sample() -> Self {
        vec![T::sample()]
    }
}
