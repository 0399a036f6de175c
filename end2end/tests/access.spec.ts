import { expect, test } from "@playwright/test";

import { admin, PASSWORD, ready, signIn, signOut } from "./support/accounts";
import { linkIn, uniqueAddress, waitForMail } from "./support/mail";

test("each role reaches its own pages and gets 403 on the others'", async ({ page, javaScriptEnabled }, testInfo) => {
  const reviewer = uniqueAddress("rowan.reviewer", testInfo.project.name);

  await signIn(page, javaScriptEnabled, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin$/);
  await ready(page, javaScriptEnabled);
  await page.getByLabel("Name", { exact: true }).fill("Rowan Reviewer");
  await page.getByLabel("E-mail address").fill(reviewer);
  await page.getByLabel("Role").selectOption("reviewer");
  await page.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.getByText("The invitation is on its way.")).toBeVisible();
  expect((await page.goto("/review"))?.status()).toBe(403);
  await signOut(page);

  const mail = await waitForMail(reviewer, "You are invited to the Veracity Developer Portal");
  await page.goto(linkIn(mail, "/accept-invitation"));
  await ready(page, javaScriptEnabled);
  await page.getByLabel("Choose a password").fill(PASSWORD);
  await page.getByRole("button", { name: "Set my password" }).click();
  await expect(page.getByText("Your password is set")).toBeVisible();

  await signIn(page, javaScriptEnabled, reviewer, PASSWORD);
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole("heading", { name: "Review queue", level: 1 })).toBeVisible();
  for (const path of ["/apps", "/clinic", "/admin"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Access denied" })).toBeVisible();
  }
});

test("a forged cross-site request is rejected", async ({ page, baseURL }) => {
  await page.setContent(`
    <form id="forged" method="post" action="${baseURL}/api/sign_out">
      <button type="submit">Submit</button>
    </form>`);

  const [response] = await Promise.all([
    page.waitForResponse((response) => response.url().endsWith("/api/sign_out")),
    page.locator("#forged button").click(),
  ]);

  expect(response.status()).toBe(403);
});

test("repeated sign-in failures are throttled", async ({ page, javaScriptEnabled }, testInfo) => {
  const stranger = uniqueAddress("nobody", testInfo.project.name);
  for (let attempt = 0; attempt < 3; attempt++) {
    await signIn(page, javaScriptEnabled, stranger, "not the right password");
    await expect(page.getByText("The e-mail address or password is incorrect.")).toBeVisible();
  }

  await signIn(page, javaScriptEnabled, stranger, "not the right password");
  await expect(page.getByText(/Too many failed sign-ins\. Try again in \d+ seconds\./)).toBeVisible();

  // A successful sign-in after the wait clears the address's count for the tests that follow.
  await page.waitForTimeout(2_500);
  await signIn(page, javaScriptEnabled, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin$/);
});
