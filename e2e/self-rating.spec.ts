import { expect, test } from "@playwright/test";

test("the two-minute self-rating shows each rated skill with an interval, and survives a reload", async ({
  page,
}) => {
  await page.goto("/diagnostic");
  await expect(page.getByRole("heading", { level: 2, name: /self-rating/i })).toBeVisible();
  const python = page.getByRole("group", { name: /^Python/ });
  await python.getByRole("radio", { name: /^3 · independent/ }).check();
  const linear = page.getByRole("group", { name: /^Linear algebra/ });
  await linear.getByRole("radio").first().focus();
  // Keyboard: arrow keys move within a radio group.
  await page.keyboard.press("ArrowRight");
  await expect(linear.getByRole("radio").nth(1)).toBeChecked();
  await page.getByRole("button", { name: "Save and see my results" }).click();

  const table = page.getByRole("table", { name: /level per skill/ });
  const pythonRow = table.getByRole("row", { name: /^Python/ });
  await expect(pythonRow).toContainText("self-rating");
  await expect(pythonRow.getByRole("cell").nth(1)).toHaveText(/\d\.\d – \d\.\d/);
  await expect(table.getByRole("row", { name: /^Calculus/ })).toContainText("unknown");

  await page.reload();
  await expect(
    page.getByRole("table", { name: /level per skill/ }).getByRole("row", { name: /^Python/ }),
  ).toContainText("self-rating");
});
