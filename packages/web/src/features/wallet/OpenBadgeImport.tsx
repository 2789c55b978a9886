import { useId } from "react";
import { useAddCredential } from "./use-wallet";

/** Import an Open Badges 2.0 or 3.0 JSON file; the dates and issuer are read, the signature is not checked yet. */
export function OpenBadgeImport() {
  const id = useId();
  const add = useAddCredential("/api/wallet/open-badges");
  return (
    <div className="open-badge-import">
      <h2>Import an Open Badge</h2>
      <div className="field">
        <label htmlFor={`${id}-file`}>Open Badges 2.0 or 3.0 file (.json)</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,application/ld+json,.json,.jsonld"
          aria-describedby={`${id}-note`}
          disabled={add.isPending}
          onChange={async (event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            try {
              add.mutate(JSON.parse(await file.text()) as unknown);
            } catch {
              add.reset();
            }
            input.value = "";
          }}
        />
        <span id={`${id}-note`} className="small">
          The badge's name, issuer and dates are imported. Its digital signature is not verified yet.
        </span>
      </div>
      {add.isSuccess ? (
        <p role="status" className="notice">
          Imported {add.data.name} from {add.data.issuer}.
        </p>
      ) : null}
      {add.error ? (
        <p role="alert" className="notice notice-error">
          Could not import: {add.error.message}
        </p>
      ) : null}
    </div>
  );
}
