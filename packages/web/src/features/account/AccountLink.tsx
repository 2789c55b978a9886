import { QueryClientContext } from "@tanstack/react-query";
import { useContext } from "react";
import { NavLink } from "react-router";
import { useSession } from "./use-session";

/** The header's way into the account: "Sign in", or the person's name once signed in. */
export function AccountLink() {
  // Rendered outside a QueryClientProvider (a bare layout in tests) it is a plain link.
  if (!useContext(QueryClientContext)) {
    return (
      <NavLink to="/account" className="account-link">
        Account
      </NavLink>
    );
  }
  return <SessionAccountLink />;
}

function SessionAccountLink() {
  const session = useSession();
  const user = session.data?.user;
  return (
    <NavLink to={user ? "/account" : "/sign-in"} className="account-link">
      {user ? (
        <>
          <span className="visually-hidden">Account: </span>
          {user.name}
        </>
      ) : (
        "Sign in"
      )}
    </NavLink>
  );
}
