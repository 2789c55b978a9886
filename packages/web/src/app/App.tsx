import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactElement } from "react";
import { createBrowserRouter, RouterProvider } from "react-router";
import { CatalogPage } from "../features/catalog/CatalogPage";
import { CertificationPage } from "../features/catalog/CertificationPage";
import { ComparePage } from "../features/catalog/ComparePage";
import { DiagnosticPage } from "../features/diagnostic/DiagnosticPage";
import { HomePage } from "../features/home/HomePage";
import { NotFoundPage } from "../features/placeholder/NotFoundPage";
import { SectionPage } from "../features/placeholder/SectionPage";
import { PlanPage } from "../features/plan/PlanPage";
import { RecommendationsPage } from "../features/recommend/RecommendationsPage";
import { Layout } from "./Layout";
import { SECTIONS } from "./routes";

/** Sections whose feature has landed; the rest show their empty state. */
const FEATURE_PAGES: Record<string, ReactElement> = {
  "/certifications": <CatalogPage />,
  "/diagnostic": <DiagnosticPage />,
  "/recommendations": <RecommendationsPage />,
  "/plan": <PlanPage />,
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
      { path: "/certifications/compare", element: <ComparePage /> },
      { path: "/certifications/:id", element: <CertificationPage /> },
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
