import { useId, useState } from "react";
import { apiSend } from "../../lib/api";

/** Export everything as one JSON file; import one back (it replaces what is stored, all or nothing). */
export function DataTransfer({ onImported }: { onImported: () => void }) {
  const id = useId();
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function importFile(file: File) {
    setBusy(true);
    setStatus(null);
    try {
      const document = JSON.parse(await file.text()) as unknown;
      const summary = await apiSend<{ plans: number; credentials: number; savedResults: number }>(
        "POST",
        "/api/account/import",
        document,
      );
      setStatus({
        kind: "ok",
        text: `Imported ${summary.plans} plans, ${summary.credentials} credentials and ${summary.savedResults} saved results.`,
      });
      onImported();
    } catch (error) {
      setStatus({
        kind: "error",
        text: `Nothing was changed: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h2>Export and import</h2>
      <p>
        Your profile, diagnostics, plans with check-ins, saved results and wallet, as one JSON document you
        can keep or move to another Certpath server.
      </p>
      <div className="actions">
        <a className="button" href="/api/account/export" download>
          Export my data
        </a>
      </div>
      <div className="field">
        <label htmlFor={`${id}-import`}>Import an export file (replaces what is stored now)</label>
        <input
          id={`${id}-import`}
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void importFile(file);
            event.currentTarget.value = "";
          }}
        />
      </div>
      {status ? (
        <p
          role={status.kind === "error" ? "alert" : "status"}
          className={`notice ${status.kind === "error" ? "notice-error" : ""}`}
        >
          {status.text}
        </p>
      ) : null}
    </>
  );
}
