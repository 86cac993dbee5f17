/**
 * "Did you mean …?" for links that name no goal: the closest existing goal by edit distance on
 * ids and texts, or by shared words, whichever is stronger.
 */
import { fold } from '../cells';

/** Levenshtein distance; O(n·m) with one row, inputs are short goal texts. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** 1 for equal strings, 0 for nothing in common. */
export function editSimilarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  return n === 0 ? 1 : 1 - editDistance(a, b) / n;
}

function tokens(s: string): Set<string> {
  return new Set(
    fold(s)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((t) => t.length > 0),
  );
}

/** Share of words in common (Jaccard). */
export function tokenOverlap(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return common / (ta.size + tb.size - common);
}

export interface Candidate {
  /** Strings the candidate is known by (id, text, id + text). */
  names: string[];
}

/** Below this a suggestion would only confuse. */
export const MIN_SIMILARITY = 0.4;

/**
 * Index of the candidate closest to `name`, or -1 when none is close enough. Ties go to the
 * earlier candidate (document order), so the answer is stable.
 */
export function closestIndex(name: string, candidates: Candidate[]): number {
  const q = fold(name);
  if (!q) return -1;
  let best = -1;
  let bestScore = MIN_SIMILARITY;
  candidates.forEach((c, i) => {
    let score = 0;
    for (const n of c.names) {
      const f = fold(n);
      if (!f) continue;
      score = Math.max(score, editSimilarity(q, f), tokenOverlap(q, f));
    }
    if (score > bestScore || (best === -1 && score >= bestScore)) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/** A goal's name for messages: `id text`, cut at a word boundary with ` …` when long. */
export function shortLabel(id: string | null, text: string, max = 32): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const full = id && !fold(t).startsWith(fold(id)) ? `${id} ${t}` : t;
  if (full.length <= max) return full;
  const cut = full.slice(0, max + 1);
  const sp = cut.lastIndexOf(' ');
  return `${(sp > 0 ? cut.slice(0, sp) : full.slice(0, max)).trimEnd()} …`;
}
