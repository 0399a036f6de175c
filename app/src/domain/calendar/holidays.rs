//! The legal public holidays of 5 U.S.C. 6103(a) and the days federal offices observe them.
//! Under 5 U.S.C. 6103(b) and Executive Order 11582, a holiday that falls on a Saturday is
//! observed the Friday before and one that falls on a Sunday the Monday after. So New Year's
//! Day on a Saturday is observed on December 31 of the year before.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// The first year Juneteenth National Independence Day is a legal public holiday: the
/// Juneteenth National Independence Day Act was signed on June 17, 2021.
pub const JUNETEENTH_FIRST_YEAR: i32 = 2021;

/// A legal public holiday named in 5 U.S.C. 6103(a).
// NOTE: every holiday but Juneteenth follows today's rule in every year, so dates before
// 1986 (the first Birthday of Martin Luther King, Jr.) and 1971 (the Monday holidays) are
// not the ones observed then.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FederalHoliday {
    NewYearsDay,
    MartinLutherKingJrBirthday,
    WashingtonsBirthday,
    MemorialDay,
    Juneteenth,
    IndependenceDay,
    LaborDay,
    ColumbusDay,
    VeteransDay,
    ThanksgivingDay,
    ChristmasDay,
}

impl FederalHoliday {
    /// Every holiday, in calendar order.
    pub const ALL: [FederalHoliday; 11] = [
        FederalHoliday::NewYearsDay,
        FederalHoliday::MartinLutherKingJrBirthday,
        FederalHoliday::WashingtonsBirthday,
        FederalHoliday::MemorialDay,
        FederalHoliday::Juneteenth,
        FederalHoliday::IndependenceDay,
        FederalHoliday::LaborDay,
        FederalHoliday::ColumbusDay,
        FederalHoliday::VeteransDay,
        FederalHoliday::ThanksgivingDay,
        FederalHoliday::ChristmasDay,
    ];

    /// Returns the holiday's name as 5 U.S.C. 6103(a) spells it.
    pub fn name(self) -> &'static str {
        match self {
            FederalHoliday::NewYearsDay => "New Year's Day",
            FederalHoliday::MartinLutherKingJrBirthday => "Birthday of Martin Luther King, Jr.",
            FederalHoliday::WashingtonsBirthday => "Washington's Birthday",
            FederalHoliday::MemorialDay => "Memorial Day",
            FederalHoliday::Juneteenth => "Juneteenth National Independence Day",
            FederalHoliday::IndependenceDay => "Independence Day",
            FederalHoliday::LaborDay => "Labor Day",
            FederalHoliday::ColumbusDay => "Columbus Day",
            FederalHoliday::VeteransDay => "Veterans Day",
            FederalHoliday::ThanksgivingDay => "Thanksgiving Day",
            FederalHoliday::ChristmasDay => "Christmas Day",
        }
    }

    /// Returns the holiday's date in `year` as the statute sets it, before the weekend
    /// rule moves it. `None` when it is not a holiday that year (Juneteenth before 2021) or
    /// the year lies outside the range of `NaiveDate`.
    pub fn date_in(self, year: i32) -> Option<NaiveDate> {
        use Weekday::{Mon, Thu};

        match self {
            FederalHoliday::NewYearsDay => NaiveDate::from_ymd_opt(year, 1, 1),
            FederalHoliday::MartinLutherKingJrBirthday => nth_weekday(year, 1, Mon, 3),
            FederalHoliday::WashingtonsBirthday => nth_weekday(year, 2, Mon, 3),
            FederalHoliday::MemorialDay => last_weekday(year, 5, Mon),
            FederalHoliday::Juneteenth if year < JUNETEENTH_FIRST_YEAR => None,
            FederalHoliday::Juneteenth => NaiveDate::from_ymd_opt(year, 6, 19),
            FederalHoliday::IndependenceDay => NaiveDate::from_ymd_opt(year, 7, 4),
            FederalHoliday::LaborDay => nth_weekday(year, 9, Mon, 1),
            FederalHoliday::ColumbusDay => nth_weekday(year, 10, Mon, 2),
            FederalHoliday::VeteransDay => NaiveDate::from_ymd_opt(year, 11, 11),
            FederalHoliday::ThanksgivingDay => nth_weekday(year, 11, Thu, 4),
            FederalHoliday::ChristmasDay => NaiveDate::from_ymd_opt(year, 12, 25),
        }
    }

    /// Returns the holiday of `year` with the day federal offices close for it.
    pub fn observed_in(self, year: i32) -> Option<ObservedHoliday> {
        let date = self.date_in(year)?;

        Some(ObservedHoliday {
            holiday: self,
            date,
            observed: observed_date(date)?,
        })
    }
}

/// A holiday of one year: the date the statute gives and the weekday it is observed on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObservedHoliday {
    pub holiday: FederalHoliday,
    /// The date in the statute, which may fall on a weekend.
    pub date: NaiveDate,
    /// The day offices close: `date` moved off a weekend.
    pub observed: NaiveDate,
}

impl ObservedHoliday {
    /// Returns the holiday's name, for display.
    pub fn name(&self) -> &'static str {
        self.holiday.name()
    }
}

/// Lists the holidays of `year` in calendar order, each with its observed date. New Year's
/// Day is observed on December 31 of the year before when January 1 is a Saturday.
pub fn federal_holidays(year: i32) -> Vec<ObservedHoliday> {
    FederalHoliday::ALL
        .into_iter()
        .filter_map(|holiday| holiday.observed_in(year))
        .collect()
}

/// Returns the holiday observed on `date`, if any. It looks at the next year's holidays
/// too, because New Year's Day can be observed on December 31.
pub fn observed_holiday_on(date: NaiveDate) -> Option<ObservedHoliday> {
    let year = date.year();

    [year, year + 1]
        .into_iter()
        .flat_map(federal_holidays)
        .find(|holiday| holiday.observed == date)
}

/// Moves a Saturday holiday to the Friday before and a Sunday holiday to the Monday after.
fn observed_date(date: NaiveDate) -> Option<NaiveDate> {
    match date.weekday() {
        Weekday::Sat => date.checked_sub_days(Days::new(1)),
        Weekday::Sun => date.checked_add_days(Days::new(1)),
        _ => Some(date),
    }
}

/// Returns the `n`th `weekday` of `month`, counting from 1.
fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: u8) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, n)
}

/// Returns the last `weekday` of `month`: the fifth when the month has one, else the fourth.
fn last_weekday(year: i32, month: u32, weekday: Weekday) -> Option<NaiveDate> {
    nth_weekday(year, month, weekday, 5).or_else(|| nth_weekday(year, month, weekday, 4))
}
