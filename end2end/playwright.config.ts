import { defineConfig } from "@playwright/test";

// The portal under test; the repository's test script starts a release build and sets it.
const baseURL = process.env.PORTAL_URL ?? "http://127.0.0.1:3000";

// Debian's Chromium: Playwright's own browser download is not used.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "./tests",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL,
    launchOptions: chromium,
    trace: "retain-on-failure",
  },
  // The agreement spec publishes a version every developer must then accept, so it runs
  // last, in projects of its own.
  projects: [
    { name: "javascript-on", use: { javaScriptEnabled: true }, testIgnore: /agreement\.spec\.ts/ },
    { name: "javascript-off", use: { javaScriptEnabled: false }, testIgnore: /agreement\.spec\.ts/ },
    {
      name: "agreement-javascript-on",
      use: { javaScriptEnabled: true },
      testMatch: /agreement\.spec\.ts/,
      dependencies: ["javascript-on", "javascript-off"],
    },
    {
      name: "agreement-javascript-off",
      use: { javaScriptEnabled: false },
      testMatch: /agreement\.spec\.ts/,
      dependencies: ["agreement-javascript-on"],
    },
  ],
});
