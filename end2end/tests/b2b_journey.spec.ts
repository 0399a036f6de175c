import { expect, test } from "@playwright/test";

import { PASSWORD, ready, signIn, signOut } from "./support/accounts";
import { checkPage } from "./support/look";
import { linkIn, uniqueAddress, waitForMail } from "./support/mail";
import { createClinicWithAdministrator } from "./support/people";
import { clinicId, createRegistryToken, decision, registryGet } from "./support/registry";
import { completeOrganizationProfile, CRITERIA, mark } from "./support/review";

// The Inferno (g)(10) bulk data client's registration, with its JWKS URL. The portal under
// test runs with fetching turned off, so the URL is stored and never requested.
const INFERNO_JWKS_URL = "https://inferno.healthit.gov/suites/custom/g10_certification/.well-known/jwks.json";

test("a clinic approves a backend services app through its link, then revokes it", async ({ page, request, javaScriptEnabled }, testInfo) => {
  test.setTimeout(240_000);
  const run = `${testInfo.project.name} ${Date.now()}`;
  const clinic = `Bayside Pediatrics ${run}`;
  const clinicAdmin = uniqueAddress("cole.clinic", testInfo.project.name);
  const developer = uniqueAddress("bea.backend", testInfo.project.name);
  const appName = `Inferno Bulk Data ${run}`;

  const token = await createRegistryToken(page, javaScriptEnabled, `OAuth server ${run}`);
  await createClinicWithAdministrator(page, javaScriptEnabled, clinic, clinicAdmin, "Cole Clinic");
  const clinicA = await clinicId(request, clinic);
  const otherClinic = await clinicId(request, "Harbor Family Clinic");

  // The clinic administrator creates a link and copies it.
  await signIn(page, javaScriptEnabled, clinicAdmin, PASSWORD);
  await expect(page).toHaveURL(/\/clinic$/);
  await ready(page, javaScriptEnabled);
  await page.getByLabel("Label").fill("Inferno test kit");
  await page.getByRole("button", { name: "Create a link", exact: true }).click();
  const link = (await page.locator("#new-link").textContent()) ?? "";
  expect(link).toContain("/register/b2b/");
  await checkPage(page, javaScriptEnabled, "clinic-link");
  await page.goto("/clinic");
  await signOut(page);

  // The developer opens it without an account, signs up from it and comes back to it.
  await page.goto(link);
  await ready(page, javaScriptEnabled);
  await page.getByRole("link", { name: "Create a developer account" }).click();
  await expect(page).toHaveURL(/\/sign-up\?next=/);
  await ready(page, javaScriptEnabled);
  await page.getByLabel("Your name").fill("Bea Backend");
  await page.getByLabel("E-mail address").fill(developer);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  const mail = await waitForMail(developer, "Verify your e-mail address");
  await page.goto(linkIn(mail, "/verify-email"));
  await ready(page, javaScriptEnabled);
  await page.getByRole("button", { name: "Verify my e-mail address" }).click();
  await expect(page.getByText("Your e-mail address is verified")).toBeVisible();
  await ready(page, javaScriptEnabled);
  await page.getByLabel("E-mail address").fill(developer);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new URL(link).pathname);
  await expect(page.getByText(clinic).first()).toBeVisible();
  await checkPage(page, javaScriptEnabled, "developer-b2b-registration");

  // A user scope is refused by name; the system scope goes through.
  await ready(page, javaScriptEnabled);
  await page.getByLabel("App name").fill(appName);
  await page.getByLabel("Short description").fill("Exports every patient's data with FHIR Bulk Data for the (g)(10) tests.");
  await page.getByLabel("Homepage").fill("https://localhost/inferno");
  await page.getByLabel("Support e-mail address").fill("inferno@example.com");
  await page.getByLabel("Scopes").fill("user/Patient.rs");
  await page.getByLabel("JWKS URL").fill(INFERNO_JWKS_URL);
  await page.getByLabel("Privacy policy URL").fill("https://localhost/privacy");
  await page.getByLabel("Terms of service URL").fill("https://localhost/terms");
  await page.getByLabel("How long data is kept").fill("For the length of one test session.");
  await page.getByLabel("With whom data is shared").fill("No one.");
  await page.getByLabel("How a user revokes access").fill("The clinic revokes the client.");
  for (const statement of [/supports SMART App Launch 2.0.0/, /never asks for or stores/]) {
    await page.getByLabel(statement).check();
  }
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText(/user\/Patient\.rs/).first()).toBeVisible();
  await expect(page.getByLabel("App name")).toHaveValue(appName);
  await ready(page, javaScriptEnabled);
  await page.getByLabel("Scopes").fill("system/*.r");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/apps\/[0-9a-f-]{36}\?created=1$/);
  const appUrl = page.url().split("?")[0];

  await completeOrganizationProfile(page, javaScriptEnabled, `Backend Labs ${run} LLC`);
  await page.goto(appUrl);
  await ready(page, javaScriptEnabled);
  await page.getByRole("button", { name: `Submit to ${clinic}`, exact: true }).click();
  await expect(page.getByText("Submitted for review.")).toBeVisible();
  await signOut(page);

  // The clinic approves it against the objective criteria.
  await signIn(page, javaScriptEnabled, clinicAdmin, PASSWORD);
  await expect(page).toHaveURL(/\/clinic$/);
  await page.goto("/clinic/registrations");
  await ready(page, javaScriptEnabled);
  await page.getByRole("row").filter({ hasText: appName }).getByRole("link", { name: "Review" }).click();
  await expect(page.getByRole("heading", { name: appName })).toBeVisible();
  await ready(page, javaScriptEnabled);
  await checkPage(page, javaScriptEnabled, "clinic-b2b-review");
  for (const label of CRITERIA) {
    await mark(page, label, label === "Security" ? "Not applicable" : "Met");
  }
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByText("The decision is recorded and the developer is notified.")).toBeVisible();
  await signOut(page);

  // The developer's production client works at this clinic only, with client credentials.
  await signIn(page, javaScriptEnabled, developer, PASSWORD);
  await expect(page).toHaveURL(/\/apps$/);
  await page.goto(appUrl);
  await ready(page, javaScriptEnabled);
  const productionClientId = ((await page.locator("#production-client-id").textContent()) ?? "").trim();
  expect(productionClientId).not.toBe("");
  await signOut(page);

  const client = await registryGet(request, token, `/clients/${encodeURIComponent(productionClientId)}`);
  expect(client.grant_types).toEqual(["client_credentials"]);
  expect(client.jwks_uri).toBe(INFERNO_JWKS_URL);
  expect((await decision(request, token, productionClientId, clinicA)).allowed).toBe(true);
  const elsewhere = await decision(request, token, productionClientId, otherClinic);
  expect(elsewhere.allowed).toBe(false);
  expect(elsewhere.reason).toBe("b2b_client_of_another_clinic");

  // The clinic revokes the credentials; the registry refuses the client at once.
  await signIn(page, javaScriptEnabled, clinicAdmin, PASSWORD);
  await expect(page).toHaveURL(/\/clinic$/);
  await page.goto("/clinic/registrations");
  await ready(page, javaScriptEnabled);
  await page.getByRole("row").filter({ hasText: appName }).getByRole("button", { name: "Revoke credentials" }).click();
  await expect(page.getByText("The app's credentials are revoked at your clinic.")).toBeVisible();
  await checkPage(page, javaScriptEnabled);
  const revoked = await decision(request, token, productionClientId, clinicA);
  expect(revoked.allowed).toBe(false);
  expect(revoked.reason).toBe("revoked");
});
