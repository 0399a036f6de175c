import { expect, test } from "@playwright/test";

import { ready } from "./support/accounts";
import { uniqueAddress } from "./support/mail";
import { signInNewReviewer } from "./support/people";

test("a reviewer opens the submissions queue and filters it", async ({ page, javaScriptEnabled }, testInfo) => {
  const reviewer = uniqueAddress("rita.queue", testInfo.project.name);
  await signInNewReviewer(page, javaScriptEnabled, "Rita Reviewer", reviewer);

  await page.getByRole("link", { name: "Submissions" }).first().click();
  await expect(page).toHaveURL(/\/review\/submissions$/);
  await expect(page.getByRole("heading", { name: "Submissions", level: 1 })).toBeVisible();
  await ready(page, javaScriptEnabled);

  await page.getByLabel("Kind of app").selectOption("clinician");
  await page.getByLabel("State").selectOption("overdue");
  await page.getByRole("button", { name: "Filter" }).click();

  await expect(page).toHaveURL(/kind=clinician/);
  await expect(page).toHaveURL(/state=overdue/);
  await expect(page.getByLabel("Kind of app")).toHaveValue("clinician");
  await expect(page.getByLabel("State")).toHaveValue("overdue");
  await expect(page.getByText("No open submission matches these filters.")).toBeVisible();
});

test("the queue rejects an unknown filter value by name", async ({ page, javaScriptEnabled }, testInfo) => {
  const reviewer = uniqueAddress("rita.filter", testInfo.project.name);
  await signInNewReviewer(page, javaScriptEnabled, "Rita Reviewer", reviewer);

  await page.goto("/review/submissions?state=sometime");

  await expect(page.getByText("Choose all open, unclaimed, claimed by me, at risk or overdue.")).toBeVisible();
});
