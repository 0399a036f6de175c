// Accessibility and layout checks of the pages the journeys visit, and the screenshots the
// README's tour shows.

import path from "path";

import AxeBuilder from "@axe-core/playwright";
import { expect, Page } from "@playwright/test";

/// The folder of the README's screenshots.
const SCREENSHOTS = path.join(__dirname, "../../screenshots");

/// The widths every checked page must work at: a small phone and a laptop.
const WIDTHS = [375, 1280];

/// Checks the current page with axe-core and at both widths, and when `name` is given saves
/// a screenshot so named at each width. Runs with JavaScript on only: axe-core runs inside
/// the page.
export async function checkPage(page: Page, javaScriptEnabled: boolean, name?: string) {
  if (!javaScriptEnabled) {
    return;
  }

  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(
    serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`),
    `axe-core on ${page.url()}`,
  ).toEqual([]);

  const original = page.viewportSize();
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${page.url()} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
    if (name) {
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
    }
  }
  if (original) {
    await page.setViewportSize(original);
  }
}
