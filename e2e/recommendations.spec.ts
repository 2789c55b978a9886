import { expect, test } from "@playwright/test";

test("fill the profile, see an explained ranking, and ask why for the top one and for a retired one", async ({
  page,
}) => {
  await page.goto("/recommendations");
  await page.getByLabel("Years in a technical role").fill("5");
  await page.getByLabel("Years doing ML work").fill("2");
  await page.getByLabel("Role you are aiming for").selectOption("ml-engineer");
  await page.getByLabel("What you want to work on").selectOption("mlops");
  await page.getByLabel("Study hours per week").fill("8");
  await page.getByLabel("Exam budget (US dollars)").fill("400");
  await page.getByRole("checkbox", { name: "AWS" }).check();
  await page.getByLabel("Years on AWS").fill("3");
  await page.getByRole("button", { name: "Save and rank certifications" }).click();

  const ranking = page.getByRole("heading", { level: 2, name: "Your ranking" });
  await expect(ranking).toBeFocused();
  const cards = page.locator("li.rec-card");
  await expect(cards.first()).toBeVisible();
  // An AWS engineer with three years on AWS: the top choice is an AWS exam.
  await expect(cards.first().getByRole("heading", { level: 3 })).toContainText("AWS");
  // Retired exams are never ranked.
  await expect(page.locator("li.rec-card h3")).not.toContainText(["Machine Learning – Specialty"]);

  await cards
    .first()
    .getByRole("button", { name: /^Why .* ranks #1$/ })
    .click();
  const factors = cards.first().getByRole("table", { name: /Score factors/ });
  await expect(factors.getByRole("rowheader", { name: "Your cloud" })).toBeVisible();
  await expect(factors.getByRole("row")).toHaveCount(9); // header + 8 factors, each explained
  for (const cell of await factors.locator("tbody td:last-child").allTextContents())
    expect(cell.length).toBeGreaterThan(10);

  await page.getByLabel("Certification", { exact: true }).selectOption("aws-mls-c01");
  await page.getByRole("button", { name: "Explain" }).click();
  const why = page.locator(".why-result");
  await expect(why.getByRole("note")).toContainText(/retired|no longer/i);
  await expect(why.getByRole("note").getByRole("link").first()).toBeVisible();
});
