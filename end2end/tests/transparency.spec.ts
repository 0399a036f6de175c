import { expect, test } from "@playwright/test";

import { ready } from "./support/accounts";

test("anyone reads the transparency page from the footer", async ({ page, javaScriptEnabled }) => {
  await page.goto("/");
  await ready(page, javaScriptEnabled);

  await page
    .getByRole("contentinfo")
    .getByRole("link", { name: "Verification criteria, timelines and statistics" })
    .click();

  await expect(page).toHaveURL(/\/transparency$/);
  await expect(page).toHaveTitle("Verification transparency · Veracity Developer Portal");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verification transparency");

  const criteria = page.locator("#criteria");
  await expect(criteria.getByRole("rowheader", { name: "Identity" })).toBeVisible();
  await expect(criteria.getByRole("rowheader", { name: "Security" })).toBeVisible();
  await expect(criteria).toContainText("PKCE with S256");
  await expect(criteria).toContainText("business model");

  await expect(page.locator("#timelines")).toContainText("within 10 business days");
  await expect(page.getByRole("heading", { name: "Review statistics" })).toBeVisible();
  await expect(page.locator("#statistics")).toContainText("Statistics as of");
  await expect(page.getByRole("heading", { name: "Last 90 days" })).toBeVisible();
});

test("table of contents links to its section", async ({ page, javaScriptEnabled }) => {
  await page.goto("/transparency");
  await ready(page, javaScriptEnabled);

  await page
    .getByRole("navigation", { name: "On this page" })
    .getByRole("link", { name: "Review statistics" })
    .click();

  await expect(page).toHaveURL(/\/transparency#statistics$/);
  await expect(page.getByRole("heading", { name: "Review statistics" })).toBeInViewport();
});
