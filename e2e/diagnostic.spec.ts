import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { loadContent } from "@certpath/content";
import { expect, type Page, test } from "@playwright/test";

// The quiz writes the result into the one local profile; put it back so later suites start as
// they expect (the self-rating suite expects no evidence yet).
let savedProfile: unknown = {};
test.beforeAll(async ({ request }) => {
  const response = await request.get("/api/profile");
  savedProfile = response.ok() ? (await response.json()).profile : {};
});
test.afterAll(async ({ request }) => {
  await request.put("/api/profile", { data: savedProfile });
});

/** Answers the question on screen with the keyboard: the first option (or 1), then Enter. */
async function answerWithKeyboard(page: Page) {
  const form = page.locator("form.question");
  const choice = form.locator('input[type="radio"], input[type="checkbox"]').first();
  if ((await choice.count()) > 0) {
    await choice.focus();
    await page.keyboard.press("Space");
    await expect(choice).toBeChecked();
  } else {
    await form.getByLabel("Your answer (a number)").fill("1");
  }
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 3, name: /^(Correct|Not quite)$/ })).toBeVisible();
}

test("take the adaptive quiz for a target to the end, resuming after a reload, and read the result", async ({
  page,
}) => {
  await page.goto("/diagnostic?quizLength=3");
  await page.getByRole("radio", { name: /Adaptive quiz/ }).check();
  await page.getByRole("checkbox", { name: "AWS Certified Machine Learning Engineer - Associate" }).check();
  await page.getByRole("button", { name: "Start the quiz" }).click();

  // Question 1: focus lands on it; progress shows the estimate of questions left.
  await expect(page.getByRole("heading", { level: 2, name: /^Question 1/ })).toBeFocused();
  await expect(page.getByText(/Question 1 · about \d+ left \(at most 3\)/)).toBeVisible();
  await answerWithKeyboard(page);
  // Feedback teaches, and Enter on the focused button moves on.
  await expect(page.getByRole("button", { name: "Next question" })).toBeFocused();
  await page.keyboard.press("Enter");

  const second = page.getByRole("heading", { level: 2, name: /^Question 2/ });
  await expect(second).toBeFocused();
  const itemId = await page.locator("form.question").getAttribute("data-item-id");
  expect(itemId).toBeTruthy();
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: /^Question 2/ })).toBeVisible();
  await expect(page.locator("form.question")).toHaveAttribute("data-item-id", itemId as string);

  await answerWithKeyboard(page);
  await page.getByRole("button", { name: "Next question" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Question 3/ })).toBeFocused();
  await answerWithKeyboard(page);
  await page.getByRole("button", { name: "See my results", exact: true }).click();

  await expect(page.getByRole("heading", { level: 2, name: "Your quiz results" })).toBeFocused();
  await expect(page.getByText("You answered 3 questions")).toBeVisible();
  const table = page.getByRole("table", { name: /level per skill/ });
  const aws = table.getByRole("row", { name: /^AWS for ML and AI/ });
  await expect(aws).toContainText("quiz");
  await expect(aws.getByRole("cell").nth(1)).toHaveText(/-?\d\.\d – \d\.\d/);
  await expect(aws.getByRole("cell").last()).toContainText("2.5 (AWS Certified Machine Learning Engineer");
  await expect(
    page.getByRole("heading", { level: 3, name: /^AWS Certified Machine Learning Engineer/ }),
  ).toBeVisible();
  await expect(
    page.getByRole("table", { name: /Readiness per exam domain/ }).getByRole("row"),
  ).not.toHaveCount(1);
  await expect(page.getByRole("heading", { level: 3, name: "What to study first" })).toBeVisible();

  // Finished results survive a reload until the person is done with them.
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Your quiz results" })).toBeVisible();
  await page.getByRole("button", { name: "Back to my skills" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Your skills" })).toBeVisible();
});

test("stop the quiz at any time and see the results so far", async ({ page }) => {
  await page.goto("/diagnostic");
  // The first visit offers the choice; with results saved already, a button leads to the quiz.
  const radio = page.getByRole("radio", { name: /Adaptive quiz/ });
  const button = page.getByRole("button", { name: "Take the adaptive quiz" });
  await expect(radio.or(button)).toBeVisible();
  if (await radio.isVisible()) await radio.check();
  else await button.click();
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Question 1/ })).toBeFocused();
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.help}`);
  expect(await serious()).toEqual([]);
  await answerWithKeyboard(page);
  expect(await serious()).toEqual([]);
  await page.getByRole("button", { name: "Stop and see my results" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Your quiz results" })).toBeVisible();
  await expect(page.getByText(/You answered 1 question .* You stopped the quiz/)).toBeVisible();
  expect(await serious()).toEqual([]);
});

test("the web bundle carries no answer key or explanation", () => {
  // The server built packages/web/dist before these tests (scripts/start.mjs rebuilds a stale one).
  const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../packages/web/dist");
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(js|html|css|json)$/.test(entry.name))
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), "utf8"));
  expect(files.length).toBeGreaterThan(3);
  const bundle = files.join("\n");
  const items = loadContent().items;
  expect(items.length).toBeGreaterThan(100);
  for (const item of items) {
    // Long enough to be unmistakable: short keys ("True", "3") occur in any bundle by chance.
    const keyTexts = (item.options ?? [])
      .filter((o) => item.key?.includes(o.id) && o.text.length >= 16)
      .map((o) => o.text);
    for (const text of [...keyTexts, item.explanation.slice(0, 60)]) {
      expect(bundle.includes(text), `${item.id}: "${text}" is in the web bundle`).toBe(false);
    }
  }
});
