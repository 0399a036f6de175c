import { expect, test } from "@playwright/test";

import { PASSWORD, ready, signIn, signOut } from "./support/accounts";
import { linkIn, uniqueAddress, waitForMail } from "./support/mail";

test("sign up, verify, sign in and out", async ({ page, javaScriptEnabled }, testInfo) => {
  const email = uniqueAddress("dana", testInfo.project.name);

  await page.goto("/sign-up");
  await ready(page, javaScriptEnabled);
  await page.getByLabel("Your name").fill("Dana Developer");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();

  const mail = await waitForMail(email, "Verify your e-mail address");
  await page.goto(linkIn(mail, "/verify-email"));
  await ready(page, javaScriptEnabled);
  await page.getByRole("button", { name: "Verify my e-mail address" }).click();
  await expect(page.getByText("Your e-mail address is verified")).toBeVisible();

  await signIn(page, javaScriptEnabled, email, PASSWORD);
  await expect(page).toHaveURL(/\/apps$/);
  await expect(page.getByRole("heading", { name: "Your apps", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Dana Developer" })).toBeVisible();

  await signOut(page);
  const response = await page.goto("/apps");
  expect(response?.status()).toBe(401);
});

test("sign-up form names each bad field", async ({ page, javaScriptEnabled }) => {
  await page.goto("/sign-up");
  await ready(page, javaScriptEnabled);
  await page.getByLabel("Your name").fill("Dana Developer");
  await page.getByLabel("E-mail address").fill("dana-at-example.com");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page.getByText("Enter an e-mail address such as name@example.com.")).toBeVisible();
  await expect(page.getByText("Use at least 12 characters.").first()).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("Dana Developer");
  await expect(page.getByLabel("E-mail address")).toHaveValue("dana-at-example.com");
  if (!javaScriptEnabled) {
    expect(page.url()).not.toContain("short");
  }
});

test("reset a forgotten password", async ({ page, javaScriptEnabled }, testInfo) => {
  const email = uniqueAddress("riley", testInfo.project.name);
  await page.goto("/sign-up");
  await ready(page, javaScriptEnabled);
  await page.getByLabel("Your name").fill("Riley Reset");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();

  await page.goto("/forgot-password");
  await ready(page, javaScriptEnabled);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "Send the reset link" }).click();
  await expect(page.getByText("If an account uses that address")).toBeVisible();

  const mail = await waitForMail(email, "Reset your password");
  await page.goto(linkIn(mail, "/reset-password"));
  await ready(page, javaScriptEnabled);
  await page.getByLabel("New password").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByText("Your password was changed")).toBeVisible();

  await signIn(page, javaScriptEnabled, email, "a brand new passphrase");
  await expect(page).toHaveURL(/\/apps$/);
});
