import fs from "fs";
import path from "path";

import { expect, Page, test } from "@playwright/test";

import { PASSWORD, ready, signIn, signOut } from "./support/accounts";
import { checkPage } from "./support/look";
import { uniqueAddress, waitForMail } from "./support/mail";
import { createClinicWithAdministrator, inviteReviewer, signUpVerified } from "./support/people";
import { changesAfter, clinicId, createRegistryToken, decision } from "./support/registry";
import { claim, completeOrganizationProfile, mark, registerApp } from "./support/review";

/// The Inferno standalone patient app, a confidential client with a client secret, as RFC
/// 7591 metadata.
const inferno = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../app/tests/cases/apps/inferno_g10_standalone_patient_symmetric.json"), "utf8"),
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
    clientSecret: true,
  });
}

test("a patient app gets a notice, is approved, and a clinic opts out of it", async ({ page, request, javaScriptEnabled }, testInfo) => {
  test.setTimeout(300_000);
  const run = `${testInfo.project.name} ${Date.now()}`;
  const developer = uniqueAddress("nora.notice", testInfo.project.name);
  const reviewer = uniqueAddress("rex.reviewer", testInfo.project.name);
  const clinicAdmin = uniqueAddress("ola.optout", testInfo.project.name);
  const clinicA = `Cove Street Clinic ${run}`;
  // The case's full name is longer than the 100 characters an app name may have.
  const name = `${inferno.client_name.replace(/ \(confidential, symmetric\)$/, "")} ${run}`;
  const token = await createRegistryToken(page, javaScriptEnabled, `OAuth server ${run}`);
  await createClinicWithAdministrator(page, javaScriptEnabled, clinicA, clinicAdmin, "Ola Optout");
  const a = await clinicId(request, clinicA);
  const b = await clinicId(request, "Harbor Family Clinic");
  await inviteReviewer(page, javaScriptEnabled, "Rex Reviewer", reviewer);
  await signUpVerified(page, javaScriptEnabled, "Nora Notice", developer);
  await completeOrganizationProfile(page, javaScriptEnabled, `Notice Labs ${Date.now()} LLC`);
  const appUrl = await registerInferno(page, javaScriptEnabled, name);

  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Submitted for review.")).toBeVisible();
  await checkPage(page, javaScriptEnabled, "developer-submitted");
  await expect(page.locator("#review")).toContainText("0 of 10 business days used");
  await expect(page.locator("#review progress")).toHaveAttribute("max", "10");
  await signOut(page);

  await signIn(page, javaScriptEnabled, reviewer, PASSWORD);
  await expect(page).toHaveURL(/\/review$/);
  await claim(page, javaScriptEnabled, name);
  await checkPage(page, javaScriptEnabled, "reviewer-submission");
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
  await page.getByRole("link", { name: "Read the Notice of Non-Conformance" }).click();
  await expect(page.getByText(/NNC-\d{4}-\d{4}/).first()).toBeVisible();
  await checkPage(page, javaScriptEnabled, "reviewer-notice");
  await page.goto("/review");
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
  await checkPage(page, javaScriptEnabled);
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
  const clientId = ((await page.locator("#production-client-id").textContent()) ?? "").trim();
  const secret = ((await page.locator("#production-client-secret").textContent()) ?? "").trim();
  expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  await checkPage(page, javaScriptEnabled, "developer-approved");
  if (javaScriptEnabled) {
    await page.getByRole("button", { name: "Copy production client secret" }).click();
    await expect(page.getByText("Copied.")).toBeVisible();
  }
  await page.goto(appUrl);
  await expect(page.locator("#production-client-secret")).toHaveCount(0);
  await signOut(page);

  // The OAuth server's view: the secret verifies, and the client works at both clinics.
  const verification = await request.post(`/registry/v1/clients/${encodeURIComponent(clientId)}/secret-verification`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { client_secret: secret },
  });
  expect(verification.status()).toBe(200);
  expect((await verification.json()).valid).toBe(true);
  expect((await decision(request, token, clientId, a)).allowed).toBe(true);
  expect((await decision(request, token, clientId, b)).allowed).toBe(true);
  const { next_after: before } = await changesAfter(request, token, 0);

  // Clinic A opts out: A refuses the client at once, B still takes it, and the feed lists
  // the opt-out.
  await signIn(page, javaScriptEnabled, clinicAdmin, PASSWORD);
  await expect(page).toHaveURL(/\/clinic$/);
  await page.goto(`/clinic/apps?q=${encodeURIComponent(run)}`);
  await ready(page, javaScriptEnabled);
  await checkPage(page, javaScriptEnabled, "clinic-apps");
  await page.getByRole("link", { name: `Opt out: ${name}`, exact: true }).click();
  await ready(page, javaScriptEnabled);
  await checkPage(page, javaScriptEnabled, "clinic-opt-out");
  await page.getByRole("button", { name: "Confirm: Opt out", exact: true }).click();
  await expect(page.getByText("The change is saved.")).toBeVisible();

  const atA = await decision(request, token, clientId, a);
  expect(atA.allowed).toBe(false);
  expect(atA.reason).toBe("clinic_opted_out");
  expect((await decision(request, token, clientId, b)).allowed).toBe(true);
  const { events } = await changesAfter(request, token, before);
  expect(events).toContainEqual(expect.objectContaining({ kind: "clinic.opted_out", client_id: clientId, clinic_id: a }));
});
