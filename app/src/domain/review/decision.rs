//! The rules of a reviewer's decision: an outcome for every criterion, a written finding
//! for each one not met, and a verdict that follows from the outcomes.

use serde::{Deserialize, Serialize};

use super::criteria::{Criterion, Outcome};
use crate::domain::plain_text::has_hidden_characters;

/// The minimum length of a finding, in characters: enough to say what is wrong.
pub const MIN_FINDING_CHARS: usize = 20;
/// The maximum length of a finding, in characters.
pub const MAX_FINDING_CHARS: usize = 2000;
/// The form field of the verdict the reviewer chose.
pub const VERDICT_FIELD: &str = "verdict";

/// The verdict of a decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Every criterion is met (or does not apply): production credentials are issued.
    Approve,
    /// At least one criterion is not met: a Notice of Non-Conformance is issued.
    Notice,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Approve => "approve",
            Verdict::Notice => "notice",
        }
    }

    pub fn parse(value: &str) -> Option<Verdict> {
        [Verdict::Approve, Verdict::Notice]
            .into_iter()
            .find(|verdict| verdict.as_str() == value)
    }
}

/// A reviewer's result for one criterion, as recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CriterionResult {
    pub criterion: Criterion,
    pub outcome: Outcome,
    /// The written finding; present exactly when the criterion is not met.
    pub finding: Option<String>,
}

/// The decision form as posted: per criterion, the outcome and finding fields as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionInput {
    pub verdict: String,
    /// Pairs of (outcome, finding) in the order of [`Criterion::ALL`].
    pub answers: Vec<(String, String)>,
}

/// A decision that passed every rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub verdict: Verdict,
    pub results: Vec<CriterionResult>,
}

/// A problem with the decision form, under the name of the field it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecisionProblem {
    pub field: String,
    pub message: String,
}

/// Checks a posted decision. `public_client` is whether the PKCE rule applies: security
/// may be "not applicable" only for a confidential client; every other criterion is met or
/// not met. Returns every problem at once.
pub fn check_decision(
    input: &DecisionInput,
    public_client: bool,
) -> Result<Decision, Vec<DecisionProblem>> {
    let mut problems = Vec::new();
    let mut results = Vec::new();

    for (index, criterion) in Criterion::ALL.into_iter().enumerate() {
        let (outcome, finding) = input.answers.get(index).cloned().unwrap_or_default();
        match check_answer(criterion, &outcome, &finding, public_client) {
            Ok(result) => results.push(result),
            Err(problem) => problems.push(problem),
        }
    }

    let any_not_met = results.iter().any(|r| r.outcome == Outcome::NotMet);
    let verdict = Verdict::parse(input.verdict.trim());
    match verdict {
        None => problems.push(problem(
            VERDICT_FIELD,
            "Choose to approve the app or to issue a Notice of Non-Conformance.",
        )),
        Some(Verdict::Approve) if any_not_met => problems.push(problem(
            VERDICT_FIELD,
            "An app with a criterion not met cannot be approved: issue a Notice of \
             Non-Conformance instead.",
        )),
        Some(Verdict::Notice) if problems.is_empty() && !any_not_met => problems.push(problem(
            VERDICT_FIELD,
            "A Notice of Non-Conformance needs at least one criterion marked not met, with its \
             finding.",
        )),
        _ => {}
    }

    match (verdict, problems.is_empty()) {
        (Some(verdict), true) => Ok(Decision { verdict, results }),
        _ => Err(problems),
    }
}

fn check_answer(
    criterion: Criterion,
    outcome: &str,
    finding: &str,
    public_client: bool,
) -> Result<CriterionResult, DecisionProblem> {
    let outcome_field = criterion.outcome_field();
    let outcome = match Outcome::parse(outcome.trim()) {
        Some(Outcome::NotApplicable) if criterion != Criterion::Security || public_client => {
            return Err(problem(
                &outcome_field,
                "Choose met or not met: this criterion applies to every app (only security \
                 does not apply, to a confidential client).",
            ))
        }
        Some(outcome) => outcome,
        None => {
            return Err(problem(
                &outcome_field,
                "Choose met, not met or not applicable.",
            ))
        }
    };

    let finding = finding.trim();
    if outcome != Outcome::NotMet {
        return Ok(CriterionResult {
            criterion,
            outcome,
            finding: None,
        });
    }

    let finding_field = criterion.finding_field();
    let length = finding.chars().count();
    if length < MIN_FINDING_CHARS {
        return Err(problem(
            &finding_field,
            &format!(
                "Write the finding: what in the submission does not meet the criterion, in at \
                 least {MIN_FINDING_CHARS} characters."
            ),
        ));
    }
    if length > MAX_FINDING_CHARS {
        return Err(problem(
            &finding_field,
            &format!(
                "Shorten the finding to at most {MAX_FINDING_CHARS} characters (it has {length})."
            ),
        ));
    }
    if has_hidden_characters(&finding.replace(['\r', '\n'], " ")) {
        return Err(problem(
            &finding_field,
            "Remove tabs and invisible or direction-changing characters; line breaks are fine.",
        ));
    }

    Ok(CriterionResult {
        criterion,
        outcome,
        finding: Some(finding.to_owned()),
    })
}

fn problem(field: &str, message: &str) -> DecisionProblem {
    DecisionProblem {
        field: field.to_owned(),
        message: message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(outcomes: [&str; 6]) -> Vec<(String, String)> {
        outcomes
            .into_iter()
            .map(|outcome| (outcome.to_owned(), String::new()))
            .collect()
    }

    fn input(verdict: &str, outcomes: [&str; 6]) -> DecisionInput {
        DecisionInput {
            verdict: verdict.to_owned(),
            answers: answers(outcomes),
        }
    }

    fn fields(problems: Vec<DecisionProblem>) -> Vec<String> {
        problems.into_iter().map(|problem| problem.field).collect()
    }

    #[test]
    fn check_decision_approves_when_every_criterion_is_met() {
        let decision = check_decision(&input("approve", ["met"; 6]), true).unwrap();

        assert_eq!(decision.verdict, Verdict::Approve);
        assert_eq!(decision.results.len(), 6);
        assert!(decision.results.iter().all(|r| r.finding.is_none()));
    }

    #[test]
    fn check_decision_needs_a_finding_for_each_criterion_not_met() {
        let mut input = input("notice", ["met", "met", "met", "met", "not_met", "not_met"]);
        input.answers[4].1 = "The privacy policy URL answers 404 Not Found.".to_owned();
        input.answers[5].1 = "too short".to_owned();

        let problems = check_decision(&input, true).unwrap_err();

        assert_eq!(fields(problems), vec!["data_practices_finding"]);
    }

    #[test]
    fn check_decision_issues_a_notice_with_findings() {
        let mut input = input("notice", ["met", "met", "met", "met", "not_met", "met"]);
        input.answers[4].1 =
            "  The privacy policy URL answers 404 Not Found.\nFix it.  ".to_owned();

        let decision = check_decision(&input, true).unwrap();

        assert_eq!(decision.verdict, Verdict::Notice);
        assert_eq!(
            decision.results[4].finding.as_deref(),
            Some("The privacy policy URL answers 404 Not Found.\nFix it.")
        );
    }

    #[test]
    fn check_decision_refuses_to_approve_with_a_criterion_not_met() {
        let mut input = input("approve", ["not_met", "met", "met", "met", "met", "met"]);
        input.answers[0].1 = "The EIN does not match the supporting document.".to_owned();

        assert_eq!(
            fields(check_decision(&input, true).unwrap_err()),
            vec![VERDICT_FIELD]
        );
    }

    #[test]
    fn check_decision_refuses_a_notice_without_a_criterion_not_met() {
        let problems = check_decision(&input("notice", ["met"; 6]), true).unwrap_err();

        assert_eq!(fields(problems), vec![VERDICT_FIELD]);
    }

    #[test]
    fn check_decision_lists_every_missing_outcome_and_verdict() {
        let problems = check_decision(&DecisionInput::default(), true).unwrap_err();

        assert_eq!(problems.len(), 7);
        assert_eq!(problems[0].field, "identity_outcome");
        assert_eq!(problems[6].field, VERDICT_FIELD);
    }

    #[test]
    fn check_decision_allows_not_applicable_only_for_security_of_a_confidential_client() {
        let mut outcomes = ["met"; 6];
        outcomes[2] = "not_applicable";
        assert!(check_decision(&input("approve", outcomes), false).is_ok());
        assert_eq!(
            fields(check_decision(&input("approve", outcomes), true).unwrap_err()),
            vec!["security_outcome"]
        );

        outcomes[0] = "not_applicable";
        assert_eq!(
            fields(check_decision(&input("approve", outcomes), false).unwrap_err()),
            vec!["identity_outcome"]
        );
    }

    #[test]
    fn check_decision_refuses_hidden_characters_in_a_finding() {
        let mut input = input("notice", ["not_met", "met", "met", "met", "met", "met"]);
        input.answers[0].1 = "The document \u{202E}is expired and unreadable.".to_owned();

        assert_eq!(
            fields(check_decision(&input, true).unwrap_err()),
            vec!["identity_finding"]
        );
    }
}
