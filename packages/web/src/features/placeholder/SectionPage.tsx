import type { Section } from "../../app/routes";
import { useDocumentTitle } from "../../app/use-document-title";

/** The empty state of a section whose feature has not landed yet: what it will do and what comes first. */
export function SectionPage({ section }: { section: Section }) {
  useDocumentTitle(section.label);
  return (
    <section aria-labelledby="page-title" className="page">
      <h1 id="page-title">{section.label}</h1>
      <div className="empty-state" role="status">
        <p>{section.purpose}</p>
        <p className="empty-next">{section.next}</p>
      </div>
    </section>
  );
}
