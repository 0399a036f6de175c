import fs from "fs";
import path from "path";

import { expect, Page, test } from "@playwright/test";

import { ready } from "./support/accounts";
import { uniqueAddress } from "./support/mail";
import { signUpVerified } from "./support/people";

/// A registration from the cases the portal's own tests check, as RFC 7591 metadata.
interface CaseApp {
  client_name: string;
  redirect_uris?: string[];
  token_endpoint_auth_method: string;
  jwks_uri?: string;
  scope: string;
  launch_uri?: string;
}

function caseApp(name: string): CaseApp {
  const file = path.join(__dirname, "../../app/tests/cases/apps", name);
  return JSON.parse(fs.readFileSync(file, "utf8")) as CaseApp;
}

const publicStandalone = caseApp("inferno_g10_public_standalone.json");
const asymmetric = caseApp("inferno_g10_asymmetric_standalone.json");

const png = {
  name: "logo.png",
  mimeType: "image/png",
  buffer: Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63e0f6cff90f0002f501c601c1dee60000000049454e44ae426082", "hex"),
};

const scriptedSvg = {
  name: "logo.svg",
  mimeType: "image/svg+xml",
  buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
};

async function startRegistration(page: Page, javaScriptEnabled: boolean, kind: string) {
  await page.goto("/apps");
  await ready(page, javaScriptEnabled);
  await page.getByRole("link", { name: `Register a ${kind} app` }).click();
  await expect(page.getByLabel("App name")).toBeVisible();
  await ready(page, javaScriptEnabled);
}

/// Fills what every complete registration needs besides its OAuth fields.
async function fillDescription(page: Page, name: string) {
  await page.getByLabel("App name").fill(name);
  await page.getByLabel("Short description").fill("Runs the ONC (g)(10) certification tests against the sandbox.");
  await page.getByLabel("Homepage").fill("https://inferno.healthit.gov");
  await page.getByLabel("Support e-mail address").fill("inferno@example.com");
  await page.getByLabel("Terms of service URL").fill("https://inferno.healthit.gov/terms");
  await page.getByLabel("How long data is kept").fill("For the length of one test session.");
  await page.getByLabel("With whom data is shared").fill("No one.");
  await page.getByLabel("How a user revokes access").fill("End the test session in Inferno.");
  for (const statement of [/supports SMART App Launch 2.0.0/, /supports OpenID Connect/, /PKCE with the S256 method/, /never asks for or stores/]) {
    await page.getByLabel(statement).check();
  }
}

/// Reads the sandbox client ID and, with JavaScript, copies it with its button.
async function copyClientId(page: Page, javaScriptEnabled: boolean): Promise<string> {
  const clientId = (await page.locator("#sandbox-client-id").textContent()) ?? "";
  expect(clientId).toMatch(/^[A-Za-z0-9_-]{22,}$/);
  if (javaScriptEnabled) {
    await page.getByRole("button", { name: "Copy client ID", exact: true }).click();
    await expect(page.getByText("Copied.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(clientId);
  } else {
    await expect(page.getByRole("button", { name: "Copy client ID", exact: true })).toBeHidden();
  }
  return clientId;
}

test.beforeEach(async ({ context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
});

test("a developer registers the Inferno public standalone app and copies its client ID", async ({ page, javaScriptEnabled }, testInfo) => {
  await signUpVerified(page, javaScriptEnabled, "Ira Inferno", uniqueAddress("ira.public", testInfo.project.name));
  await startRegistration(page, javaScriptEnabled, "patient-facing");
  const name = `${publicStandalone.client_name} ${Date.now()}`;
  const redirectUri = publicStandalone.redirect_uris![0];

  await fillDescription(page, name);
  await page.getByLabel("Redirect URIs").fill(`${redirectUri}#done`);
  await page.getByLabel("Launch URIs").fill(publicStandalone.launch_uri!);
  await page.getByLabel("Scopes").fill(publicStandalone.scope);
  await page.getByLabel("Privacy policy URL").fill("http://inferno.healthit.gov/privacy");
  await page.getByRole("button", { name: "Save draft" }).click();

  await expect(page.getByText("has a fragment (the part from “#”)")).toBeVisible();
  await expect(page.getByText("Enter the privacy policy's address as an https URL")).toBeVisible();
  await expect(page.getByLabel("App name")).toHaveValue(name);
  await expect(page.getByLabel("Redirect URIs")).toHaveValue(`${redirectUri}#done`);
  await expect(page.getByLabel("Scopes")).toHaveValue(publicStandalone.scope);
  await expect(page.getByLabel("Privacy policy URL")).toHaveValue("http://inferno.healthit.gov/privacy");
  await expect(page.getByLabel("How a user revokes access")).toHaveValue("End the test session in Inferno.");
  await expect(page.getByLabel(/PKCE with the S256 method/)).toBeChecked();
  await expect(page.getByLabel("Client type")).toHaveValue("public");

  await page.getByLabel("Redirect URIs").fill(redirectUri);
  await page.getByLabel("Privacy policy URL").fill("https://inferno.healthit.gov/privacy");
  await page.getByRole("button", { name: "Save draft" }).click();

  await expect(page).toHaveURL(/\/apps\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByText("The app is registered as a draft")).toBeVisible();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByText("Nothing is missing")).toBeVisible();
  await ready(page, javaScriptEnabled);
  await copyClientId(page, javaScriptEnabled);
  await expect(page.locator("#credentials")).toContainText("A public client has no secret");

  await page.getByLabel(/Upload a logo/).setInputFiles(scriptedSvg);
  await page.getByRole("button", { name: "Upload logo", exact: true }).click();
  await expect(page.getByText("The logo was rejected")).toBeVisible();
  await page.getByLabel(/Upload a logo/).setInputFiles(png);
  await page.getByRole("button", { name: "Upload logo", exact: true }).click();
  await expect(page.getByText("Logo uploaded.")).toBeVisible();
  await expect(page.getByRole("img", { name: `Logo of ${name}` })).toBeVisible();

  await page.goto("/apps");
  await ready(page, javaScriptEnabled);
  const row = page.getByRole("row", { name: new RegExp(name.replace(/[()]/g, "\\$&")) });
  await expect(row).toContainText("patient-facing");
  await expect(row).toContainText("Draft");
  await expect(row).toContainText("Sandbox");
});

test("a developer registers the Inferno asymmetric app with its JWKS URL", async ({ page, javaScriptEnabled }, testInfo) => {
  await signUpVerified(page, javaScriptEnabled, "Ash Asymmetric", uniqueAddress("ash.asymmetric", testInfo.project.name));
  await startRegistration(page, javaScriptEnabled, "patient-facing");
  const name = `${asymmetric.client_name} ${Date.now()}`;
  const privateJwks = JSON.stringify({ keys: [{ kty: "EC", crv: "P-384", kid: "k1", alg: "ES384", x: "AA", y: "AA", d: "c2VjcmV0" }] });

  await fillDescription(page, name);
  await page.getByLabel("Privacy policy URL").fill("https://inferno.healthit.gov/privacy");
  await page.getByLabel("Client type").selectOption("confidential");
  await page.getByLabel("Token endpoint authentication method").selectOption(asymmetric.token_endpoint_auth_method);
  await page.getByLabel("Redirect URIs").fill(asymmetric.redirect_uris!.join("\n"));
  await page.getByLabel("Scopes").fill(asymmetric.scope);
  await page.getByLabel("JWKS URL").fill(asymmetric.jwks_uri!.replace("https:", "http:"));
  if (javaScriptEnabled) {
    await expect(page.getByText("does not use https")).toBeVisible();
  }
  await page.getByLabel("JWKS document").fill(privateJwks);
  await page.getByRole("button", { name: "Save draft" }).click();

  await expect(page.getByText("does not use https").first()).toBeVisible();
  await expect(page.getByText("contains private key members (d)").first()).toBeVisible();
  await expect(page.getByLabel("App name")).toHaveValue(name);
  await expect(page.getByLabel("Scopes")).toHaveValue(asymmetric.scope);
  await expect(page.getByLabel("Token endpoint authentication method")).toHaveValue("private_key_jwt");
  await expect(page.getByLabel("JWKS URL")).toHaveValue(asymmetric.jwks_uri!.replace("https:", "http:"));
  // A document with private keys is never sent back in a URL, so without JavaScript the
  // field comes back empty.
  await expect(page.getByLabel("JWKS document")).toHaveValue(javaScriptEnabled ? privateJwks : "");

  await page.getByLabel("JWKS URL").fill(asymmetric.jwks_uri!);
  await page.getByLabel("JWKS document").fill("");
  await page.getByRole("button", { name: "Save draft" }).click();

  await expect(page).toHaveURL(/\/apps\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByText("Nothing is missing")).toBeVisible();
  await ready(page, javaScriptEnabled);
  await copyClientId(page, javaScriptEnabled);
  await expect(page.locator("#credentials")).toContainText("signs a JWT client assertion with its private key");
  await expect(page.locator("#registration")).toContainText(asymmetric.jwks_uri!);
});

test("a developer copies the sandbox client secret issued with the app, then rotates and revokes it", async ({ page, javaScriptEnabled }, testInfo) => {
  await signUpVerified(page, javaScriptEnabled, "Sol Symmetric", uniqueAddress("sol.symmetric", testInfo.project.name));
  await startRegistration(page, javaScriptEnabled, "clinician-facing");
  await page.getByLabel("App name").fill(`Inferno EHR practitioner app ${Date.now()}`);
  await page.getByLabel("Client type").selectOption("confidential");
  await page.getByLabel("Token endpoint authentication method").selectOption("client_secret_basic");
  await page.getByLabel("Redirect URIs").fill("https://inferno.healthit.gov/suites/custom/smart/redirect");
  await page.getByLabel("Scopes").fill("launch openid fhirUser offline_access user/Patient.read");
  if (javaScriptEnabled) {
    await expect(page.getByText("it is accepted with the v2 meaning “user/Patient.rs”")).toBeVisible();
  }
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/apps\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.locator("#registration")).toContainText("it is accepted with the v2 meaning “user/Patient.rs”");
  await expect(page.locator("li[data-field=launch_uris]")).toContainText("Enter the launch URI");
  await ready(page, javaScriptEnabled);
  const appUrl = page.url().split("?")[0];

  const first = await shownSecret(page, javaScriptEnabled);
  await page.goto(appUrl);
  await ready(page, javaScriptEnabled);
  await expect(page.locator("#credentials")).toContainText("A sandbox client secret issued");
  await expect(page.locator("body")).not.toContainText(first);

  const second = await generateSecret(page, javaScriptEnabled, "Rotate the sandbox secret");
  expect(second).not.toBe(first);
  await page.goto(appUrl);
  await ready(page, javaScriptEnabled);
  await page.getByRole("button", { name: "Revoke the sandbox secret" }).click();
  await expect(page.getByText("The sandbox client secret is revoked")).toBeVisible();
  await expect(page.getByRole("button", { name: "Generate the sandbox secret" })).toBeVisible();
  await expect(page.locator("#history")).toContainText("Rotated the sandbox client secret");
  await expect(page.locator("#history")).toContainText("Showed the sandbox client secret once");
});

/// Issues a secret with the named button and returns it: shown in place with JavaScript,
/// on a page of its own without.
async function generateSecret(page: Page, javaScriptEnabled: boolean, button: string): Promise<string> {
  await page.getByRole("button", { name: button }).click();
  const secret = await shownSecret(page, javaScriptEnabled);
  if (!javaScriptEnabled) {
    await expect(page).toHaveURL(/\/sandbox-secret$/);
    await expect(page.locator("#sandbox-client-id")).toHaveText(/^[A-Za-z0-9_-]{22,}$/);
  }
  return secret;
}

/// Returns the client secret the page shows once, copied with its button when JavaScript
/// is on.
async function shownSecret(page: Page, javaScriptEnabled: boolean): Promise<string> {
  await expect(page.getByText("Copy the client secret now.")).toBeVisible();
  const secret = (await page.locator("#sandbox-client-secret").textContent()) ?? "";
  expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  if (javaScriptEnabled) {
    await page.getByRole("button", { name: "Copy client secret", exact: true }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  }
  return secret;
}
