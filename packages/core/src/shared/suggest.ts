/**
 * @module Did-you-mean: the closest known id to a mistyped one, for error messages.
 */

/** Levenshtein edit distance (insert, delete, substitute each cost 1). */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] as number;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] as number;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      previous[j] = Math.min(above + 1, (previous[j - 1] as number) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length] as number;
}

/**
 * The candidate closest to `input`, or undefined when nothing is close enough to be a plausible
 * typo (distance above a third of the longer string, or no shared substring of 3+ characters).
 */
export function suggestClosest(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase());
    // A candidate that contains the input ("pmle" in "google-pmle") is a strong match.
    const score = candidate.toLowerCase().includes(needle) && needle.length >= 3 ? 0.5 : distance;
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  if (!best) return undefined;
  return bestScore <= Math.max(2, Math.floor(Math.max(needle.length, best.length) / 3)) ? best : undefined;
}
