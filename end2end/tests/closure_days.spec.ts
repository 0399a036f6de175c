import { expect, test } from "@playwright/test";

import { admin, ready, signIn } from "./support/accounts";

/// Returns a random Monday-to-Thursday of March in a year from 2040 to 2139, and the
/// Saturday of the same week. March has no federal holiday, and a date this far ahead
/// is unlikely to be a closure day a person added by hand to the same portal.
function marchWeek(): { weekday: Date; saturday: Date } {
  const year = 2040 + Math.floor(Math.random() * 100);
  const monday = new Date(Date.UTC(year, 2, 1));
  while (monday.getUTCDay() !== 1) {
    monday.setUTCDate(monday.getUTCDate() + 1);
  }
  monday.setUTCDate(monday.getUTCDate() + 7 * Math.floor(Math.random() * 3));

  const weekday = new Date(monday);
  weekday.setUTCDate(monday.getUTCDate() + Math.floor(Math.random() * 4));
  const saturday = new Date(monday);
  saturday.setUTCDate(monday.getUTCDate() + 5);
  return { weekday, saturday };
}

/// Formats a date as the form expects it: YYYY-MM-DD.
function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/// Formats a date as the portal shows it, such as "Friday, July 3, 2026".
function longDate(date: Date): string {
  return date.toLocaleDateString("en-US", {
    weekday: "long",
    month: "long",
    day: "numeric",
    year: "numeric",
    timeZone: "UTC",
  });
}

test("an administrator adds and removes a closure day", async ({ page, javaScriptEnabled }, testInfo) => {
  const { weekday, saturday } = marchWeek();
  const reason = `Vendor shutdown (${testInfo.project.name})`;

  await signIn(page, javaScriptEnabled, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("link", { name: "Closure days and federal holidays" }).click();
  await expect(page).toHaveURL(/\/admin\/closure-days$/);
  await expect(page.getByRole("heading", { name: "Federal holidays" })).toBeVisible();
  await ready(page, javaScriptEnabled);

  await page.getByLabel("Date").fill(isoDate(saturday));
  await page.getByLabel("Reason").fill(reason);
  await page.getByRole("button", { name: "Add the closure day" }).click();

  await expect(page.getByText(`${longDate(saturday)} is a Saturday`)).toBeVisible();
  await expect(page.getByLabel("Reason")).toHaveValue(reason);
  await expect(page.getByLabel("Date")).toHaveValue(isoDate(saturday));

  await ready(page, javaScriptEnabled);
  await page.getByLabel("Date").fill(isoDate(weekday));
  await page.getByRole("button", { name: "Add the closure day" }).click();

  await expect(page.getByText(`Added the closure day ${isoDate(weekday)}.`)).toBeVisible();
  const row = page.locator("#closure-days tr", { hasText: reason });
  await expect(row).toContainText(longDate(weekday));

  await ready(page, javaScriptEnabled);
  await page.getByRole("button", { name: `Remove the closure day ${longDate(weekday)}` }).click();

  await expect(page.getByText(`Removed the closure day ${isoDate(weekday)}.`)).toBeVisible();
  await expect(page.getByText(reason)).toHaveCount(0);
});
