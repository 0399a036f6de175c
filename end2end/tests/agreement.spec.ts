import { expect, test } from "@playwright/test";

import { admin, PASSWORD, ready, signIn, signOut } from "./support/accounts";
import { checkPage } from "./support/look";
import { uniqueAddress } from "./support/mail";
import { signUpVerified } from "./support/people";
import { completeOrganizationProfile, registerApp } from "./support/review";

// Publishing a version binds every developer of the portal under test, so this spec runs in
// its own project, after every other spec.

test("a new agreement version holds back submission until the developer accepts it", async ({ page, javaScriptEnabled }, testInfo) => {
  test.skip(!admin.password, "E2E_ADMIN_PASSWORD is not set");
  test.setTimeout(180_000);
  const run = `${testInfo.project.name} ${Date.now()}`;
  const developer = uniqueAddress("ada.agreement", testInfo.project.name);

  await signUpVerified(page, javaScriptEnabled, "Ada Agreement", developer, { acceptAgreement: true });
  await completeOrganizationProfile(page, javaScriptEnabled, `Agreement Labs ${run} LLC`);
  const appUrl = await registerApp(page, javaScriptEnabled, {
    kind: "patient",
    name: `Harbor Consent ${run}`,
    redirectUri: "https://localhost/callback",
    launchUri: "https://localhost/launch",
    scope: "launch/patient openid fhirUser patient/Observation.rs",
    privacyPolicyUrl: "https://localhost/privacy",
  });
  await signOut(page);

  // The platform administrator publishes a new version.
  await signIn(page, javaScriptEnabled, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/agreement");
  await ready(page, javaScriptEnabled);
  await page.getByLabel("Agreement text").fill(`Application Access Developer Agreement, ${run}.\n\n1. Use the API only as your app's users direct.`);
  await page.getByLabel("Effective date").fill("2026-12-01");
  await page.getByRole("button", { name: "Publish the version", exact: true }).click();
  await expect(page.getByText(/Published version \d+\./)).toBeVisible();
  await signOut(page);

  // At the next sign-in the developer is asked to accept it, and submission waits for it.
  await signIn(page, javaScriptEnabled, developer, PASSWORD);
  await expect(page).toHaveURL(/\/agreement$/);
  await expect(page.locator("#agreement-pending")).toBeVisible();
  await checkPage(page, javaScriptEnabled, "developer-agreement");
  await page.goto(appUrl);
  await ready(page, javaScriptEnabled);
  await page.getByRole("button", { name: "Submit for review", exact: true }).click();
  await expect(page.getByText(/accept version \d+ of the Application Access Developer Agreement/).first()).toBeVisible();

  await page.goto("/agreement");
  await ready(page, javaScriptEnabled);
  await page.getByRole("button", { name: /^Accept version \d+$/ }).click();
  await expect(page.getByText(/You accepted version \d+ of the agreement\./)).toBeVisible();
  await page.goto(appUrl);
  await ready(page, javaScriptEnabled);
  await page.getByRole("button", { name: "Submit for review", exact: true }).click();
  await expect(page.getByText("Submitted for review.")).toBeVisible();
});
