import { Link } from "react-router";
import { useDocumentTitle } from "../../app/use-document-title";

export function NotFoundPage() {
  useDocumentTitle("Not found");
  return (
    <section aria-labelledby="page-title" className="page">
      <h1 id="page-title">Page not found</h1>
      <p>
        There is nothing at this address. <Link to="/">Go to the start</Link>.
      </p>
    </section>
  );
}
