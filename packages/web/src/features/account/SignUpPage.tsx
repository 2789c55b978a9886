import { useDocumentTitle } from "../../app/use-document-title";
import { AccountForm } from "./AccountForm";
import { useSession } from "./use-session";

export function SignUpPage() {
  useDocumentTitle("Create an account");
  const session = useSession();
  return (
    <section aria-labelledby="page-title" className="page narrow">
      <h1 id="page-title">Create an account</h1>
      <p className="lede">
        An account keeps your profile, plans and wallet on this server, lets you use them from another device
        and join a team.
        {session.data?.anonymousAllowed
          ? " What you already stored here without an account moves into it."
          : ""}
      </p>
      <AccountForm mode="sign-up" />
    </section>
  );
}
