/**
 * Every colour has a reason a reader can check, in words (SPEC §3, §8): `84 ≥ 82 (Grön)`,
 * `75 < 76 (Gul-gräns) → Röd`, `62 → 68, Öka → Grön`. Made from the structured `why` of an
 * evaluation, in Swedish or English.
 */
import type { Lang, Status } from '../types';
import type { Band, Classified, Why } from '../thresholds/types';
import { fmtNum } from '../format';

/** What a result's colour rests on: a threshold's `Why`, a trend, or why there is no colour. */
export type ResultWhy =
  | Why
  | { kind: 'trend'; from: number; to: number; want: 'higher' | 'lower' }
  | { kind: 'no-comparison'; value: number; want: 'higher' | 'lower' }
  | { kind: 'missing' }
  | { kind: 'unparseable'; value: string | number | null }
  | { kind: 'segment-missing'; labels: string[] }
  | { kind: 'no-threshold' }
  | { kind: 'threshold-unreadable' };

const COLOUR: Record<Lang, Record<Exclude<Status, 'none'>, string>> = {
  sv: { green: 'Grön', yellow: 'Gul', red: 'Röd' },
  en: { green: 'Green', yellow: 'Yellow', red: 'Red' },
};
const WANT: Record<Lang, Record<'higher' | 'lower', string>> = {
  sv: { higher: 'Öka', lower: 'Minska' },
  en: { higher: 'Increase', lower: 'Decrease' },
};

const W = {
  sv: {
    limit: (c: string) => `${c}-gräns`,
    within: 'inom',
    gap: 'mellan banden, ingen färg',
    noColour: 'ingen färg',
    noBaseline: 'Nuläge saknas, så förändringen kan inte beräknas',
    noComparison: 'inget tidigare värde att jämföra med',
    missing: 'Resultat saknas',
    unparseable: (v: string) => `"${v}" kan inte läsas mot tröskelvärdena`,
    segmentMissing: (l: string) => `värde saknas för ${l}`,
    noThreshold: 'Inga tröskelvärden eller riktning (Öka/Minska)',
    thresholdUnreadable: 'Tröskelvärdena kan inte läsas',
    yes: 'Ja',
    no: 'Nej',
  },
  en: {
    limit: (c: string) => `${c} limit`,
    within: 'within',
    gap: 'between the bands, no colour',
    noColour: 'no colour',
    noBaseline: 'no baseline (Nuläge), so the change cannot be computed',
    noComparison: 'no earlier value to compare with',
    missing: 'No result',
    unparseable: (v: string) => `"${v}" cannot be read against the thresholds`,
    segmentMissing: (l: string) => `no value for ${l}`,
    noThreshold: 'No thresholds or direction (Increase/Decrease)',
    thresholdUnreadable: 'The thresholds cannot be read',
    yes: 'Yes',
    no: 'No',
  },
} as const;

interface Unit {
  unit: '%' | '';
  unitWord?: string;
}

function num(x: number, u: Unit, lang: Lang, signed: boolean): string {
  const s = fmtNum(x, lang);
  const sign = signed && x > 0 ? '+' : '';
  if (u.unit === '%') return `${sign}${s}${lang === 'sv' ? ' %' : '%'}`;
  return u.unitWord ? `${sign}${s} ${u.unitWord}` : `${sign}${s}`;
}

const SYMBOL = { '>=': '≥', '<=': '≤', '>': '>', '<': '<' } as const;
/** The comparison that puts a value on the worse side of a band's edge. */
const PAST = { '>=': '<', '>': '≤', '<=': '>', '<': '≥' } as const;

/** `84 ≥ 82 (Grön)`, `14 inom 14–15 (Gul)`, `75 < 76 (Gul-gräns) → Röd`. */
export function bandClause(value: number, c: Classified, u: Unit, lang: Lang, signed = false): string {
  const w = W[lang];
  const shown = c.rounded !== value ? `${num(value, u, lang, signed)} ≈ ${num(c.rounded, u, lang, signed)}` : num(value, u, lang, signed);
  const bound = (x: number) => num(x, u, lang, signed);
  const side = (b: Band, past: boolean): string => {
    const { op, value: v, to } = b.bound;
    if (op === 'range') {
      // The parser writes a range low end first.
      const lo = v;
      const hi = to ?? v;
      const below = c.rounded < lo;
      const above = c.rounded > hi;
      if (past) return below ? `< ${bound(lo)}` : `> ${bound(hi)}`;
      // Green and red reach past a written range to their end (`105` is green under `80–100`).
      if (above) return `≥ ${bound(lo)}`;
      if (below) return `≤ ${bound(hi)}`;
      return `${w.within} ${fmtNum(lo, lang)}–${bound(hi)}`;
    }
    return `${past ? PAST[op] : SYMBOL[op]} ${bound(v)}`;
  };
  if (c.band) return `${shown} ${side(c.band, false)} (${COLOUR[lang][c.band.status]})`;
  // Worse than every band is red: past the edge of the band it passed.
  if (c.beyond) return `${shown} ${side(c.beyond, true)} (${w.limit(COLOUR[lang][c.beyond.status])}) → ${COLOUR[lang].red}`;
  return `${shown}: ${w.gap}`;
}

/** The reason for one result in words. */
export function reasonText(why: ResultWhy, status: Status, lang: Lang): string {
  const w = W[lang];
  const colour = status === 'none' ? w.noColour : COLOUR[lang][status];
  switch (why.kind) {
    case 'number':
      return bandClause(why.value, why.c, why, lang);
    case 'answer':
      return `${why.yes ? w.yes : w.no} (${colour})`;
    case 'change': {
      if (why.change === null) return `${fmtNum(why.value, lang)}: ${w.noBaseline}`;
      const clause = bandClause(why.change, why.c, why, lang, true);
      return why.base === null ? clause : `${fmtNum(why.base, lang)} → ${fmtNum(why.value, lang)}: ${clause}`;
    }
    case 'rank': {
      const clause = bandClause(why.position, why.c, { unit: '%' }, lang);
      // A position written as a percentage (`20 %`, `12,5%`) is not shown twice.
      return /^[\d\s,.%]+$/.test(why.shown) ? clause : `${why.shown} = ${clause}`;
    }
    case 'segments':
      return `${why.parts.map((p) => `${p.label} ${bandClause(p.value, p.c, p, lang)}`).join('; ')} → ${colour}`;
    case 'trend':
      return `${fmtNum(why.from, lang)} → ${fmtNum(why.to, lang)}, ${WANT[lang][why.want]} → ${colour}`;
    case 'no-comparison':
      return `${fmtNum(why.value, lang)}, ${WANT[lang][why.want]}: ${w.noComparison}`;
    case 'missing':
      return w.missing;
    case 'unparseable':
      return w.unparseable(String(why.value ?? ''));
    case 'segment-missing':
      return w.segmentMissing(why.labels.join(', '));
    case 'no-threshold':
      return w.noThreshold;
    case 'threshold-unreadable':
      return w.thresholdUnreadable;
  }
}
