import { expect, type Page, test } from "@playwright/test";

// How the app reaches the browser (issue 9, "Prove it"): compressed, with the page's own code
// preloaded, and without layout shift while code and data arrive.

/**
 * The page's cumulative layout shift so far (the Layout Instability API, as Lighthouse reads it).
 * A string: it runs in the browser, and this project's TypeScript for e2e has no DOM types.
 */
const LAYOUT_SHIFT = `new Promise((resolve) => {
  let total = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
  setTimeout(() => resolve(total), 200);
})`;

async function layoutShift(page: Page): Promise<number> {
  return Number(await page.evaluate(LAYOUT_SHIFT));
}

test("scripts, styles and API answers arrive compressed", async ({ page }) => {
  const encodings = new Map<string, string | undefined>();
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith("/assets/") || url.pathname === "/api/certifications") {
      encodings.set(url.pathname, response.headers()["content-encoding"]);
    }
  });
  await page.goto("/certifications");
  await expect(page.locator("ul.cert-list > li").first()).toBeVisible();
  const scripts = [...encodings].filter(([path]) => /\.(js|css)$/.test(path));
  expect(scripts.length).toBeGreaterThan(0);
  for (const [path, encoding] of scripts) expect(encoding, path).toBe("br");
  expect(encodings.get("/api/certifications")).toBe("br");
});

test("a lazily loaded page's HTML preloads its code; other pages' does not", async ({ page }) => {
  await page.goto("/certifications");
  await expect(page.locator('link[rel="modulepreload"][href*="/assets/CatalogPage-"]')).toHaveCount(1);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator('link[rel="modulepreload"][href*="/assets/CatalogPage-"]')).toHaveCount(0);
});

for (const [path, ready] of [
  ["/certifications", "ul.cert-list > li"],
  ["/recommendations", "form"],
] as const) {
  test(`no layout shift while ${path} loads its code and data`, async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 }); // Lighthouse's mobile screen
    await page.goto(path);
    await expect(page.locator(ready).first()).toBeVisible();
    expect(await layoutShift(page)).toBeLessThan(0.01);
  });
}
