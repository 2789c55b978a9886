import type { RouteObject } from "react-router";
import { AcceptInvitationPage } from "../team/AcceptInvitationPage";
import { AccountPage } from "./AccountPage";
import { SignInPage } from "./SignInPage";
import { SignUpPage } from "./SignUpPage";

/** Pages outside the journey's sections: the account and the team invitation link. */
export const ACCOUNT_ROUTES: RouteObject[] = [
  { path: "/sign-in", element: <SignInPage /> },
  { path: "/sign-up", element: <SignUpPage /> },
  { path: "/account", element: <AccountPage /> },
  { path: "/team/invitations/:invitationId", element: <AcceptInvitationPage /> },
];
