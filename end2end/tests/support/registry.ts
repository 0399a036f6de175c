// The OAuth server's side of the journeys: a registry token the platform administrator
// creates, and reads of the registry API and the service base URL Bundle with it.

import { APIRequestContext, expect, Page } from "@playwright/test";

import { admin, ready, signIn, signOut } from "./accounts";

/// Has the platform administrator create a registry token and returns it; ends signed out.
export async function createRegistryToken(page: Page, javaScriptEnabled: boolean, label: string): Promise<string> {
  await signIn(page, javaScriptEnabled, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/registry-tokens");
  await ready(page, javaScriptEnabled);
  await page.getByLabel("Label").fill(label);
  await page.getByRole("button", { name: "Create the token", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Registry token created" })).toBeVisible();
  const token = (await page.locator("#registry-token").textContent()) ?? "";
  expect(token).toMatch(/^vrt_/);

  await page.goto("/admin");
  await signOut(page);
  return token;
}

/// Returns the ID of the clinic named `name`, read from the public service base URL Bundle.
export async function clinicId(request: APIRequestContext, name: string): Promise<string> {
  const response = await request.get("/fhir/service-base-urls");
  expect(response.status()).toBe(200);
  const bundle = await response.json();
  const organization = bundle.entry
    .map((entry: { resource: { resourceType: string; id: string; name: string } }) => entry.resource)
    .find((resource: { resourceType: string; name: string }) => resource.resourceType === "Organization" && resource.name === name);
  expect(organization, `no Organization named ${name} in the Bundle`).toBeTruthy();
  return organization.id;
}

/// Reads `path` under /registry/v1 with the token and returns the JSON body.
export async function registryGet(request: APIRequestContext, token: string, path: string) {
  const response = await request.get(`/registry/v1${path}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
  return response.json();
}

/// Asks the registry whether the production client may be used at the clinic now.
export async function decision(request: APIRequestContext, token: string, clientId: string, clinic: string) {
  return registryGet(request, token, `/clients/${encodeURIComponent(clientId)}/decision?clinic_id=${clinic}&environment=production`);
}

/// Returns every change feed event after the cursor `after`, oldest first, and the cursor
/// to follow the feed from, paging to its end.
export async function changesAfter(request: APIRequestContext, token: string, after: number) {
  const events = [];
  let cursor = after;
  for (;;) {
    const page = await registryGet(request, token, `/changes?after=${cursor}&limit=500`);
    events.push(...page.events);
    cursor = page.next_after;
    if (page.events.length < 500) {
      return { events, next_after: cursor };
    }
  }
}
