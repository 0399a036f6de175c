import { expect, Page, test } from "@playwright/test";

import { PASSWORD, ready, signIn, signOut } from "./support/accounts";
import { linkIn, uniqueAddress, waitForMail } from "./support/mail";
import { inviteReviewer, signUpVerified } from "./support/people";

const pdf = (marker: string) => ({
  name: `${marker}.pdf`,
  mimeType: "application/pdf",
  buffer: Buffer.from(`%PDF-1.7\n% ${marker}\n%%EOF\n`),
});

const png = {
  name: "id-card.png",
  mimeType: "image/png",
  buffer: Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"),
};

async function openProfile(page: Page, javaScriptEnabled: boolean, pathway: string) {
  await page.goto("/developer/profile");
  await ready(page, javaScriptEnabled);
  await page.getByRole("link", { name: pathway }).click();
  await expect(page.getByLabel("Legal name")).toBeVisible();
  await ready(page, javaScriptEnabled);
}

async function fillAddress(page: Page) {
  await page.getByLabel("Street address").fill("100 Main Street");
  await page.getByLabel("City").fill("Boston");
  await page.getByLabel("State or region").fill("MA");
  await page.getByLabel("ZIP or postal code").fill("02110");
}

test("an organization fills its profile, uploads a document and a reviewer verifies it", async ({ page, javaScriptEnabled }, testInfo) => {
  const developer = uniqueAddress("dana.org", testInfo.project.name);
  const reviewer = uniqueAddress("rita.reviewer", testInfo.project.name);
  const legalName = `Acme Health Apps ${testInfo.project.name} ${Date.now()} LLC`;
  await inviteReviewer(page, javaScriptEnabled, "Rita Reviewer", reviewer);
  await signUpVerified(page, javaScriptEnabled, "Dana Reyes", developer);

  await openProfile(page, javaScriptEnabled, "Organization");
  await page.getByLabel("Legal name").fill(legalName);
  await page.getByLabel("Doing-business-as name (optional)").fill("Acme Health");
  await fillAddress(page);
  await page.getByLabel("Contact's name").fill("Dana Reyes");
  await page.getByLabel("Contact's e-mail address").fill("dana-at-acme");
  await page.getByLabel("EIN").fill("07-1144442");
  await page.getByRole("button", { name: "Save profile" }).click();

  await expect(page.getByText("07 is not an EIN prefix the IRS assigns")).toBeVisible();
  await expect(page.getByText("Enter an e-mail address such as name@example.com.")).toBeVisible();
  await expect(page.getByLabel("Legal name")).toHaveValue(legalName);
  await expect(page.getByLabel("Doing-business-as name (optional)")).toHaveValue("Acme Health");
  await expect(page.getByLabel("Street address")).toHaveValue("100 Main Street");
  await expect(page.getByLabel("Contact's name")).toHaveValue("Dana Reyes");
  await expect(page.getByLabel("Contact's e-mail address")).toHaveValue("dana-at-acme");
  await expect(page.getByLabel("EIN")).toHaveValue("07-1144442");

  await page.getByLabel("Contact's e-mail address").fill("dana@acme.example");
  await page.getByLabel("EIN").fill("911144442");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
  await expect(page.getByLabel("EIN")).toHaveValue("91-1144442");
  await expect(page.locator("tr[data-part=supporting_documents]")).toContainText("Missing");

  await page.getByLabel(/Add a supporting document/).setInputFiles({ ...pdf("ein-letter"), name: "setup.exe", buffer: Buffer.from("MZ\x90\x00not a document at all") });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByText("The upload was rejected: The file is not a PDF, PNG or JPEG file")).toBeVisible();
  await page.getByLabel(/Add a supporting document/).setInputFiles(pdf("ein-letter"));
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByText("Supporting document uploaded.")).toBeVisible();
  await expect(page.locator("tr[data-part=supporting_documents]")).toContainText("Pending review");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "ein-letter.pdf" }).first().click();
  expect((await download).suggestedFilename()).toBe("ein-letter.pdf");
  await signOut(page);

  await signIn(page, javaScriptEnabled, reviewer, PASSWORD);
  await expect(page).toHaveURL(/\/review$/);
  await page.goto("/review/developers");
  await ready(page, javaScriptEnabled);
  await page.getByRole("link", { name: legalName }).click();
  await expect(page.getByRole("heading", { name: legalName })).toBeVisible();
  await ready(page, javaScriptEnabled);
  const legalNameForm = page.locator("form.decision").filter({ has: page.getByRole("heading", { name: "Legal name" }) });
  await legalNameForm.getByLabel(/Reason, for a rejection/).fill("Too short");
  await legalNameForm.getByRole("button", { name: "Reject" }).click();
  await expect(page.getByText("Explain the rejection in 10 to 2,000 characters")).toBeVisible();
  await expect(legalNameForm.getByLabel(/Reason, for a rejection/)).toHaveValue("Too short");
  await legalNameForm.getByRole("button", { name: "Mark verified" }).click();
  await expect(page.getByText("Decision recorded.")).toBeVisible();
  await expect(page.locator("tr[data-part=legal_name]")).toContainText("Verified");
  await signOut(page);

  await signIn(page, javaScriptEnabled, developer, PASSWORD);
  await expect(page).toHaveURL(/\/apps$/);
  await page.goto("/developer/profile");
  await ready(page, javaScriptEnabled);
  await expect(page.locator("tr[data-part=legal_name]")).toContainText("Verified");
  await page.getByLabel("Legal name").fill(`${legalName} Inc`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
  await expect(page.locator("tr[data-part=legal_name]")).toContainText("Pending review");
  await expect(page.locator(".history")).toContainText("by Rita Reviewer");
});

test("an individual developer fills the individual pathway", async ({ page, javaScriptEnabled }, testInfo) => {
  const developer = uniqueAddress("sam.individual", testInfo.project.name);
  await signUpVerified(page, javaScriptEnabled, "Sam Lee", developer);

  await openProfile(page, javaScriptEnabled, "Individual developer");
  await page.getByLabel("Legal name").fill("Sam Lee");
  await fillAddress(page);
  await page.getByLabel("ZIP or postal code").fill("2110");
  await page.getByLabel("Type of ID").selectOption("drivers_license");
  await page.getByLabel("Issuing state or country").fill("Massachusetts");
  await page.getByLabel("Expiry date").fill("2020-01-31");
  await page.getByRole("button", { name: "Save profile" }).click();

  await expect(page.getByText("Enter the ZIP code as 5 digits")).toBeVisible();
  await expect(page.getByText("This ID has expired")).toBeVisible();
  await expect(page.getByLabel("Legal name")).toHaveValue("Sam Lee");
  await expect(page.getByLabel("Type of ID")).toHaveValue("drivers_license");
  await expect(page.getByLabel("Issuing state or country")).toHaveValue("Massachusetts");
  await expect(page.getByLabel("Expiry date")).toHaveValue("2020-01-31");

  await page.getByLabel("ZIP or postal code").fill("02110");
  await page.getByLabel("Expiry date").fill("2031-06-30");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
  await expect(page.locator("tr[data-part=government_id]")).toContainText("Missing");

  await page.getByLabel(/Upload your government-issued id/).setInputFiles(png);
  await page.getByRole("button", { name: "Upload", exact: true }).first().click();
  await expect(page.getByText("Government-issued ID uploaded.")).toBeVisible();
  await page.getByLabel(/Upload your proof of address/).setInputFiles(pdf("utility-bill"));
  await page.getByRole("button", { name: "Upload", exact: true }).last().click();
  await expect(page.getByText("Proof of address uploaded.")).toBeVisible();
  await expect(page.locator("tr[data-part=government_id]")).toContainText("Pending review");
  await expect(page.locator("tr[data-part=address]")).toContainText("utility-bill.pdf");
  await expect(page.getByRole("heading", { name: "Members" })).toHaveCount(0);
});

test("an organization invites a developer, who joins and is removed", async ({ page, javaScriptEnabled }, testInfo) => {
  const owner = uniqueAddress("olive.owner", testInfo.project.name);
  const colleague = uniqueAddress("lee.member", testInfo.project.name);
  const organization = `Olive Apps ${Date.now()} LLC`;
  await signUpVerified(page, javaScriptEnabled, "Lee Park", colleague);
  await signOut(page);
  await signUpVerified(page, javaScriptEnabled, "Olive Owner", owner);
  await openProfile(page, javaScriptEnabled, "Organization");
  await page.getByLabel("Legal name").fill(organization);
  await fillAddress(page);
  await page.getByLabel("Contact's name").fill("Olive Owner");
  await page.getByLabel("Contact's e-mail address").fill(owner);
  await page.getByLabel("Registering state").selectOption("DE");
  await page.getByLabel("State registration number").fill("7654321");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();

  await page.getByLabel("E-mail address", { exact: true }).fill("not-an-address");
  await page.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.getByText("Enter an e-mail address such as name@example.com.")).toBeVisible();
  await page.getByLabel("E-mail address", { exact: true }).fill(colleague);
  await page.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.getByText("The invitation is on its way.")).toBeVisible();
  await signOut(page);

  const mail = await waitForMail(colleague, `Join ${organization} on the Veracity Developer Portal`);
  await signIn(page, javaScriptEnabled, colleague, PASSWORD);
  await expect(page).toHaveURL(/\/apps$/);
  await page.goto(linkIn(mail, "/developer/join"));
  await ready(page, javaScriptEnabled);
  await page.getByRole("button", { name: "Join the organization" }).click();
  await expect(page.getByText("You joined the organization.")).toBeVisible();
  await expect(page.getByText("The organization's owner edits this profile")).toBeVisible();
  await signOut(page);

  await signIn(page, javaScriptEnabled, owner, PASSWORD);
  await expect(page).toHaveURL(/\/apps$/);
  await page.goto("/developer/profile");
  await ready(page, javaScriptEnabled);
  await page.getByRole("button", { name: "Remove Lee Park" }).click();
  await expect(page.locator(".members")).not.toContainText("Lee Park");
});
