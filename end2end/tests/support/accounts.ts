import { expect, Page } from "@playwright/test";

/// The administrator the test script creates with the server's CLI before the portal starts.
export const admin = {
  email: process.env.E2E_ADMIN_EMAIL ?? "admin@example.com",
  password: process.env.E2E_ADMIN_PASSWORD ?? "",
};

export const PASSWORD = "quiet harbor lantern 42";

/// Waits up to 20 s until the page is interactive when JavaScript runs; a no-op without it.
export async function ready(page: Page, javaScriptEnabled: boolean) {
  if (javaScriptEnabled) {
    await page.waitForFunction(() => document.body.dataset.hydrated === "true", null, { timeout: 20_000 });
  }
}

export async function signIn(page: Page, javaScriptEnabled: boolean, email: string, password: string) {
  await page.goto("/sign-in");
  await ready(page, javaScriptEnabled);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}
