// The developer's and reviewer's steps that bring an app through the verification review,
// through the portal's own pages.

import { expect, Page } from "@playwright/test";

import { ready } from "./accounts";

const pdf = {
  name: "ein-letter.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from("%PDF-1.7\n% ein-letter\n%%EOF\n"),
};

/// Fills the organization pathway with a valid EIN and uploads the supporting document.
export async function completeOrganizationProfile(page: Page, javaScriptEnabled: boolean, legalName: string) {
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

/// The registration of a public app with every field a submission needs.
export interface AppRegistration {
  kind: "patient" | "clinician";
  name: string;
  redirectUri: string;
  launchUri: string;
  scope: string;
  privacyPolicyUrl: string;
  /// A confidential client that authenticates with a client secret; public when left out.
  clientSecret?: boolean;
}

/// Registers `app` and returns its page's URL. Its policy pages are on localhost, which the
/// portal's pre-checks refuse to fetch, so no request leaves the machine.
export async function registerApp(page: Page, javaScriptEnabled: boolean, app: AppRegistration): Promise<string> {
  await page.goto(`/apps/new?kind=${app.kind}`);
  await expect(page.getByLabel("App name")).toBeVisible();
  await ready(page, javaScriptEnabled);
  await page.getByLabel("App name").fill(app.name);
  await page.getByLabel("Short description").fill("Runs the ONC (g)(10) certification tests against the sandbox.");
  await page.getByLabel("Homepage").fill("https://localhost/inferno");
  await page.getByLabel("Support e-mail address").fill("inferno@example.com");
  if (app.clientSecret) {
    await page.getByLabel("Client type").selectOption("confidential");
    await page.getByLabel("Token endpoint authentication method").selectOption("client_secret_basic");
  }
  await page.getByLabel("Redirect URIs").fill(app.redirectUri);
  await page.getByLabel("Launch URIs").fill(app.launchUri);
  await page.getByLabel("Scopes").fill(app.scope);
  await page.getByLabel("Privacy policy URL").fill(app.privacyPolicyUrl);
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
export async function claim(page: Page, javaScriptEnabled: boolean, name: string) {
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
export async function mark(page: Page, label: string, outcome: string, finding?: string) {
  const criterion = page.getByRole("group", { name: label, exact: true });
  await criterion.getByLabel(outcome, { exact: true }).check();
  if (finding) {
    await criterion.getByLabel(/Finding/).fill(finding);
  }
}

/// The labels of the six review criteria, in the decision form's order.
export const CRITERIA = ["Identity", "Protocol", "Security", "Credential safety", "Privacy policy and terms", "Data practices disclosure"];

/// Registers a public app of `kind` named `name`, submits it for review and returns its
/// page's URL.
export async function submitApp(page: Page, javaScriptEnabled: boolean, kind: "patient" | "clinician", name: string): Promise<string> {
  const scope = kind === "patient" ? "launch/patient openid fhirUser patient/Observation.rs" : "launch openid fhirUser user/Patient.rs";
  const appUrl = await registerApp(page, javaScriptEnabled, {
    kind,
    name,
    redirectUri: "https://localhost/callback",
    launchUri: "https://localhost/launch",
    scope,
    privacyPolicyUrl: "https://localhost/privacy",
  });
  await page.getByRole("button", { name: "Submit for review", exact: true }).click();
  await expect(page.getByText("Submitted for review.")).toBeVisible();
  return appUrl;
}

/// Has the signed-in reviewer claim and approve the open submission of `name`.
export async function approve(page: Page, javaScriptEnabled: boolean, name: string) {
  await claim(page, javaScriptEnabled, name);
  for (const label of CRITERIA) {
    await mark(page, label, "Met");
  }
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Recorded decision" })).toBeVisible();
}
