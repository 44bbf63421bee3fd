//! The proof that a fix allows no more than the pasted policy: each request a fix statement
//! allows (an action on a resource, or for a principal, under its conditions) must be allowed by a
//! pasted Allow whose conditions the fix's imply, and no pasted Deny may reach it. Judged
//! conservatively: when in doubt, the fix is refused, never offered broader.

use serde_json::{Map, Value};

use crate::finding::{Finding, Location, Problem};
use crate::hazard;
use crate::model::glob;
use crate::policy::json::{located_statements, strings};
use crate::policy::kind::DocKind;

/// One request shape a fix statement allows.
struct Grant<'a> {
    action: &'a str,
    target: Target<'a>,
    conditions: Option<&'a Map<String, Value>>,
}

#[derive(Clone, Copy)]
enum Target<'a> {
    Resource(&'a str),
    Principal(&'a str),
}

/// The first pasted statement that keeps a grant of `fix` from being allowed by `pasted`, or
/// `None` when the pasted policy allows everything the fix does.
pub(super) fn broadening(fix: &Value, pasted: &Value, kind: DocKind) -> Option<Finding> {
    let at = |path: String, problem| Finding { at: Location::Document { doc: kind, path }, problem };
    let pasted = located_statements(pasted);
    let (allows, denies): (Vec<_>, Vec<_>) = pasted.iter().partition(|(_, s)| is_allow(s));
    for (_, statement) in located_statements(fix).into_iter().filter(|(_, s)| is_allow(s)) {
        for grant in grants(statement) {
            if let Some((path, _)) = denies.iter().find(|(_, deny)| reaches(deny, &grant)) {
                return Some(at(path.clone(), Problem::FixBlockedByDeny));
            }
            if allows.iter().any(|(_, allow)| covers(allow, &grant, true)) {
                continue;
            }
            let conditioned = allows.iter().find(|(_, allow)| covers(allow, &grant, false));
            return Some(match conditioned {
                Some((path, allow)) => {
                    let key = unmet_condition(allow, grant.conditions).unwrap_or_default();
                    at(format!("{path}.Condition"), Problem::FixBlockedByCondition { key })
                }
                None => {
                    let (Target::Resource(target) | Target::Principal(target)) = grant.target;
                    at(
                        String::new(),
                        Problem::FixWouldBroaden {
                            action: grant.action.to_owned(),
                            target: target.to_owned(),
                        },
                    )
                }
            });
        }
    }
    None
}

fn is_allow(statement: &Map<String, Value>) -> bool {
    statement.get("Effect").and_then(Value::as_str) == Some("Allow")
}

/// Every action × resource (or principal) of a generated statement.
fn grants(statement: &Map<String, Value>) -> Vec<Grant<'_>> {
    let targets: Vec<Target> = match statement.get("Principal") {
        Some(principal) => strings(principal.get("AWS")).into_iter().map(Target::Principal).collect(),
        None => strings(statement.get("Resource")).into_iter().map(Target::Resource).collect(),
    };
    let conditions = statement.get("Condition").and_then(Value::as_object);
    strings(statement.get("Action"))
        .into_iter()
        .flat_map(|action| targets.iter().map(move |&target| Grant { action, target, conditions }))
        .collect()
}

/// A pasted element's patterns that can be read, and whether it also holds entries that can't
/// (not a string, a variable or template reference `${…}`, a placeholder): those could match
/// anything, so they never help a fix and always may stand in its way.
struct Patterns<'a> {
    known: Vec<&'a str>,
    unknown: bool,
}

impl<'a> Patterns<'a> {
    fn of(value: Option<&'a Value>) -> Patterns<'a> {
        let items: Vec<&Value> = match value {
            Some(Value::Array(items)) => items.iter().collect(),
            Some(other) => vec![other],
            None => vec![],
        };
        let mut patterns = Patterns { known: Vec::new(), unknown: false };
        for item in items {
            match item.as_str() {
                Some(text) if !text.contains("${") && !hazard::explains(text) => patterns.known.push(text),
                _ => patterns.unknown = true,
            }
        }
        patterns
    }

    /// Whether a known pattern matches the action (names are case-insensitive).
    fn name(&self, action: &str) -> bool {
        self.known.iter().any(|pattern| glob::matches_ignoring_case(pattern, action))
    }
}

/// Whether a pasted Allow surely names `action`: a known `Action` pattern matches it, or no
/// `NotAction` entry could.
fn allows_action(allow: &Map<String, Value>, action: &str) -> bool {
    match (allow.get("Action"), allow.get("NotAction")) {
        (Some(actions), _) => Patterns::of(Some(actions)).name(action),
        (None, Some(excluded)) => {
            let excluded = Patterns::of(Some(excluded));
            !excluded.unknown && !excluded.name(action)
        }
        (None, None) => false,
    }
}

/// Whether a pasted Deny could name `action`: an `Action` entry could match it, or no known
/// `NotAction` pattern spares it.
fn may_deny_action(deny: &Map<String, Value>, action: &str) -> bool {
    match (deny.get("Action"), deny.get("NotAction")) {
        (Some(actions), _) => {
            let actions = Patterns::of(Some(actions));
            actions.unknown || actions.name(action)
        }
        (None, Some(spared)) => !Patterns::of(Some(spared)).name(action),
        (None, None) => true,
    }
}

/// Whether a pasted Allow allows the grant (`with_conditions`: also under the grant's conditions).
fn covers(allow: &Map<String, Value>, grant: &Grant, with_conditions: bool) -> bool {
    let target = match grant.target {
        Target::Resource(resource) => match (allow.get("Resource"), allow.get("NotResource")) {
            (Some(patterns), _) => {
                Patterns::of(Some(patterns)).known.iter().any(|p| glob::covers(p, resource))
            }
            (None, Some(excluded)) => {
                let excluded = Patterns::of(Some(excluded));
                !excluded.unknown && !excluded.known.iter().any(|p| glob::could_meet(p, resource))
            }
            (None, None) => false,
        },
        Target::Principal(principal) => trusts(allow.get("Principal"), principal),
    };
    target
        && allows_action(allow, grant.action)
        && (!with_conditions || unmet_condition(allow, grant.conditions).is_none())
}

/// Whether a pasted `Principal` lets `principal` in: itself, its account, or anyone.
fn trusts(element: Option<&Value>, principal: &str) -> bool {
    let account = principal.split(':').nth(4).unwrap_or_default();
    let partition = principal.split(':').nth(1).unwrap_or_default();
    let root = format!("arn:{partition}:iam::{account}:root");
    match element {
        Some(Value::String(any)) => any == "*",
        Some(element) => strings(element.get("AWS"))
            .iter()
            .any(|named| *named == "*" || *named == principal || *named == root || *named == account),
        None => false,
    }
}

/// Whether a pasted Deny could deny the grant: its action element names the action and its
/// resource element could meet the resource. Principals and conditions are not judged: either
/// could only make the Deny miss.
fn reaches(deny: &Map<String, Value>, grant: &Grant) -> bool {
    let resource = match grant.target {
        Target::Principal(_) => true,
        Target::Resource(resource) => match (deny.get("Resource"), deny.get("NotResource")) {
            (Some(patterns), _) => {
                let patterns = Patterns::of(Some(patterns));
                patterns.unknown || patterns.known.iter().any(|p| glob::could_meet(p, resource))
            }
            (None, Some(spared)) => {
                !Patterns::of(Some(spared)).known.iter().any(|p| glob::covers(p, resource))
            }
            (None, None) => true,
        },
    };
    resource && may_deny_action(deny, grant.action)
}

/// The first condition key of a pasted statement that the grant's conditions don't imply.
/// Values of one key are alternatives, so fewer values are stricter, except under a negated
/// operator (`StringNotEquals`), where more are; `…IfExists` is looser than the operator without.
fn unmet_condition(pasted: &Map<String, Value>, granted: Option<&Map<String, Value>>) -> Option<String> {
    let pasted = pasted.get("Condition")?;
    let Some(pasted) = pasted.as_object() else { return Some(String::new()) };
    for (operator, keys) in pasted {
        let Some(keys) = keys.as_object() else { return Some(operator.clone()) };
        for (key, wide) in keys {
            let wide = scalars(wide);
            let implied = granted.into_iter().flatten().any(|(granted_operator, granted_keys)| {
                let same = granted_operator == operator
                    || operator.strip_suffix("IfExists") == Some(granted_operator.as_str());
                same && granted_keys.as_object().into_iter().flatten().any(|(granted_key, narrow)| {
                    let narrow = scalars(narrow);
                    granted_key.eq_ignore_ascii_case(key)
                        && !narrow.is_empty()
                        && if operator.contains("Not") {
                            wide.iter().all(|w| narrow.contains(w))
                        } else {
                            let like = operator.contains("Like");
                            narrow.iter().all(|n| wide.iter().any(|w| w == n || (like && glob::covers(w, n))))
                        }
                })
            });
            if !implied {
                return Some(key.clone());
            }
        }
    }
    None
}

/// A condition's values as text (`true`, `5` and `"5"` alike, as IAM compares them).
fn scalars(value: &Value) -> Vec<String> {
    match value {
        Value::Array(items) => items.iter().flat_map(scalars).collect(),
        Value::String(text) => vec![text.clone()],
        Value::Object(_) | Value::Null => vec![],
        other => vec![other.to_string()],
    }
}
