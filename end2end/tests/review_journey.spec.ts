import fs from "fs";
import path from "path";

import { expect, Page, test } from "@playwright/test";

import { PASSWORD, ready, signIn, signOut } from "./support/accounts";
import { uniqueAddress, waitForMail } from "./support/mail";
import { inviteReviewer, signUpVerified } from "./support/people";

/// The Inferno public standalone app, as RFC 7591 metadata.
const inferno = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../app/tests/cases/apps/inferno_g10_public_standalone.json"), "utf8"),
) as { client_name: string; redirect_uris: string[]; scope: string; launch_uri: string };

const pdf = {
  name: "ein-letter.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from("%PDF-1.7\n% ein-letter\n%%EOF\n"),
};

/// Fills the organization pathway with a valid EIN and uploads the supporting document.
async function completeOrganizationProfile(page: Page, javaScriptEnabled: boolean, legalName: string) {
  await page.goto("/developer/profile");
  await ready(page, javaScriptEnabled);
  await page.getByRole("link", { name: "Organization" }).click();
  await expect(page.getByLabel("Legal name")).toBeVisible();
  await ready(page, javaScriptEnabled);
  await page.getByLabel("Legal name").fill(legalName);
  await page.getByLabel("Street address").fill("100 Main Street");
  await page.getByLabel("City").fill("Boston");
  await page.getByLabel("State or region").fill("MA");
  await page.getByLabel("ZIP or postal code").fill("02110");
  await page.getByLabel("Contact's name").fill("Nora Notice");
  await page.getByLabel("Contact's e-mail address").fill("nora@notice.example");
  await page.getByLabel("EIN").fill("911144442");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
  await page.getByLabel(/Add a supporting document/).setInputFiles(pdf);
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByText("Supporting document uploaded.")).toBeVisible();
}

/// Registers the Inferno app with every field a submission needs. Its policy pages are on
/// localhost, which the portal's pre-checks refuse to fetch, so no request leaves the machine.
async function registerInferno(page: Page, javaScriptEnabled: boolean, name: string): Promise<string> {
  await page.goto("/apps/new?kind=patient");
  await expect(page.getByLabel("App name")).toBeVisible();
  await ready(page, javaScriptEnabled);
  await page.getByLabel("App name").fill(name);
  await page.getByLabel("Short description").fill("Runs the ONC (g)(10) certification tests against the sandbox.");
  await page.getByLabel("Homepage").fill("https://localhost/inferno");
  await page.getByLabel("Support e-mail address").fill("inferno@example.com");
  await page.getByLabel("Redirect URIs").fill(inferno.redirect_uris[0]);
  await page.getByLabel("Launch URIs").fill(inferno.launch_uri);
  await page.getByLabel("Scopes").fill(inferno.scope);
  await page.getByLabel("Privacy policy URL").fill("https://localhost/missing-privacy-policy");
  await page.getByLabel("Terms of service URL").fill("https://localhost/terms");
  await page.getByLabel("How long data is kept").fill("For the length of one test session.");
  await page.getByLabel("With whom data is shared").fill("No one.");
  await page.getByLabel("How a user revokes access").fill("End the test session in Inferno.");
  for (const statement of [/supports SMART App Launch 2.0.0/, /supports OpenID Connect/, /PKCE with the S256 method/, /never asks for or stores/]) {
    await page.getByLabel(statement).check();
  }
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/apps\/[0-9a-f-]{36}\?created=1$/);
  await ready(page, javaScriptEnabled);
  return page.url().split("?")[0];
}

/// Opens the newest open submission of `name` from the reviewer's queue and claims it.
async function claim(page: Page, javaScriptEnabled: boolean, name: string) {
  await page.goto("/review/submissions");
  await ready(page, javaScriptEnabled);
  await page.getByRole("link", { name }).first().click();
  await expect(page.getByRole("heading", { name: `${name} — submission`, exact: false }).first()).toBeVisible();
  await ready(page, javaScriptEnabled);
  await page.getByRole("button", { name: "Claim this submission" }).click();
  await expect(page.getByRole("button", { name: "Release the claim" })).toBeVisible();
  await ready(page, javaScriptEnabled);
}

/// Marks `label`'s criterion with `outcome`, and its finding when one is given.
async function mark(page: Page, label: string, outcome: string, finding?: string) {
  const criterion = page.getByRole("group", { name: label, exact: true });
  await criterion.getByLabel(outcome, { exact: true }).check();
  if (finding) {
    await criterion.getByLabel(/Finding/).fill(finding);
  }
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
