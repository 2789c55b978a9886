import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("filter the catalog by provider and level", async ({ page }) => {
  await page.goto("/certifications");
  const cards = page.locator("li.cert-card");
  await expect(cards.first()).toBeVisible();
  const allCount = await cards.count();
  await page.getByLabel("Provider").selectOption("aws");
  await expect(page).toHaveURL(/provider=aws/);
  await expect(cards.first()).toContainText("AWS");
  const awsCount = await cards.count();
  expect(awsCount).toBeLessThan(allCount);
  for (const meta of await page.locator("li.cert-card .cert-meta").allTextContents()) {
    expect(meta).toMatch(/Amazon Web Services|AWS/);
  }
  // Retired AWS ML Specialty is hidden until asked for.
  await expect(
    page.getByRole("link", { name: /Machine Learning – Specialty|Machine Learning - Specialty/ }),
  ).toHaveCount(0);
  await page.getByLabel("Status").selectOption("all");
  await expect(page.getByRole("link", { name: /Specialty/ }).first()).toBeVisible();
});

test("a retired certification says so and links to its successor", async ({ page }) => {
  await page.goto("/certifications?status=all");
  await page.getByRole("link", { name: /Azure AI Engineer Associate/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Azure AI Engineer Associate");
  const notice = page.getByRole("note").first();
  await expect(notice).toContainText("Retired");
  await expect(notice).toContainText("can no longer be taken");
  await notice.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/certifications\/ms-ai-103$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("AI");
  await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
});

test("compare three certifications side by side", async ({ page }) => {
  await page.goto("/certifications");
  const toggles = page.getByRole("checkbox", { name: "Compare" });
  for (const index of [0, 1, 2]) await toggles.nth(index).check();
  await page.getByRole("link", { name: "Compare 3" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Compare certifications" })).toBeVisible();
  await expect(page.locator("table.compare-table thead th[scope=col]")).toHaveCount(3);
  await expect(page.getByRole("rowheader", { name: "Price" })).toBeVisible();
});

test("the TensorFlow Developer Certificate is shown as a closed program", async ({ page }) => {
  await page.goto("/certifications/tensorflow-developer-certificate");
  await expect(page.getByRole("note").first()).toContainText("Program closed");
});

test("catalog and certification pages have no serious accessibility violations", async ({ page }) => {
  for (const path of [
    "/certifications?status=all",
    "/certifications/google-pmle",
    "/certifications/compare?ids=google-pmle,databricks-ml-associate",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator(".loading")).toHaveCount(0);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${path} ${v.id}: ${v.help}`)).toEqual([]);
  }
});
