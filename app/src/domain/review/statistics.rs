//! Statistics of review decisions for the public transparency page: how many decisions,
//! the median business days to a decision, and the share decided within the deadline.

use serde::{Deserialize, Serialize};

/// The audit action of a decision that approves a submission.
pub const APPROVED_ACTION: &str = "submission.approved";

/// The audit action of a decision that issues a Notice of Non-Conformance.
pub const NOTICE_ISSUED_ACTION: &str = "submission.notice_issued";

/// The outcome of a review decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DecisionOutcome {
    Approved,
    NoticeIssued,
}

impl DecisionOutcome {
    /// Parses the audit action of a decision. Returns `None` for any other action.
    pub fn from_action(action: &str) -> Option<DecisionOutcome> {
        match action {
            APPROVED_ACTION => Some(DecisionOutcome::Approved),
            NOTICE_ISSUED_ACTION => Some(DecisionOutcome::NoticeIssued),
            _ => None,
        }
    }
}

/// One decision as the statistics count it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decision {
    pub outcome: DecisionOutcome,
    /// Business days from the start of the review clock to the decision.
    pub business_days: u32,
    pub within_deadline: bool,
}

/// The statistics of a set of decisions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DecisionStatistics {
    pub decisions: usize,
    pub approvals: usize,
    pub notices: usize,
    /// The median business days to a decision, or `None` without decisions.
    pub median_business_days: Option<f64>,
    /// The share of decisions made within the deadline in whole percent, or `None` without
    /// decisions.
    pub percent_within_deadline: Option<u32>,
}

/// Computes the statistics of `decisions`.
pub fn summarize(decisions: &[Decision]) -> DecisionStatistics {
    let count = |outcome| {
        decisions
            .iter()
            .filter(|decision| decision.outcome == outcome)
            .count()
    };
    let business_days: Vec<u32> = decisions
        .iter()
        .map(|decision| decision.business_days)
        .collect();
    let within_deadline = decisions
        .iter()
        .filter(|decision| decision.within_deadline)
        .count();

    DecisionStatistics {
        decisions: decisions.len(),
        approvals: count(DecisionOutcome::Approved),
        notices: count(DecisionOutcome::NoticeIssued),
        median_business_days: median(&business_days),
        percent_within_deadline: whole_percent(within_deadline, decisions.len()),
    }
}

/// Returns the median of `values`: the middle value of an odd count, the mean of the two
/// middle values of an even count, and `None` when `values` is empty.
pub fn median(values: &[u32]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_unstable();

    let middle = sorted.len() / 2;
    match sorted.len() {
        0 => None,
        length if length % 2 == 1 => Some(f64::from(sorted[middle])),
        _ => Some((f64::from(sorted[middle - 1]) + f64::from(sorted[middle])) / 2.0),
    }
}

/// Returns `part` as a share of `whole` in whole percent, rounding halves up, or `None`
/// when `whole` is 0.
pub fn whole_percent(part: usize, whole: usize) -> Option<u32> {
    if whole == 0 {
        return None;
    }

    let rounded = (part * 100 + whole / 2) / whole;
    Some(rounded as u32)
}

/// Formats a number of business days with one decimal only when it has a fraction, such as
/// "7" or "7.5".
pub fn format_business_days(days: f64) -> String {
    if days.fract() == 0.0 {
        format!("{days:.0}")
    } else {
        format!("{days:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decision(outcome: DecisionOutcome, business_days: u32, within_deadline: bool) -> Decision {
        Decision {
            outcome,
            business_days,
            within_deadline,
        }
    }

    #[test]
    fn median_of_empty_is_none() {
        assert_eq!(median(&[]), None);
    }

    #[test]
    fn median_of_odd_count_is_middle() {
        assert_eq!(median(&[9, 3, 7]), Some(7.0));
        assert_eq!(median(&[4]), Some(4.0));
    }

    #[test]
    fn median_of_even_count_is_mean() {
        assert_eq!(median(&[8, 3, 10, 4]), Some(6.0));
        assert_eq!(median(&[3, 4]), Some(3.5));
    }

    #[test]
    fn whole_percent_of_empty_is_none() {
        assert_eq!(whole_percent(0, 0), None);
    }

    #[test]
    fn whole_percent_rounds_halves_up() {
        assert_eq!(whole_percent(2, 3), Some(67));
        assert_eq!(whole_percent(1, 3), Some(33));
        assert_eq!(whole_percent(1, 8), Some(13));
        assert_eq!(whole_percent(4, 5), Some(80));
        assert_eq!(whole_percent(199, 200), Some(100));
    }

    #[test]
    fn format_business_days_shows_fraction_only() {
        assert_eq!(format_business_days(7.0), "7");
        assert_eq!(format_business_days(7.5), "7.5");
        assert_eq!(format_business_days(0.0), "0");
    }

    #[test]
    fn decision_outcome_parses_decision_actions() {
        assert_eq!(
            DecisionOutcome::from_action("submission.approved"),
            Some(DecisionOutcome::Approved)
        );
        assert_eq!(
            DecisionOutcome::from_action("submission.notice_issued"),
            Some(DecisionOutcome::NoticeIssued)
        );
        assert_eq!(DecisionOutcome::from_action("submission.received"), None);
    }

    #[test]
    fn summarize_empty_has_no_median_or_share() {
        let statistics = summarize(&[]);

        assert_eq!(statistics.decisions, 0);
        assert_eq!(statistics.approvals, 0);
        assert_eq!(statistics.notices, 0);
        assert_eq!(statistics.median_business_days, None);
        assert_eq!(statistics.percent_within_deadline, None);
    }

    #[test]
    fn summarize_all_within_deadline() {
        let decisions = [
            decision(DecisionOutcome::Approved, 2, true),
            decision(DecisionOutcome::NoticeIssued, 9, true),
            decision(DecisionOutcome::Approved, 5, true),
        ];

        let statistics = summarize(&decisions);

        assert_eq!(statistics.decisions, 3);
        assert_eq!(statistics.approvals, 2);
        assert_eq!(statistics.notices, 1);
        assert_eq!(statistics.median_business_days, Some(5.0));
        assert_eq!(statistics.percent_within_deadline, Some(100));
    }

    #[test]
    fn summarize_none_within_deadline() {
        let decisions = [
            decision(DecisionOutcome::NoticeIssued, 11, false),
            decision(DecisionOutcome::NoticeIssued, 14, false),
        ];

        let statistics = summarize(&decisions);

        assert_eq!(statistics.decisions, 2);
        assert_eq!(statistics.approvals, 0);
        assert_eq!(statistics.notices, 2);
        assert_eq!(statistics.median_business_days, Some(12.5));
        assert_eq!(statistics.percent_within_deadline, Some(0));
    }

    #[test]
    fn summarize_rounds_share_to_whole_percent() {
        let decisions = [
            decision(DecisionOutcome::Approved, 3, true),
            decision(DecisionOutcome::Approved, 4, true),
            decision(DecisionOutcome::NoticeIssued, 12, false),
        ];

        let statistics = summarize(&decisions);

        assert_eq!(statistics.percent_within_deadline, Some(67));
    }
}
