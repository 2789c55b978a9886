import { createBrowserRouter, RouterProvider } from "react-router";
import { HomePage } from "../features/home/HomePage";
import { NotFoundPage } from "../features/placeholder/NotFoundPage";
import { SectionPage } from "../features/placeholder/SectionPage";
import { Layout } from "./Layout";
import { SECTIONS } from "./routes";

const router = createBrowserRouter([
  {
    path: "/",
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      ...SECTIONS.map((section) => ({ path: section.path, element: <SectionPage section={section} /> })),
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
