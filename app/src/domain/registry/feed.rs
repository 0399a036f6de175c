//! The change feed's query: the cursor to read after and how many events to return.

/// The events returned when the request names no limit.
pub const DEFAULT_LIMIT: u64 = 100;
/// The maximum number of events one request returns.
pub const MAX_LIMIT: u64 = 1000;

/// A checked feed query.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FeedWindow {
    /// Events with an ID greater than this are returned; 0 reads from the start.
    pub after: i64,
    pub limit: u64,
}

/// A query parameter with a value the feed does not accept, and what it would accept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParameterProblem {
    pub parameter: &'static str,
    pub message: String,
}

/// Checks the `after` and `limit` parameters as the request spells them.
pub fn parse_window(
    after: Option<&str>,
    limit: Option<&str>,
) -> Result<FeedWindow, ParameterProblem> {
    let after = match after {
        None => 0,
        Some(text) => text
            .parse::<i64>()
            .ok()
            .filter(|after| *after >= 0)
            .ok_or_else(|| ParameterProblem {
                parameter: "after",
                message: format!(
                    "after must be a whole number of 0 or more, such as the next_after of the \
                     previous page; it was {text:?}."
                ),
            })?,
    };
    let limit = match limit {
        None => DEFAULT_LIMIT,
        Some(text) => text
            .parse::<u64>()
            .ok()
            .filter(|limit| (1..=MAX_LIMIT).contains(limit))
            .ok_or_else(|| ParameterProblem {
                parameter: "limit",
                message: format!(
                    "limit must be a whole number from 1 to {MAX_LIMIT}; it was {text:?}."
                ),
            })?,
    };

    Ok(FeedWindow { after, limit })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_read_from_the_start() {
        assert_eq!(
            parse_window(None, None),
            Ok(FeedWindow {
                after: 0,
                limit: DEFAULT_LIMIT
            })
        );
        assert_eq!(
            parse_window(Some("42"), Some("1000")),
            Ok(FeedWindow {
                after: 42,
                limit: 1000
            })
        );
    }

    #[test]
    fn bad_values_name_the_parameter() {
        for after in ["-1", "x", "1.5", ""] {
            assert_eq!(
                parse_window(Some(after), None).unwrap_err().parameter,
                "after"
            );
        }
        for limit in ["0", "1001", "ten", "-5"] {
            assert_eq!(
                parse_window(None, Some(limit)).unwrap_err().parameter,
                "limit"
            );
        }
    }
}
