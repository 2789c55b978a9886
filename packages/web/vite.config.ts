import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompress } from "./vite-precompress.js";
import { routePages } from "./vite-route-pages.js";

/** The lazily loaded pages (src/app/App.tsx) whose code the page's own HTML preloads. */
const ROUTE_PAGES = {
  "/certifications": "src/features/catalog/CatalogPage.tsx",
  "/certifications/compare": "src/features/catalog/ComparePage.tsx",
  "/diagnostic": "src/features/diagnostic/DiagnosticPage.tsx",
  "/recommendations": "src/features/recommend/RecommendationsPage.tsx",
  "/plan": "src/features/plan/PlanPage.tsx",
  "/wallet": "src/features/wallet/WalletPage.tsx",
  "/team": "src/features/team/TeamPage.tsx",
};

export default defineConfig({
  // routePages: an index.html per lazy page that preloads its code; precompress: .br and .gz beside
  // each built file. Both are served by packages/server/src/http/web-app.ts.
  plugins: [react(), routePages(ROUTE_PAGES), precompress()],
  server: {
    port: 5173,
    // In development the API runs separately (npm run dev starts both).
    proxy: { "/api": "http://127.0.0.1:3000" },
  },
  build: { outDir: "dist", sourcemap: false },
});
