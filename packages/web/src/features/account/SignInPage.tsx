import { useDocumentTitle } from "../../app/use-document-title";
import { AccountForm } from "./AccountForm";

export function SignInPage() {
  useDocumentTitle("Sign in");
  return (
    <section aria-labelledby="page-title" className="page narrow">
      <h1 id="page-title">Sign in</h1>
      <AccountForm mode="sign-in" />
    </section>
  );
}
