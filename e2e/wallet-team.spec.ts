import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page, test } from "@playwright/test";

// The team test signs in as the person the wallet test signed up: run them in order, together.
test.describe.configure({ mode: "serial" });

const PASSWORD = "correct horse battery staple";
const stamp = Date.now().toString(36);
const ada = { name: "Ada Lovelace", email: `ada-${stamp}@example.com` };
const grace = { name: "Grace Hopper", email: `grace-${stamp}@example.com` };

async function signUp(page: Page, person: { name: string; email: string }, next?: string) {
  await page.goto(next ? `/sign-up?next=${encodeURIComponent(next)}` : "/sign-up");
  await page.getByLabel("Name").fill(person.name);
  await page.getByLabel("E-mail").fill(person.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
}

async function newPage(browser: Browser): Promise<Page> {
  // A separate context is a separate browser profile: its own cookies, so its own person.
  const context = await browser.newContext();
  return context.newPage();
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${page.url()} ${v.id}: ${v.help}`)).toEqual([]);
}

test("sign up, add a credential and see its expiry and renewal window", async ({ browser }) => {
  const page = await newPage(browser);
  await signUp(page, ada);
  await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${ada.name}`)).toBeVisible();
  await expect(page.getByRole("link", { name: `Account: ${ada.name}` })).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Wallet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wallet" })).toBeVisible();
  const combo = page.getByRole("combobox", { name: "Certification" });
  await combo.fill("Agents Developer");
  await page.getByRole("option", { name: /Azure AI Apps and Agents Developer Associate/ }).click();
  await page.getByLabel("Date earned").fill("2026-03-10");
  await page.getByRole("button", { name: "Add to wallet" }).click();

  const row = page.getByRole("row", { name: /Azure AI Apps and Agents Developer Associate/ });
  await expect(row).toBeVisible();
  // Microsoft: valid 1 year; the free renewal assessment opens 180 days before expiry.
  await expect(row.locator('time[datetime="2027-03-10"]').first()).toBeVisible();
  await expect(row.locator('time[datetime="2026-09-11"]')).toBeVisible();
  await expect(row.getByRole("cell").nth(2)).toHaveText(/days|expire/);
  await expect(row).toContainText("free online renewal assessment");

  // A retired certification says so and links its successor.
  await combo.fill("Azure AI Engineer");
  await page.getByRole("option", { name: /Azure AI Engineer Associate \(retired\)/ }).click();
  await page.getByLabel("Date earned").fill("2026-02-01");
  await page.getByRole("button", { name: "Add to wallet" }).click();
  const retired = page.getByRole("row", { name: /Azure AI Engineer Associate/ });
  await expect(retired).toContainText("Retired");
  await expect(retired.getByRole("link", { name: /^See / })).toBeVisible();

  await expect(page.getByLabel(/Private calendar feed/)).toHaveValue(/\/api\/wallet\/calendar\/[\w-]+\.ics$/);
  await expectNoSeriousViolations(page);
  await page.context().close();
});

test("create a team, invite a second person who accepts, and see the skills matrix", async ({ browser }) => {
  const owner = await newPage(browser);
  await owner.goto("/sign-in");
  await owner.getByLabel("E-mail").fill(ada.email);
  await owner.getByLabel("Password").fill(PASSWORD);
  await owner.getByRole("button", { name: "Sign in" }).click();
  await expect(owner.getByText(`Signed in as ${ada.name}`)).toBeVisible();
  await owner.request.put("/api/profile", { data: { skills: { python: 3, mlops: 2 } } });

  await owner.goto("/team");
  await owner.getByLabel("New team name").fill("Data Science Guild");
  await owner.getByRole("button", { name: "Create team" }).click();
  await expect(owner.getByRole("heading", { level: 2, name: "Data Science Guild" })).toBeVisible();
  await owner.getByLabel("Invite by e-mail").fill(grace.email);
  await owner.getByRole("button", { name: "Send invitation" }).click();
  const link = owner.getByLabel(`Invitation link for ${grace.email}`);
  await expect(link).toHaveValue(/\/team\/invitations\/\w+/);
  const invitationPath = new URL(await link.inputValue()).pathname;

  const invitee = await newPage(browser);
  await signUp(invitee, grace, invitationPath);
  await expect(invitee.getByText(/invites you to join Data Science Guild/)).toBeVisible();
  await invitee.getByRole("button", { name: "Accept invitation" }).click();
  await expect(invitee.getByRole("heading", { level: 2, name: "Data Science Guild" })).toBeVisible();
  await invitee.request.put("/api/profile", { data: { skills: { python: 1 } } });
  // A member sees only their own row.
  await invitee.reload();
  const ownRows = invitee.getByRole("table", { name: /Skill levels/ }).locator("tbody tr");
  await expect(ownRows).toHaveCount(1);
  await expect(ownRows.first()).toContainText("Grace Hopper");

  await owner.reload();
  const matrix = owner.getByRole("table", { name: /Skill levels/ });
  await expect(matrix.getByRole("row", { name: /^Ada Lovelace/ })).toContainText("3 · independent");
  await expect(matrix.getByRole("row", { name: /^Grace Hopper/ })).toContainText("1 · aware");
  await expect(matrix.locator("tfoot")).toContainText("hidden (< 5 people)");
  await expect(owner.getByRole("heading", { name: "Exam budget" })).toBeVisible();
  await expectNoSeriousViolations(owner);
  await owner.context().close();
  await invitee.context().close();
});
