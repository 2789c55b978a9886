import { NavLink, Outlet } from "react-router";
import { AccountLink } from "../features/account/AccountLink";
import { SECTIONS } from "./routes";

export function Layout() {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand" end>
          Certpath
        </NavLink>
        <nav aria-label="Main">
          <ul className="nav-list">
            {SECTIONS.map((section) => (
              <li key={section.path}>
                <NavLink to={section.path}>{section.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <AccountLink />
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Certpath is open source and vendor-neutral. Every fact carries its source and date.{" "}
          <a href="/api/openapi.json">API (OpenAPI)</a>
        </p>
      </footer>
    </div>
  );
}
