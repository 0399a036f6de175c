import { expect, Page, test } from "@playwright/test";

import { PASSWORD, ready, signIn, signOut } from "./support/accounts";
import { checkPage } from "./support/look";
import { uniqueAddress } from "./support/mail";
import { createClinicWithAdministrator, inviteReviewer, signUpVerified } from "./support/people";
import { clinicId, createRegistryToken, decision } from "./support/registry";
import { approve, completeOrganizationProfile, submitApp } from "./support/review";

/// An app a reviewer approved, its production client ID, the reviewer and the page of the
/// approved submission.
interface Approved {
  name: string;
  clientId: string;
  reviewer: string;
  submissionUrl: string;
}

/// Has a new developer register and submit an app of `kind` and a new reviewer approve it.
/// Reads the production client ID off the developer's page and ends signed out.
async function approvedApp(page: Page, javaScriptEnabled: boolean, kind: "patient" | "clinician", run: string, project: string): Promise<Approved> {
  const name = `${kind === "patient" ? "Harbor Steps" : "Rounds Board"} ${run}`;
  const developer = uniqueAddress(`dev.${kind}`, project);
  const reviewer = uniqueAddress(`rev.${kind}`, project);

  await inviteReviewer(page, javaScriptEnabled, "Ria Reviewer", reviewer);
  await signUpVerified(page, javaScriptEnabled, "Dev Developer", developer);
  await completeOrganizationProfile(page, javaScriptEnabled, `Journey Labs ${run} LLC`);
  const appUrl = await submitApp(page, javaScriptEnabled, kind, name);
  await signOut(page);
  await signIn(page, javaScriptEnabled, reviewer, PASSWORD);
  await expect(page).toHaveURL(/\/review$/);
  await approve(page, javaScriptEnabled, name);
  const submissionUrl = page.url();
  await signOut(page);

  await signIn(page, javaScriptEnabled, developer, PASSWORD);
  await expect(page).toHaveURL(/\/apps$/);
  await page.goto(appUrl);
  await ready(page, javaScriptEnabled);
  const clientId = ((await page.locator("#production-client-id").textContent()) ?? "").trim();
  expect(clientId).toMatch(/^[A-Za-z0-9_-]{22,}$/);
  await signOut(page);
  return { name, clientId, reviewer, submissionUrl };
}

test("a clinician app works only where a clinic activated it", async ({ page, request, javaScriptEnabled }, testInfo) => {
  test.setTimeout(240_000);
  const run = `${testInfo.project.name} ${Date.now()}`;
  const clinicB = `Northside Internal Medicine ${run}`;
  const clinicAdmin = uniqueAddress("nia.northside", testInfo.project.name);

  const token = await createRegistryToken(page, javaScriptEnabled, `OAuth server ${run}`);
  await createClinicWithAdministrator(page, javaScriptEnabled, clinicB, clinicAdmin, "Nia Northside");
  const a = await clinicId(request, "Harbor Family Clinic");
  const b = await clinicId(request, clinicB);
  const app = await approvedApp(page, javaScriptEnabled, "clinician", run, testInfo.project.name);

  for (const clinic of [a, b]) {
    const denied = await decision(request, token, app.clientId, clinic);
    expect(denied.allowed).toBe(false);
    expect(denied.reason).toBe("not_activated_at_clinic");
  }

  await signIn(page, javaScriptEnabled, clinicAdmin, PASSWORD);
  await expect(page).toHaveURL(/\/clinic$/);
  await page.goto(`/clinic/apps?q=${encodeURIComponent(run)}`);
  await ready(page, javaScriptEnabled);
  await page.getByRole("link", { name: `Activate: ${app.name}`, exact: true }).click();
  await ready(page, javaScriptEnabled);
  await checkPage(page, javaScriptEnabled, "clinic-activate");
  await page.getByLabel("BAA or service contract reference").fill("BAA-2026-207");
  await page.getByLabel("Date the contract was signed").fill("2026-12-01");
  await page.getByRole("button", { name: "Confirm: Activate", exact: true }).click();
  await expect(page.getByText("The change is saved.")).toBeVisible();

  expect((await decision(request, token, app.clientId, b)).allowed).toBe(true);
  const atA = await decision(request, token, app.clientId, a);
  expect(atA.allowed).toBe(false);
  expect(atA.reason).toBe("not_activated_at_clinic");
});

test("a reviewer suspends an approved app and restores it", async ({ page, request, javaScriptEnabled }, testInfo) => {
  test.setTimeout(240_000);
  const run = `${testInfo.project.name} ${Date.now()}`;
  const token = await createRegistryToken(page, javaScriptEnabled, `OAuth server ${run}`);
  const clinic = await clinicId(request, "Harbor Family Clinic");
  const app = await approvedApp(page, javaScriptEnabled, "patient", run, testInfo.project.name);
  expect((await decision(request, token, app.clientId, clinic)).allowed).toBe(true);

  await signIn(page, javaScriptEnabled, app.reviewer, PASSWORD);
  await expect(page).toHaveURL(/\/review$/);
  await page.goto(app.submissionUrl);
  await ready(page, javaScriptEnabled);
  await page.getByLabel(/Reason: the threat/).fill("Short");
  await page.getByRole("button", { name: "Suspend the app", exact: true }).click();
  await expect(page.getByText(/20 to 1,000 characters/).first()).toBeVisible();
  await expect(page.getByLabel(/Reason: the threat/)).toHaveValue("Short");
  await page.getByLabel(/Reason: the threat/).fill("Tokens leaked in a public repository; contained while keys rotate.");
  await page.getByRole("button", { name: "Suspend the app", exact: true }).click();
  await expect(page.getByText("Suspended: Tokens leaked in a public repository")).toBeVisible();
  await checkPage(page, javaScriptEnabled, "reviewer-suspended");

  const suspended = await decision(request, token, app.clientId, clinic);
  expect(suspended.allowed).toBe(false);
  expect(suspended.reason).toBe("suspended");

  await ready(page, javaScriptEnabled);
  await page.getByRole("button", { name: "Restore the app", exact: true }).click();
  await expect(page.getByRole("button", { name: "Suspend the app", exact: true })).toBeVisible();
  expect((await decision(request, token, app.clientId, clinic)).allowed).toBe(true);
});
