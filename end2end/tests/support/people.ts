// People the browser tests need, created through the portal's own pages and e-mails.

import { expect, Page } from "@playwright/test";

import { admin, PASSWORD, ready, signIn, signOut } from "./accounts";
import { linkIn, waitForMail } from "./mail";

/// Signs up a developer, follows the verification link and signs them in. With
/// `acceptAgreement`, a developer agreement already published is accepted on the way.
export async function signUpVerified(
  page: Page,
  javaScriptEnabled: boolean,
  name: string,
  email: string,
  options: { acceptAgreement?: boolean } = {},
) {
  await page.goto("/sign-up");
  await ready(page, javaScriptEnabled);
  await page.getByLabel("Your name").fill(name);
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
  if (options.acceptAgreement) {
    await expect(page).toHaveURL(/\/(apps|agreement)$/);
    if (page.url().endsWith("/agreement")) {
      await ready(page, javaScriptEnabled);
      await page.getByRole("button", { name: /^Accept version \d+$/ }).click();
      await expect(page.getByText(/You accepted version \d+ of the agreement\./)).toBeVisible();
    }
    return;
  }
  await expect(page).toHaveURL(/\/apps$/);
}

/// Has the platform administrator invite a reviewer, who sets a password; ends signed out.
export async function inviteReviewer(page: Page, javaScriptEnabled: boolean, name: string, email: string) {
  await signIn(page, javaScriptEnabled, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin$/);
  await ready(page, javaScriptEnabled);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Role").selectOption("reviewer");
  await page.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.getByText("The invitation is on its way.")).toBeVisible();
  await signOut(page);

  await acceptInvitation(page, javaScriptEnabled, email);
}

/// Follows the invitation e-mailed to `email` and sets the password; ends signed out.
export async function acceptInvitation(page: Page, javaScriptEnabled: boolean, email: string) {
  const mail = await waitForMail(email, "You are invited to the Veracity Developer Portal");
  await page.goto(linkIn(mail, "/accept-invitation"));
  await ready(page, javaScriptEnabled);
  await page.getByLabel("Choose a password").fill(PASSWORD);
  await page.getByRole("button", { name: "Set my password" }).click();
  await expect(page.getByText("Your password is set")).toBeVisible();
}

/// Invites a reviewer, sets their password and signs them in on the review workspace.
export async function signInNewReviewer(page: Page, javaScriptEnabled: boolean, name: string, email: string) {
  await inviteReviewer(page, javaScriptEnabled, name, email);
  await signIn(page, javaScriptEnabled, email, PASSWORD);
  await expect(page).toHaveURL(/\/review$/);
}

/// Has the platform administrator create the clinic `clinic` and invite `email`, named
/// `name`, as its administrator, who sets a password; ends signed out.
export async function createClinicWithAdministrator(
  page: Page,
  javaScriptEnabled: boolean,
  clinic: string,
  email: string,
  name = "Lena Lakeside",
) {
  await signIn(page, javaScriptEnabled, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin$/);
  await ready(page, javaScriptEnabled);
  await page.getByLabel("Clinic name").fill(clinic);
  await page.getByLabel("Address", { exact: true }).fill("12 Harbor Road\nPortland, ME 04101");
  await page.getByRole("button", { name: "Create the clinic", exact: true }).click();
  await expect(page.getByText("The clinic is created.")).toBeVisible();
  await ready(page, javaScriptEnabled);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Role").selectOption("clinic_administrator");
  await page.getByLabel(/Clinic \(clinic administrators only\)/).selectOption({ label: clinic });
  await page.getByRole("button", { name: "Send the invitation", exact: true }).click();
  await expect(page.getByText("The invitation is on its way.")).toBeVisible();
  await signOut(page);

  await acceptInvitation(page, javaScriptEnabled, email);
}
