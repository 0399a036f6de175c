import fs from "fs";
import path from "path";

import { expect, Page, test } from "@playwright/test";

import { PASSWORD, ready, signIn, signOut } from "./support/accounts";
import { uniqueAddress, waitForMail } from "./support/mail";
import { inviteReviewer, signUpVerified } from "./support/people";
import { claim, completeOrganizationProfile, mark, registerApp } from "./support/review";

/// The Inferno public standalone app, as RFC 7591 metadata.
const inferno = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../app/tests/cases/apps/inferno_g10_public_standalone.json"), "utf8"),
) as { client_name: string; redirect_uris: string[]; scope: string; launch_uri: string };

/// Registers the Inferno app with every field a submission needs, its privacy policy URL
/// pointing at a page that does not exist.
async function registerInferno(page: Page, javaScriptEnabled: boolean, name: string): Promise<string> {
  return registerApp(page, javaScriptEnabled, {
    kind: "patient",
    name,
    redirectUri: inferno.redirect_uris[0],
    launchUri: inferno.launch_uri,
    scope: inferno.scope,
    privacyPolicyUrl: "https://localhost/missing-privacy-policy",
  });
}

test("a submission gets a notice, is fixed, resubmitted and approved", async ({ page, javaScriptEnabled }, testInfo) => {
  test.setTimeout(120_000);
  const developer = uniqueAddress("nora.notice", testInfo.project.name);
  const reviewer = uniqueAddress("rex.reviewer", testInfo.project.name);
  const name = `${inferno.client_name} ${testInfo.project.name} ${Date.now()}`;
  await inviteReviewer(page, javaScriptEnabled, "Rex Reviewer", reviewer);
  await signUpVerified(page, javaScriptEnabled, "Nora Notice", developer);
  await completeOrganizationProfile(page, javaScriptEnabled, `Notice Labs ${Date.now()} LLC`);
  const appUrl = await registerInferno(page, javaScriptEnabled, name);

  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Submitted for review.")).toBeVisible();
  await expect(page.locator("#review")).toContainText("0 of 10 business days used");
  await expect(page.locator("#review progress")).toHaveAttribute("max", "10");
  await signOut(page);

  await signIn(page, javaScriptEnabled, reviewer, PASSWORD);
  await expect(page).toHaveURL(/\/review$/);
  await claim(page, javaScriptEnabled, name);
  for (const label of ["Identity", "Protocol", "Security", "Credential safety"]) {
    await mark(page, label, "Met");
  }
  await mark(page, "Privacy policy and terms", "Not met");
  await mark(page, "Data practices disclosure", "Not met", "The retention answer does not say when data is deleted.");
  await page.getByRole("button", { name: "Issue a Notice of Non-Conformance" }).click();
  const privacyFinding = page.getByRole("group", { name: "Privacy policy and terms", exact: true }).getByLabel(/Finding/);
  await expect(page.getByText(/Write the finding/).first()).toBeVisible();
  await expect(page.getByRole("group", { name: "Data practices disclosure", exact: true }).getByLabel(/Finding/)).toHaveValue(
    "The retention answer does not say when data is deleted.",
  );
  await privacyFinding.fill("The privacy policy URL does not answer: the address has no page.");
  await page.getByRole("button", { name: "Issue a Notice of Non-Conformance" }).click();
  await expect(page.getByRole("link", { name: "Read the Notice of Non-Conformance" })).toBeVisible();
  await signOut(page);

  const notice = await waitForMail(developer, /^Notice of Non-Conformance NNC-\d{4}-\d{4} for /);
  expect(notice.text).toContain("The privacy policy URL does not answer");
  expect(notice.text).toContain("The retention answer does not say when data is deleted.");
  expect(notice.text).toMatch(/5 business days/);
  expect(notice.text).toMatch(/NNC-\d{4}-\d{4}/);

  await signIn(page, javaScriptEnabled, developer, PASSWORD);
  await expect(page).toHaveURL(/\/apps$/);
  await page.goto(appUrl);
  await ready(page, javaScriptEnabled);
  await expect(page.locator("#review")).toContainText("Notice of Non-Conformance");
  await page.goto(`${appUrl}/edit`);
  await ready(page, javaScriptEnabled);
  await page.getByLabel("Privacy policy URL").fill("https://localhost/privacy");
  await page.getByLabel("How long data is kept").fill("Deleted when the test session ends, within 24 hours.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Registration saved.")).toBeVisible();
  await ready(page, javaScriptEnabled);
  await page.getByRole("button", { name: "Resubmit for review" }).click();
  await expect(page.getByText("Submitted for review.")).toBeVisible();
  await expect(page.locator("#review")).toContainText("of 5 business days used");
  await signOut(page);

  await signIn(page, javaScriptEnabled, reviewer, PASSWORD);
  await expect(page).toHaveURL(/\/review$/);
  await claim(page, javaScriptEnabled, name);
  await expect(page.getByText("https://localhost/privacy").first()).toBeVisible();
  for (const label of ["Identity", "Protocol", "Security", "Credential safety", "Privacy policy and terms", "Data practices disclosure"]) {
    await mark(page, label, "Met");
  }
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("heading", { name: "Recorded decision" })).toBeVisible();
  await signOut(page);

  await signIn(page, javaScriptEnabled, developer, PASSWORD);
  await expect(page).toHaveURL(/\/apps$/);
  await page.goto(appUrl);
  await ready(page, javaScriptEnabled);
  await expect(page.locator("#production-client-id")).toHaveText(/^[A-Za-z0-9_-]{22,}$/);
  await expect(page.locator(".lead .badge")).toHaveText("Approved");
});
