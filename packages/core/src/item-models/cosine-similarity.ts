/** @module Cosine similarity of two integer vectors with integer norms. */
import { choice, defineModel, keyOption, m, paragraphs, paren, parseQ, readTuple } from "./helpers";
import { eqQ, mul, neg, q, signQ, texQ, toNumber } from "./rational";
import { mml, strang } from "./references";
import { integerNormVector } from "./vector-norm";

export const cosineSimilarity = defineModel({
  id: "cosine-similarity",
  skill: "linear-algebra",
  subtopic: "vectors",
  tier: "medium",
  format: "single-choice",
  build(rng) {
    const u = integerNormVector(rng, 2, 3);
    const v = integerNormVector(rng, 2, 3);
    if (u.v.length !== v.v.length) return null;
    const dot = u.v.reduce((s, x, i) => s + x * (v.v[i] as number), 0);
    if (dot === 0) return null;
    const cos = q(dot, u.norm * v.norm);
    const parts = choice(rng, m(texQ(cos)), [
      m(dot),
      m(texQ(q(dot, u.norm * u.norm * v.norm * v.norm))),
      m(texQ(neg(cos))),
      m(texQ(q(dot, u.norm + v.norm))),
    ]);
    if (!parts) return null;
    return {
      stem: `What is the cosine similarity $\\cos\\theta = \\dfrac{\\mathbf{u}\\cdot\\mathbf{v}}{\\lVert\\mathbf{u}\\rVert\\,\\lVert\\mathbf{v}\\rVert}$ of $\\mathbf{u} = (${u.v.join(", ")})$ and $\\mathbf{v} = (${v.v.join(", ")})$?`,
      ...parts,
      explanation: paragraphs(
        `Dot product: $\\mathbf{u}\\cdot\\mathbf{v} = ${u.v.map((x, i) => `${paren(x)}\\cdot${paren(v.v[i] as number)}`).join(" + ")} = ${dot}$.`,
        `Norms: $\\lVert\\mathbf{u}\\rVert = \\sqrt{${u.norm * u.norm}} = ${u.norm}$ and $\\lVert\\mathbf{v}\\rVert = \\sqrt{${v.norm * v.norm}} = ${v.norm}$.`,
        `$\\cos\\theta = \\dfrac{${dot}}{${u.norm}\\cdot${v.norm}} = ${texQ(cos)}$, always between $-1$ and $1$.`,
        `The raw dot product $${dot}$ forgets to normalise (it grows with the vectors' lengths); dividing by the squared norms gives $${texQ(q(dot, u.norm * u.norm * v.norm * v.norm))}$. The sign matters: a negative cosine means the vectors point into opposite half-spaces.`,
      ),
      references: [
        strang("Chapter 1: Introduction to Vectors (lengths and dot products)"),
        mml("Section 3.5: Angles and Orthogonality"),
      ],
    };
  },
  verify(item) {
    const u = readTuple(item.stem, "\\mathbf{u}").map(toNumber);
    const v = readTuple(item.stem, "\\mathbf{v}").map(toNumber);
    const dot = u.reduce((s, x, i) => s + x * (v[i] ?? Number.NaN), 0);
    const uu = u.reduce((s, x) => s + x * x, 0);
    const vv = v.reduce((s, x) => s + x * x, 0);
    // cos is the number with the sign of u.v whose square times |u|^2 |v|^2 is (u.v)^2.
    const isCosine = (text: string): boolean => {
      const c = parseQ(text);
      return eqQ(mul(mul(c, c), q(uu * vv)), q(dot * dot)) && signQ(c) === Math.sign(dot);
    };
    if (!isCosine(keyOption(item).text)) return `key ${keyOption(item).text} is not the cosine`;
    if ((item.options ?? []).some((o) => o.id !== item.key?.[0] && isCosine(o.text)))
      return "a distractor is the cosine";
    return null;
  },
});
