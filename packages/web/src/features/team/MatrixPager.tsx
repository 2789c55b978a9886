import type { SkillsMatrix } from "./team-types";

/** Rows per page of the skills matrix (the API allows up to 1,000). */
export const MATRIX_PAGE = 100;

/** "Rows 101–200 of 1,250" with previous/next; nothing when one page holds every row. */
export function MatrixPager({
  page,
  onOffset,
  busy,
}: {
  page: SkillsMatrix["page"];
  onOffset: (offset: number) => void;
  busy: boolean;
}) {
  if (page.rows <= MATRIX_PAGE) return null;
  const last = Math.min(page.offset + MATRIX_PAGE, page.rows);
  const count = new Intl.NumberFormat();
  return (
    <nav className="matrix-pager" aria-label="Skills matrix pages">
      <button
        type="button"
        disabled={page.offset === 0 || busy}
        onClick={() => onOffset(Math.max(0, page.offset - MATRIX_PAGE))}
      >
        Previous
      </button>
      <output aria-live="polite">
        Rows {count.format(page.offset + 1)}–{count.format(last)} of {count.format(page.rows)}
      </output>
      <button
        type="button"
        disabled={last >= page.rows || busy}
        onClick={() => onOffset(page.offset + MATRIX_PAGE)}
      >
        Next
      </button>
    </nav>
  );
}
