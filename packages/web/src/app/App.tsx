import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ComponentType, lazy, type ReactElement, Suspense } from "react";
import { createBrowserRouter, RouterProvider } from "react-router";
import { ACCOUNT_ROUTES } from "../features/account/account-routes";
import { HomePage } from "../features/home/HomePage";
import { NotFoundPage } from "../features/placeholder/NotFoundPage";
import { SectionPage } from "../features/placeholder/SectionPage";
import { Layout } from "./Layout";
import { SECTIONS } from "./routes";

/**
 * Feature pages load on first visit, so the landing page's JavaScript stays within its budget
 * (scripts/bundle-budget.mjs): the wallet's form library and each page's code are not in the entry.
 */
function lazyPage(load: () => Promise<ComponentType>): ReactElement {
  const Page = lazy(async () => ({ default: await load() }));
  return (
    <Suspense
      fallback={
        <p role="status" aria-live="polite" className="loading">
          Loading…
        </p>
      }
    >
      <Page />
    </Suspense>
  );
}
const CatalogPage = lazyPage(async () => (await import("../features/catalog/CatalogPage")).CatalogPage);
const CertificationPage = lazyPage(
  async () => (await import("../features/catalog/CertificationPage")).CertificationPage,
);
const ComparePage = lazyPage(async () => (await import("../features/catalog/ComparePage")).ComparePage);
const DiagnosticPage = lazyPage(
  async () => (await import("../features/diagnostic/DiagnosticPage")).DiagnosticPage,
);
const RecommendationsPage = lazyPage(
  async () => (await import("../features/recommend/RecommendationsPage")).RecommendationsPage,
);
const PlanPage = lazyPage(async () => (await import("../features/plan/PlanPage")).PlanPage);
const WalletPage = lazyPage(async () => (await import("../features/wallet/WalletPage")).WalletPage);
const TeamPage = lazyPage(async () => (await import("../features/team/TeamPage")).TeamPage);

/** Sections whose feature has landed; the rest show their empty state. */
const FEATURE_PAGES: Record<string, ReactElement> = {
  "/certifications": CatalogPage,
  "/diagnostic": DiagnosticPage,
  "/recommendations": RecommendationsPage,
  "/plan": PlanPage,
  "/wallet": WalletPage,
  "/team": TeamPage,
};

const router = createBrowserRouter([
  {
    path: "/",
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      ...SECTIONS.map((section) => ({
        path: section.path,
        element: FEATURE_PAGES[section.path] ?? <SectionPage section={section} />,
      })),
      { path: "/certifications/compare", element: ComparePage },
      { path: "/certifications/:id", element: CertificationPage },
      ...ACCOUNT_ROUTES,
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 60_000, retry: 1, refetchOnWindowFocus: false } },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
