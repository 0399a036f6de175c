import fs from "fs";
import path from "path";

import { expect, Page, test } from "@playwright/test";

import { ready } from "./support/accounts";
import { uniqueAddress } from "./support/mail";
import { signUpVerified } from "./support/people";


/// Reads a published key set or client assertion that the portal's own tests check.
function jwksCase(name: string): string {
  return fs.readFileSync(path.join(__dirname, "../../app/tests/cases/jwks", name), "utf8").trim();
}

async function startRegistration(page: Page, javaScriptEnabled: boolean) {
  await page.goto("/apps");
  await ready(page, javaScriptEnabled);
  await page.getByRole("link", { name: "Register a clinician-facing app" }).click();
  await expect(page.getByLabel("App name")).toBeVisible();
  await ready(page, javaScriptEnabled);
}

test("a developer rotates the sandbox secret with a one-day grace period", async ({ page, javaScriptEnabled }, testInfo) => {
  await signUpVerified(page, javaScriptEnabled, "Rita Rotation", uniqueAddress("rita.rotation", testInfo.project.name));
  await startRegistration(page, javaScriptEnabled);
  await page.getByLabel("App name").fill(`Harbor Charting ${Date.now()}`);
  await page.getByLabel("Client type").selectOption("confidential");
  await page.getByLabel("Token endpoint authentication method").selectOption("client_secret_basic");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/apps\/[0-9a-f-]{36}\?created=1$/);
  const appUrl = page.url().split("?")[0];
  await expect(page.getByText("Copy the client secret now.")).toBeVisible();
  const first = (await page.locator("#sandbox-client-secret").textContent()) ?? "";

  await page.goto(appUrl);
  await ready(page, javaScriptEnabled);
  await page.getByLabel("Grace period for the previous secret (days)").fill("9");
  await page.getByRole("button", { name: "Rotate the sandbox secret", exact: true }).click();
  await expect(page.getByText("“9” is not a grace period. Enter a whole number of days from 0 to 7")).toBeVisible();
  await expect(page.getByLabel("Grace period for the previous secret (days)")).toHaveValue("9");

  await page.getByLabel("Grace period for the previous secret (days)").fill("1");
  await page.getByRole("button", { name: "Rotate the sandbox secret", exact: true }).click();
  await expect(page.getByText("Copy the client secret now.")).toBeVisible();
  const second = (await page.locator("#sandbox-client-secret").textContent()) ?? "";
  expect(second).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(second).not.toBe(first);

  await page.goto(appUrl);
  await ready(page, javaScriptEnabled);
  await expect(page.locator("#credentials")).toContainText("A sandbox client secret issued");
  await expect(page.locator("#credentials")).toContainText(/The previous secret works until \w{3} \d{1,2}, \d{4}, \d{2}:\d{2} UTC\./);
  await expect(page.locator("#history")).toContainText("Rotated the sandbox client secret; the previous secret works until");

  await page.getByRole("button", { name: "Revoke the sandbox secret", exact: true }).click();
  await expect(page.getByText("The sandbox client secret is revoked")).toBeVisible();
  await expect(page.locator("#credentials")).not.toContainText("The previous secret works until");
});

test("a developer checks a client assertion in the tester", async ({ page, javaScriptEnabled }, testInfo) => {
  await signUpVerified(page, javaScriptEnabled, "Theo Tester", uniqueAddress("theo.tester", testInfo.project.name));
  await startRegistration(page, javaScriptEnabled);
  await page.getByLabel("App name").fill(`Night Batch ${Date.now()}`);
  await page.getByLabel("Client type").selectOption("confidential");
  await page.getByLabel("Token endpoint authentication method").selectOption("private_key_jwt");
  await page.getByLabel("JWKS document").fill(jwksCase("hl7_smart_app_launch_RS384.public.json"));
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/apps\/[0-9a-f-]{36}\?created=1$/);
  await ready(page, javaScriptEnabled);

  await expect(page.locator("#jwks-source")).toContainText("The keys are the registered JWKS document.");
  await expect(page.locator("#jwks-kids")).toContainText("eee9f17a3b598fd86417a980b591fbe6");
  const assertion = jwksCase("hl7_client_confidential_asymmetric_RS384_example.jwt");
  await page.getByLabel("Client assertion (JWT)").fill(assertion);
  await page.getByRole("button", { name: "Check the assertion", exact: true }).click();

  const verdict = page.locator("#assertion-verdict");
  await expect(verdict).toContainText("The OAuth server would reject this assertion (4 problems)");
  await expect(verdict).toContainText("“iss” is “https://bili-monitor.example.com”, but it must be the client ID");
  await expect(verdict).toContainText("The assertion expired at 2015-01-29T22:01:00Z");
  await expect(verdict).not.toContainText("signature does not verify");
  await expect(page.getByLabel("Client assertion (JWT)")).toHaveValue(assertion);
});
