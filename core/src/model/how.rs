//! The ways of creating the grant: the `how` parameter and the page's tabs.

use std::fmt;

use crate::finding::Problem;
use crate::lang::{msg, Message};

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
    pub fn label(self) -> Message {
        match self {
            How::Console => msg::how_console(),
            How::Bash => msg::how_bash(),
            How::PowerShell => msg::how_powershell(),
            How::CloudFormation => msg::how_cloudformation(),
            How::Terraform => msg::how_terraform(),
        }
    }

    /// Where to run it, in one line.
    pub fn where_to_run(self) -> Message {
        match self {
            How::Console => msg::how_console_where(),
            How::Bash => msg::how_bash_where(),
            How::PowerShell => msg::how_powershell_where(),
            How::CloudFormation => msg::how_cloudformation_where(),
            How::Terraform => msg::how_terraform_where(),
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
