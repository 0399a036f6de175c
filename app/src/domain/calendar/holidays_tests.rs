use chrono::NaiveDate;

use super::holidays::{federal_holidays, observed_holiday_on, FederalHoliday};
use super::long_date;

fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// Returns the observed date of `holiday` in `year`.
fn observed(holiday: FederalHoliday, year: i32) -> NaiveDate {
    holiday
        .observed_in(year)
        .unwrap_or_else(|| panic!("{holiday:?} is not a holiday in {year}"))
        .observed
}

#[test]
fn juneteenth_observed_2021_to_2026() {
    // June 19 fell on a Saturday in 2021 and on a Sunday in 2022.
    let expected = [
        (2021, "2021-06-18"),
        (2022, "2022-06-20"),
        (2023, "2023-06-19"),
        (2024, "2024-06-19"),
        (2025, "2025-06-19"),
        (2026, "2026-06-19"),
    ];

    for (year, day) in expected {
        assert_eq!(
            observed(FederalHoliday::Juneteenth, year),
            date(day),
            "{year}"
        );
    }
}

#[test]
fn juneteenth_absent_before_2021() {
    assert_eq!(FederalHoliday::Juneteenth.observed_in(2020), None);
    assert_eq!(federal_holidays(2020).len(), 10);
    assert_eq!(federal_holidays(2021).len(), 11);
}

#[test]
fn thanksgiving_2024_to_2026() {
    assert_eq!(
        observed(FederalHoliday::ThanksgivingDay, 2024),
        date("2024-11-28")
    );
    assert_eq!(
        observed(FederalHoliday::ThanksgivingDay, 2025),
        date("2025-11-27")
    );
    assert_eq!(
        observed(FederalHoliday::ThanksgivingDay, 2026),
        date("2026-11-26")
    );
}

#[test]
fn independence_day_2026_saturday_observed_friday() {
    let holiday = FederalHoliday::IndependenceDay.observed_in(2026).unwrap();

    assert_eq!(holiday.date, date("2026-07-04"));
    assert_eq!(holiday.observed, date("2026-07-03"));
    assert_eq!(long_date(holiday.observed), "Friday, July 3, 2026");
}

#[test]
fn christmas_2022_sunday_observed_monday() {
    assert_eq!(
        observed(FederalHoliday::ChristmasDay, 2022),
        date("2022-12-26")
    );
}

#[test]
fn new_years_day_2022_observed_previous_year() {
    assert_eq!(
        observed(FederalHoliday::NewYearsDay, 2022),
        date("2021-12-31")
    );

    let found = observed_holiday_on(date("2021-12-31")).unwrap();
    assert_eq!(found.holiday, FederalHoliday::NewYearsDay);
    assert_eq!(found.name(), "New Year's Day");
}

#[test]
fn monday_holidays_of_2026() {
    assert_eq!(
        observed(FederalHoliday::MartinLutherKingJrBirthday, 2026),
        date("2026-01-19")
    );
    assert_eq!(
        observed(FederalHoliday::WashingtonsBirthday, 2026),
        date("2026-02-16")
    );
    assert_eq!(
        observed(FederalHoliday::MemorialDay, 2026),
        date("2026-05-25")
    );
    assert_eq!(observed(FederalHoliday::LaborDay, 2026), date("2026-09-07"));
    assert_eq!(
        observed(FederalHoliday::ColumbusDay, 2026),
        date("2026-10-12")
    );
}

#[test]
fn memorial_day_in_month_with_five_mondays() {
    // May 2027 has Mondays on the 3rd, 10th, 17th, 24th and 31st.
    assert_eq!(
        observed(FederalHoliday::MemorialDay, 2027),
        date("2027-05-31")
    );
}

#[test]
fn veterans_day_2029_sunday_observed_monday() {
    assert_eq!(
        observed(FederalHoliday::VeteransDay, 2029),
        date("2029-11-12")
    );
}

#[test]
fn observed_holiday_on_ignores_weekend_date_itself() {
    // Saturday, July 4, 2026 is not the day offices close.
    assert_eq!(observed_holiday_on(date("2026-07-04")), None);
    assert_eq!(
        observed_holiday_on(date("2026-07-03")).map(|found| found.name()),
        Some("Independence Day")
    );
}

#[test]
fn federal_holidays_in_calendar_order() {
    let holidays = federal_holidays(2026);
    let names: Vec<&str> = holidays.iter().map(|holiday| holiday.name()).collect();

    assert_eq!(names.first(), Some(&"New Year's Day"));
    assert_eq!(names.last(), Some(&"Christmas Day"));
    assert!(holidays
        .windows(2)
        .all(|pair| pair[0].observed < pair[1].observed));
}
