//! The ways of creating the grant: the `how` parameter and the page's tabs.

use std::fmt;

use crate::finding::Problem;

/// One way of creating the role (or user) and its policy. The console comes first: it is how most
/// customers do it, and how every vendor's own instructions read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum How {
    /// The AWS console, step by step: the default.
    #[default]
    Console,
    /// The AWS CLI in bash (CloudShell).
    Bash,
    /// The AWS CLI in PowerShell.
    PowerShell,
    /// A CloudFormation template.
    CloudFormation,
    /// A Terraform configuration.
    Terraform,
}

impl How {
    /// In the order the tabs show them.
    pub const ALL: [How; 5] = [How::Console, How::Bash, How::PowerShell, How::CloudFormation, How::Terraform];
    /// The `how=` values, as findings list them.
    pub const NAMES: &'static [&'static str] =
        &["console", "bash", "powershell", "cloudformation", "terraform"];

    /// The way named exactly `raw`, or [`Problem::NotOneOf`].
    pub fn parse(raw: &str) -> Result<How, Vec<Problem>> {
        How::ALL
            .into_iter()
            .find(|how| how.as_str() == raw)
            .ok_or_else(|| vec![Problem::NotOneOf { value: raw.to_owned(), allowed: How::NAMES }])
    }

    /// The `how=` value and the tab's `data-how`.
    pub fn as_str(self) -> &'static str {
        match self {
            How::Console => "console",
            How::Bash => "bash",
            How::PowerShell => "powershell",
            How::CloudFormation => "cloudformation",
            How::Terraform => "terraform",
        }
    }

    /// The tab's label.
    pub fn label(self) -> &'static str {
        match self {
            How::Console => "AWS console",
            How::Bash => "CloudShell (bash)",
            How::PowerShell => "PowerShell",
            How::CloudFormation => "CloudFormation",
            How::Terraform => "Terraform",
        }
    }

    /// Where to run it, in one line.
    pub fn where_to_run(self) -> &'static str {
        match self {
            How::Console => "Click through the AWS console, signed in to the account that owns the bucket.",
            How::Bash => "Paste into AWS CloudShell (the >_ icon in the console's top bar) or a terminal signed in to the account.",
            How::PowerShell => "Paste into a PowerShell window signed in to the account (AWS Tools or the AWS CLI installed).",
            How::CloudFormation => "Download the template and create its stack in the CloudFormation console, as the steps below it say, or deploy it from CloudShell.",
            How::Terraform => "Add it to your configuration, then run `terraform apply` with your own AWS provider.",
        }
    }
}

impl fmt::Display for How {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for how in How::ALL {
            assert_eq!(How::parse(how.as_str()), Ok(how));
        }
        assert!(How::parse("cdk").is_err());
        assert_eq!(How::default(), How::Console);
    }
}
