import { expect, test } from "@playwright/test";

test("home page renders with the layout", async ({ page }) => {
  const response = await page.goto("/");

  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle("Home · Veracity Developer Portal");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Veracity Developer Portal");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText("170.315(g)(10)");
  await expect(page.getByRole("tabpanel")).toContainText("sandbox credentials");
});

test("audience tabs switch after hydration", async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "switching tabs needs the hydrated page");
  await page.goto("/");
  await page.waitForFunction(() => document.body.dataset.hydrated === "true");

  await page.getByRole("tab", { name: "Reviewers" }).click();

  await expect(page.getByRole("tab", { name: "Reviewers" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel")).toContainText("Notice of Non-Conformance");
  await expect(page.getByRole("tab", { name: "App developers" })).toHaveAttribute("aria-selected", "false");
});

test("unknown page shows the 404 page", async ({ page }) => {
  const response = await page.goto("/no/such/page");

  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
});

test("health check answers", async ({ request }) => {
  const response = await request.get("/healthz");

  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok" });
});
