import type { ReactNode } from "react";

/** Loading and error states for a query, announced to screen readers. */
export function QueryState({
  isPending,
  error,
  label,
  children,
}: {
  isPending: boolean;
  error: Error | null;
  label: string;
  children: ReactNode;
}) {
  if (error) {
    return (
      <div role="alert" className="notice notice-error">
        Could not load {label}: {error.message}
      </div>
    );
  }
  if (isPending) {
    return (
      <p role="status" aria-live="polite" className="loading">
        Loading {label}…
      </p>
    );
  }
  return <>{children}</>;
}
