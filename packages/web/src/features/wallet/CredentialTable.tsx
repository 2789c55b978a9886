import { Link } from "react-router";
import { formatDate } from "../../lib/format";
import { useRemoveCredential } from "./use-wallet";
import { type Credential, STATE_LABELS } from "./wallet-types";

/** How many days are left, in words, with the sign a person expects. */
function daysLeftText(credential: Credential): string {
  if (credential.daysLeft === null) return "—";
  if (credential.daysLeft < 0) return `expired ${-credential.daysLeft} days ago`;
  if (credential.daysLeft === 0) return "expires today";
  return `${credential.daysLeft} days`;
}

/** The wallet as a table: one row per credential, expiry and renewal facts as text, not colour alone. */
export function CredentialTable({ credentials }: { credentials: Credential[] }) {
  const remove = useRemoveCredential();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
    <section className="table-scroll" aria-label="Your credentials (scrolls sideways)" tabIndex={0}>
      <table className="data-table wallet-table">
        <caption className="visually-hidden">Your credentials, soonest expiry first</caption>
        <thead>
          <tr>
            <th scope="col">Credential</th>
            <th scope="col">Earned</th>
            <th scope="col">Expires</th>
            <th scope="col">Days left</th>
            <th scope="col">Renewal window</th>
            <th scope="col">Status and what renewal needs</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {credentials.map((credential) => (
            <tr key={credential.id} className={`credential-${credential.state}`}>
              <th scope="row">
                {credential.certificationId ? (
                  <Link to={`/certifications/${credential.certificationId}`}>{credential.name}</Link>
                ) : (
                  credential.name
                )}
                <span className="small block">
                  {credential.issuer}
                  {credential.source === "open-badges" ? " · Open Badge (signature not verified)" : ""}
                </span>
              </th>
              <td>{formatDate(credential.earnedOn)}</td>
              <td>
                <time dateTime={credential.expiresOn ?? undefined}>{formatDate(credential.expiresOn)}</time>
              </td>
              <td>{daysLeftText(credential)}</td>
              <td>
                {credential.renewalWindow ? (
                  <>
                    <time dateTime={credential.renewalWindow.opensOn}>
                      {formatDate(credential.renewalWindow.opensOn)}
                    </time>
                    {" – "}
                    <time dateTime={credential.renewalWindow.closesOn}>
                      {formatDate(credential.renewalWindow.closesOn)}
                    </time>
                    {credential.renewalWindow.basis === "suggested" ? (
                      <span className="small block">suggested</span>
                    ) : null}
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td>
                <span className={`badge badge-state-${credential.state}`}>
                  {STATE_LABELS[credential.state]}
                </span>{" "}
                <span className="small">{credential.renewal.needs}</span>
                {credential.retirement ? (
                  <p className="small retired-note">
                    {credential.retirement.message}{" "}
                    {credential.retirement.successors.map((s) => (
                      <Link key={s.id} to={`/certifications/${s.id}`}>
                        See {s.name}
                      </Link>
                    ))}
                  </p>
                ) : null}
              </td>
              <td>
                <button
                  type="button"
                  className="link-button"
                  disabled={remove.isPending}
                  onClick={() => {
                    if (window.confirm(`Remove ${credential.name} from your wallet?`))
                      remove.mutate(credential.id);
                  }}
                >
                  Remove<span className="visually-hidden"> {credential.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
