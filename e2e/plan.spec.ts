import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

test("make a plan, check in behind schedule, accept the re-plan, download the calendar", async ({ page }) => {
  await page.goto("/plan");
  await page.getByLabel("Certification").selectOption("databricks-ml-associate");
  await page.getByLabel("Hours per week").fill("5");
  // Started eight weeks ago, so a check-in with little done is behind schedule.
  const start = new Date(Date.now() - 56 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Start").fill(start);
  await page.getByRole("button", { name: "Make my plan" }).click();

  await expect(page.getByRole("heading", { level: 2, name: /Your plan for/ })).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Stages of the plan in order" }).getByRole("row").nth(1),
  ).toBeVisible();
  const readyBefore = await page.locator(".plan-summary dd").nth(1).textContent();

  await page.getByLabel("Hours studied so far").fill("2");
  await page.getByRole("button", { name: "Preview the re-plan" }).click();
  const preview = page.getByRole("region", { name: "Re-plan preview" });
  await expect(preview).toContainText("Exam date");
  await preview.getByRole("button", { name: "Accept the re-plan" }).click();
  await expect(preview).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Re-plans so far" })).toBeVisible();
  const readyAfter = await page.locator(".plan-summary dd").nth(1).textContent();
  expect(readyAfter).not.toBe(readyBefore);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download calendar (.ics)" }).click();
  const download = await downloadPromise;
  const ics = readFileSync((await download.path()) as string, "utf8");
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics.match(/BEGIN:VEVENT/g)?.length ?? 0).toBeGreaterThan(3);

  // The plan survives a reload, and salary context is there with its sources.
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: /Your plan for/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /Pay bands/ })).toContainText(
    /Total compensation|Base salary/,
  );
});
