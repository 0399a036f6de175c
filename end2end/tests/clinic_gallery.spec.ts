import { expect, test } from "@playwright/test";

import { PASSWORD, ready, signIn, signOut } from "./support/accounts";
import { checkPage } from "./support/look";
import { uniqueAddress } from "./support/mail";
import { createClinicWithAdministrator, inviteReviewer, signUpVerified } from "./support/people";
import { approve, completeOrganizationProfile, submitApp } from "./support/review";

test("the gallery lists approved apps and a clinic changes them", async ({ page, javaScriptEnabled }, testInfo) => {
  test.setTimeout(180_000);
  const run = `${testInfo.project.name} ${Date.now()}`;
  const reviewer = uniqueAddress("gus.gallery", testInfo.project.name);
  const developer = uniqueAddress("pia.patient", testInfo.project.name);
  const clinicAdmin = uniqueAddress("lena.lakeside", testInfo.project.name);
  const clinic = `Lakeside Family Practice ${run}`;
  const developerName = `Gallery Labs ${run} LLC`;
  const patientApp = `Harbor Steps ${run}`;
  const clinicianApp = `Rounds Board ${run}`;

  await inviteReviewer(page, javaScriptEnabled, "Gus Gallery", reviewer);
  await createClinicWithAdministrator(page, javaScriptEnabled, clinic, clinicAdmin);
  await signUpVerified(page, javaScriptEnabled, "Pia Patient", developer);
  await completeOrganizationProfile(page, javaScriptEnabled, developerName);
  await submitApp(page, javaScriptEnabled, "patient", patientApp);
  await submitApp(page, javaScriptEnabled, "clinician", clinicianApp);
  await signOut(page);
  await signIn(page, javaScriptEnabled, reviewer, PASSWORD);
  await expect(page).toHaveURL(/\/review$/);
  await approve(page, javaScriptEnabled, patientApp);
  await approve(page, javaScriptEnabled, clinicianApp);
  await signOut(page);

  // The public gallery, signed out: search by developer, then narrow by kind.
  await page.goto("/gallery");
  await ready(page, javaScriptEnabled);
  await page.getByLabel("App or developer name").fill(developerName);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/gallery\?q=/);
  await expect(page.getByRole("link", { name: patientApp })).toBeVisible();
  await expect(page.getByRole("link", { name: clinicianApp })).toBeVisible();
  await ready(page, javaScriptEnabled);
  await checkPage(page, javaScriptEnabled, "gallery");
  await page.getByLabel("Kind of app").selectOption("clinician");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("link", { name: clinicianApp })).toBeVisible();
  await expect(page.getByRole("link", { name: patientApp })).toHaveCount(0);
  await page.getByRole("link", { name: clinicianApp }).click();
  await expect(page.getByRole("heading", { name: clinicianApp })).toBeVisible();
  await expect(page.getByText("Read and search demographics, such as name, birth date and address (Patient) of the patients the signed-in user may access")).toBeVisible();
  await expect(page.getByText("For the length of one test session.")).toBeVisible();
  await checkPage(page, javaScriptEnabled, "gallery-app");

  // The clinic administrator opts out of the patient app, after the confirmation page.
  await signIn(page, javaScriptEnabled, clinicAdmin, PASSWORD);
  await expect(page).toHaveURL(/\/clinic$/);
  await page.goto(`/clinic/apps?q=${encodeURIComponent(run)}`);
  await ready(page, javaScriptEnabled);
  await page.getByRole("link", { name: `Opt out: ${patientApp}`, exact: true }).click();
  await expect(page.getByRole("heading", { name: `Opt out: ${patientApp}` })).toBeVisible();
  await ready(page, javaScriptEnabled);
  await page.getByLabel("Reason (optional)").fill("Our patients use another app.");
  await page.getByRole("button", { name: "Confirm: Opt out", exact: true }).click();
  await expect(page.getByText("The change is saved.")).toBeVisible();
  const patientRow = page.getByRole("row").filter({ hasText: patientApp });
  await expect(patientRow).toContainText("Inactive");
  await expect(patientRow).toContainText("Opted out: Our patients use another app.");

  // Activation needs the contract: the empty form names both fields, then it goes through.
  await page.goto(`/clinic/apps?q=${encodeURIComponent(run)}`);
  await ready(page, javaScriptEnabled);
  await page.getByRole("link", { name: `Activate: ${clinicianApp}`, exact: true }).click();
  await expect(page.getByRole("heading", { name: `Activate: ${clinicianApp}` })).toBeVisible();
  await ready(page, javaScriptEnabled);
  await page.getByRole("button", { name: "Confirm: Activate", exact: true }).click();
  await expect(page.getByText(/Enter the reference of the BAA or service contract/)).toBeVisible();
  await expect(page.getByText(/Enter the date the BAA or service contract was signed/)).toBeVisible();
  await ready(page, javaScriptEnabled);
  await page.getByLabel("BAA or service contract reference").fill("BAA-2026-114");
  await page.getByLabel("Date the contract was signed").fill("2026-11-30");
  await page.getByRole("button", { name: "Confirm: Activate", exact: true }).click();
  await expect(page.getByText("The change is saved.")).toBeVisible();
  const clinicianRow = page.getByRole("row").filter({ hasText: clinicianApp });
  await expect(clinicianRow).toContainText("Active");
  await expect(clinicianRow).toContainText("Contract BAA-2026-114 of 2026-11-30");
});
