import { expect, test } from "@playwright/test";

import { admin, ready, signIn } from "./support/accounts";
import { checkPage } from "./support/look";


test("anyone reads the API documentation from the header", async ({ page, javaScriptEnabled }) => {
  await page.goto("/");
  await ready(page, javaScriptEnabled);

  await page.getByRole("banner").getByRole("link", { name: "Documentation" }).click();

  await expect(page).toHaveURL(/\/docs$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API documentation");
  await expect(page.locator("#quick-start")).toContainText("https://fhir.allegiancemd.io/R4/metadata");
  await expect(page.getByText("Last updated")).toBeVisible();
  await checkPage(page, javaScriptEnabled, "docs");
  const copy = page.getByRole("button", { name: "Copy", exact: true }).first();
  if (javaScriptEnabled) {
    await expect(copy).toBeVisible();
  } else {
    await expect(copy).toBeHidden();
  }

  await page.getByRole("link", { name: "Errors, fair use and support" }).first().click();
  await expect(page).toHaveURL(/\/docs\/operations$/);
  await expect(page.locator("#fair-use")).toContainText("60 requests per minute");
  await expect(page.locator("#support")).toContainText("(800) 868-1923");
});

test("change notice appears on the public list", async ({ page, javaScriptEnabled }, testInfo) => {
  test.skip(!admin.password, "E2E_ADMIN_PASSWORD is not set");
  const title = `Search change ${testInfo.project.name} ${Date.now()}`;

  await signIn(page, javaScriptEnabled, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/changes");
  await ready(page, javaScriptEnabled);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Text").fill("Patient searches now require a birth date.");
  await page.getByLabel("Effective date").fill("2027-03-01");
  await page.getByRole("button", { name: "Publish the notice", exact: true }).click();
  await expect(page.getByText("Published the notice")).toBeVisible();

  await page.goto("/changes");
  await ready(page, javaScriptEnabled);
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
});
