import { JOURNEY_STEPS } from "@certpath/core";
import { Link } from "react-router";
import { useDocumentTitle } from "../../app/use-document-title";

export function HomePage() {
  useDocumentTitle("");
  return (
    <div className="home">
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">From “I want an ML certification” to certified — and still current.</h1>
        <p className="lede">
          An honest look at your skills, current certifications from every vendor, a ranking explained factor
          by factor, and a dated plan you can follow. Three of the five most-asked-about ML certifications can
          no longer be taken; Certpath knows which.
        </p>
        <Link className="button primary" to={JOURNEY_STEPS[0].route}>
          Start: tell us about you
        </Link>
      </section>
      <section aria-labelledby="journey-title">
        <h2 id="journey-title">Your path, step by step</h2>
        <ol className="journey">
          {JOURNEY_STEPS.map((step, index) => (
            <li key={step.id} className="journey-step">
              <span className="step-number" aria-hidden="true">
                {index + 1}
              </span>
              <div>
                <h3>
                  <Link to={step.route}>{step.title}</Link>
                </h3>
                <p>{step.summary}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
