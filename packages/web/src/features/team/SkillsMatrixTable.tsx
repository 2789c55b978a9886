import { useSkills } from "../diagnostic/use-skills";
import type { Aggregate, SkillsMatrix } from "./team-types";

const LEVEL_WORDS = ["none", "aware", "with help", "independent", "can teach"];

function levelText(level: number | null): string {
  return level === null ? "unknown" : `${level} · ${LEVEL_WORDS[level] ?? ""}`;
}

function aggregateText(aggregate: Aggregate | undefined, minGroup: number): string {
  if (!aggregate?.shown) return `hidden (< ${minGroup} people)`;
  return `mean ${aggregate.meanLevel.toFixed(1)} (${aggregate.people} people)`;
}

/**
 * The skills matrix as a table: members down, skills across. Each cell says its level in words
 * and carries a colour class, so colour is never the only signal; a diagnostic level is marked.
 * Team averages are shown only where at least `minGroup` people have a level (privacy).
 */
export function SkillsMatrixTable({ matrix }: { matrix: SkillsMatrix }) {
  const skills = useSkills();
  const names = new Map((skills.data ?? []).map((s) => [s.id as string, s.name]));
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
    <section className="table-scroll" aria-label="Skills matrix (scrolls sideways)" tabIndex={0}>
      <table className="data-table skills-matrix">
        <caption>
          Skill levels (0–4) by member{matrix.rows.length < matrix.members ? " — you see your own row" : ""}.
          “d” marks a level from the diagnostic; others are self-ratings.
        </caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            {matrix.skills.map((skill) => (
              <th key={skill} scope="col">
                {names.get(skill) ?? skill}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.memberId}>
              <th scope="row">{row.name}</th>
              {matrix.skills.map((skill) => {
                const cell = row.cells[skill];
                return (
                  <td key={skill} className={`heat heat-${cell?.level ?? "none"}`}>
                    {levelText(cell?.level ?? null)}
                    {cell?.source === "diagnostic" ? (
                      <abbr title="from the diagnostic" className="small">
                        {" "}
                        d
                      </abbr>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Team ({matrix.members} people)</th>
            {matrix.skills.map((skill) => (
              <td key={skill} className="small">
                {aggregateText(matrix.aggregates[skill], matrix.minGroup)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
