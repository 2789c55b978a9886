import { Link } from "react-router";
import { useDocumentTitle } from "../../app/use-document-title";
import { QueryState } from "../../components/QueryState";
import { useSession } from "../account/use-session";
import { AddCredentialForm } from "./AddCredentialForm";
import { CalendarFeed } from "./CalendarFeed";
import { CredentialTable } from "./CredentialTable";
import { OpenBadgeImport } from "./OpenBadgeImport";
import { useCredentials } from "./use-wallet";

export function WalletPage() {
  useDocumentTitle("Wallet");
  const session = useSession();
  const credentials = useCredentials();
  const signedOutOnServer = session.data && !session.data.user && !session.data.anonymousAllowed;
  return (
    <section aria-labelledby="page-title" className="page">
      <h1 id="page-title">Wallet</h1>
      <p className="lede">
        The credentials you earned, when each expires, when its renewal window opens and what renewal takes —
        and the successor when an exam was retired.
      </p>
      {signedOutOnServer ? (
        <div className="empty-state">
          <p>
            <Link to="/sign-in?next=/wallet">Sign in</Link> or{" "}
            <Link to="/sign-up?next=/wallet">create an account</Link> to keep a wallet on this server.
          </p>
        </div>
      ) : (
        <>
          <QueryState isPending={credentials.isPending} error={credentials.error} label="your credentials">
            {credentials.data && credentials.data.length > 0 ? (
              <CredentialTable credentials={credentials.data} />
            ) : (
              <p className="empty-state">No credentials yet. Add the first one below.</p>
            )}
          </QueryState>
          <AddCredentialForm />
          <OpenBadgeImport />
          <CalendarFeed />
        </>
      )}
    </section>
  );
}
