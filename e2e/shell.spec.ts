import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const SECTIONS = ["Diagnostic", "Certifications", "Recommendations", "Plan", "Wallet", "Team"];

test("the landing page leads along the whole journey", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("certified");
  const steps = page.locator("ol.journey > li");
  await expect(steps).toHaveCount(6);
  for (const step of ["Tell us about you", "Diagnose", "Choose", "Plan", "Certify", "Renew"]) {
    await expect(page.getByRole("heading", { level: 3, name: step })).toBeVisible();
  }
});

test("navigation reaches every section", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const label of SECTIONS) {
    await nav.getByRole("link", { name: label }).click();
    await expect(page.getByRole("heading", { level: 1, name: label })).toBeVisible();
    await expect(page).toHaveTitle(`${label} · Certpath`);
    await expect(nav.getByRole("link", { name: label })).toHaveAttribute("aria-current", "page");
  }
});

test("sections still to come say what they will do", async ({ page }) => {
  await page.goto("/team");
  await expect(page.locator(".empty-state")).toContainText("skills matrix");
});

test("keyboard users can skip to the content and reach navigation", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Certpath" })).toBeFocused();
});

test("a deep link loads directly and an unknown page says so", async ({ page }) => {
  await page.goto("/wallet");
  await expect(page.getByRole("heading", { level: 1, name: "Wallet" })).toBeVisible();
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});

for (const path of ["/", "/diagnostic", "/certifications"]) {
  test(`no serious accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}
