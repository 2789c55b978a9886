import type { ReactNode } from "react";
import { Link } from "react-router";

/**
 * The banner for a certification that cannot (or soon cannot) be taken: the reason, then links to
 * what to take instead. Used on the certification page and in "why not X?".
 */
export function SuccessorNotice({
  message,
  successors,
  tone,
  lead,
  children,
}: {
  message: string;
  successors: Array<{ id: string; name: string }>;
  tone: "warn" | "error";
  lead: string;
  children?: ReactNode;
}) {
  return (
    <div className={`notice notice-${tone}`} role="note">
      <p>
        <strong>{message}</strong>
      </p>
      {successors.length > 0 ? (
        <p>
          {lead}{" "}
          {successors.map((s, i) => (
            <span key={s.id}>
              {i > 0 ? ", " : ""}
              <Link to={`/certifications/${s.id}`}>{s.name}</Link>
            </span>
          ))}
        </p>
      ) : null}
      {children}
    </div>
  );
}
