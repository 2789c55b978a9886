import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router";
import { useDocumentTitle } from "../../app/use-document-title";
import { QueryState } from "../../components/QueryState";
import { apiGet } from "../../lib/api";
import { formatDate } from "../../lib/format";
import { DangerZone } from "./DangerZone";
import { DataTransfer } from "./DataTransfer";
import { useSession } from "./use-session";

interface StoredData {
  profile: { updatedAt: string } | null;
  assessments: Array<{ id: string; createdAt: string; finishedAt: string | null }>;
  plans: Array<{
    id: string;
    certificationName: string;
    examDate: string | null;
    checkIns: number;
    createdAt: string;
  }>;
  savedResults: Array<{ id: string; kind: string; title: string; createdAt: string }>;
  credentials: number;
}

/** The account: what is stored, export and import, sign out (here or everywhere), delete. */
export function AccountPage() {
  useDocumentTitle("Account");
  const session = useSession();
  const client = useQueryClient();
  const data = useQuery({
    queryKey: ["account-data"],
    queryFn: ({ signal }) => apiGet<StoredData>("/api/account/data", signal),
  });
  const user = session.data?.user;

  return (
    <section aria-labelledby="page-title" className="page">
      <h1 id="page-title">Account</h1>
      <QueryState isPending={session.isPending} error={session.error} label="your account">
        {user ? (
          <p className="lede">
            Signed in as <strong>{user.name}</strong> ({user.email}).
          </p>
        ) : (
          <div className="notice">
            <p>
              You are using Certpath without an account: everything is stored on this server for this device's
              single user. <Link to="/sign-up">Create an account</Link> to keep it under your name, or{" "}
              <Link to="/sign-in">sign in</Link>.
            </p>
          </div>
        )}
      </QueryState>

      <h2>What you have stored</h2>
      <QueryState isPending={data.isPending} error={data.error} label="your data">
        {data.data ? (
          <ul className="plain stored-data">
            <li>
              Profile:{" "}
              {data.data.profile ? `saved ${formatDate(data.data.profile.updatedAt.slice(0, 10))}` : "none"}
            </li>
            <li>
              Diagnostics: {data.data.assessments.length} (
              {data.data.assessments.filter((a) => a.finishedAt !== null).length} finished)
            </li>
            <li>
              Plans: {data.data.plans.length}
              {data.data.plans.length > 0 ? (
                <ul>
                  {data.data.plans.map((plan) => (
                    <li key={plan.id}>
                      {plan.certificationName} — exam {formatDate(plan.examDate)}, {plan.checkIns} check-ins
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
            <li>
              Saved results: {data.data.savedResults.length}
              {data.data.savedResults.length > 0 ? (
                <ul>
                  {data.data.savedResults.map((result) => (
                    <li key={result.id}>
                      {result.title} ({result.kind}, {formatDate(result.createdAt.slice(0, 10))})
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
            <li>
              Credentials in your <Link to="/wallet">wallet</Link>: {data.data.credentials}
            </li>
          </ul>
        ) : null}
      </QueryState>

      <DataTransfer onImported={() => client.invalidateQueries()} />
      {user ? <DangerZone /> : null}
    </section>
  );
}
