/**
 * Reads threshold texts as users write them (SPEC §3): colour words (`Grön`/`Gul`/`Röd`, English
 * too) each followed by a condition; words before the first colour are context. A text without a
 * colour word is one target (`Minst 82`, `Högst 5`, `Under 7`): green when met, red when not.
 * One grammar over one table of words (./words.ts).
 */
import type { Lang } from '../types';
import { parseNumber } from '../numbers';
import { fold } from '../cells';
import type { NumericThreshold, Threshold, ThresholdIssue, ThresholdParse } from './types';
import { resolveNumeric, type Colour, type RawBand, type RawBound } from './validate';
import { alt, isWord, WORDS } from './words';

const COLOUR_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${alt('green', 'yellow', 'red')})(?![\\p{L}\\p{N}])`, 'giu');

function colourOf(w: string): Colour {
  if (isWord('green', w)) return 'green';
  if (isWord('yellow', w)) return 'yellow';
  return 'red';
}

/**
 * A tag of pasted HTML (`<b>`, `</b>`, `<br/>`): a letter right after `<` or `</`. Anything else
 * between `<` and `>` is text: `Grön < 5, Gul 5–10, Röd > 10` holds two operators, not a tag.
 */
export const MARKUP = /<\/?\p{L}[^<>]*>/gu;

/** Plain text: markup from pasted HTML removed, all kinds of spaces as one space. */
export function normalizeText(s: string): string {
  return s
    .replace(MARKUP, ' ')
    // `\s` takes in no-break, figure and narrow no-break spaces too.
    .replace(/\s+/g, ' ')
    .trim();
}

// A number as written inside a condition: optional sign (an en dash too, as word processors
// write a minus), digits with space-grouped thousands, a decimal comma or point.
const NUM = String.raw`[-−–+]?\d+(?:[ ]\d{3})*(?:[.,]\d+)?`;
// The words are matched without looking for their end: what is left of a longer word
// (`Minsta 5` → `sta 5`, `5 dagars` → `5s`) is no number, so such a bound is refused either way.
/** Units right after a number (`500 tkr`, `10 dagar`): set aside, remembered for display. */
const UNIT_AFTER_NUMBER = new RegExp(`(?<=\\d)\\s*(${alt('unit')})\\.?`, 'gi');
const PERCENT = new RegExp(`\\s*${alt('percent')}`, 'gi');
const HAS_PERCENT = new RegExp(PERCENT.source, 'i');

const PREFIX_OPS: [RegExp, RawBound['op']][] = [
  [new RegExp(`^${alt('atMost')}\\s*`, 'i'), '<='],
  [new RegExp(`^${alt('below')}\\s*`, 'i'), '<'],
  [new RegExp(`^${alt('atLeast')}\\s*`, 'i'), '>='],
  [new RegExp(`^${alt('above')}\\s*`, 'i'), '>'],
];
const SUFFIX_OPS: [RegExp, RawBound['op']][] = [
  [new RegExp(`\\s*${alt('orLess')}$`, 'i'), '<='],
  [new RegExp(`\\s*${alt('orMore')}$`, 'i'), '>='],
];
// Any case, as every other threshold word: `80 Till 100`.
const RANGE = new RegExp(`^(${NUM})\\s*${alt('rangeSep')}\\s*(${NUM})$`, 'i');
const NUMBER_ONLY = new RegExp(`^${NUM}$`);

/** A number matched by NUM; null where the digits are ambiguous (`1.060`: a thousands dot or a decimal point). */
function num(s: string): { value: number; decimals: number } | null {
  const p = parseNumber(s);
  return p && { value: p.value, decimals: p.decimals };
}

/** One numeric condition: `82`, `13 eller färre`, `≥ 5`, `14-15`, `1,4–1,7`, `95 %`, `högst 500 tkr`. */
export function parseBound(text: string): { bound: RawBound; percent: boolean; unitWord?: string } | null {
  // A leading `:` or `=` is punctuation (`Grön: 80`, `Grön = 80`), but `=<` and `=>` are operators;
  // so is trailing `,;.:`.
  let s = normalizeText(text).replace(/^(?::|=(?![<>]))\s*/, '').replace(/[,;.:]+$/, '');
  // Percent and units are set aside (a unit is remembered for display); what is left is trimmed
  // once, and the words around the number take the spaces next to them.
  const percent = HAS_PERCENT.test(s);
  const units = new Set<string>();
  s = s
    .replace(PERCENT, '')
    .replace(UNIT_AFTER_NUMBER, (_m, u: string) => {
      units.add(u.toLowerCase());
      return '';
    })
    .trim();
  // `500 tkr–1 mnkr`: two units in one bound cannot be compared as written.
  if (units.size > 1) return null;
  const [unitWord] = units;
  // A word before the number (`högst 5`) or, failing that, after it (`5 eller färre`).
  const word = PREFIX_OPS.find(([re]) => re.test(s)) ?? SUFFIX_OPS.find(([re]) => re.test(s));
  const op: RawBound['op'] = word ? word[1] : 'bare';
  if (word) s = s.replace(word[0], '');
  const unit = unitWord ? { unitWord } : {};
  if (op === 'bare') {
    const range = RANGE.exec(s);
    if (range) {
      const a = num(range[1]);
      const b = num(range[2]);
      if (!a || !b) return null;
      return { bound: { op: 'range', value: Math.min(a.value, b.value), to: Math.max(a.value, b.value), decimals: Math.max(a.decimals, b.decimals) }, percent, ...unit };
    }
  }
  if (!NUMBER_ONLY.test(s)) return null;
  const n = num(s);
  if (!n) return null;
  return { bound: { op, value: n.value, decimals: n.decimals }, percent, ...unit };
}

/** What one band's condition says. */
type Cond =
  | { kind: 'yesno'; answer: 'yes' | 'no' }
  | { kind: 'share'; bound: RawBound }
  | { kind: 'change'; bound: RawBound; percent: boolean; unitWord?: string }
  | { kind: 'rank'; bound: RawBound }
  | { kind: 'num'; bound: RawBound; percent: boolean; unitWord?: string }
  | { kind: 'segments'; parts: { label: string; bound: RawBound; percent: boolean; unitWord?: string }[] }
  | { kind: 'empty' };

const YES = new RegExp(`^${alt('yes')}$`, 'i');
const NO = new RegExp(`^${alt('no')}$`, 'i');
const SHARE = new RegExp(`^${alt('yes')}\\s+(.+)$`, 'i');
const CHANGE = new RegExp(`^(${alt('increase', 'decrease')})(?:\\s+${alt('by')})?\\s+(.+)$`, 'i');
const RANK_AFTER = new RegExp(`^(.+?)\\s*${alt('best')}$`, 'i');
const RANK_BEFORE = new RegExp(`^${alt('best', 'top')}\\s+(.+)$`, 'i');
/** Words that can never be a segment's label (`ja 95%` is a share, `högst 5` a bound). */
const NOT_A_LABEL = new Set<string>(
  (['yes', 'no', 'increase', 'decrease', 'atMost', 'atLeast', 'below', 'above', 'best', 'top', 'percent', 'unit'] as const).flatMap((k): string[] => [...WORDS[k]]).concat('eller', 'or'),
);

function parseCond(raw: string): Cond | null {
  const s = raw.replace(/^(?:[:\s]|=(?![<>]))+/, '').replace(/[,;.:\s]+$/, '');
  if (s === '') return { kind: 'empty' };
  if (YES.test(s)) return { kind: 'yesno', answer: 'yes' };
  if (NO.test(s)) return { kind: 'yesno', answer: 'no' };
  const share = SHARE.exec(s);
  if (share) {
    const b = parseBound(share[1]);
    return b ? { kind: 'share', bound: b.bound } : null;
  }
  const change = CHANGE.exec(s);
  if (change) {
    const b = parseBound(change[2]);
    if (!b || b.bound.op !== 'bare') return null;
    const down = isWord('decrease', change[1]);
    const value = down ? -Math.abs(b.bound.value) : Math.abs(b.bound.value);
    return { kind: 'change', bound: { op: down ? '<=' : '>=', value, decimals: b.bound.decimals }, percent: b.percent, ...(b.unitWord ? { unitWord: b.unitWord } : {}) };
  }
  const rank = RANK_AFTER.exec(s) ?? RANK_BEFORE.exec(s);
  if (rank) {
    const b = parseBound(rank[1]);
    if (!b || !b.percent) return null;
    // `25% bästa`: within the best 25 % of comparable municipalities.
    const bound: RawBound = b.bound.op === 'bare' ? { ...b.bound, op: '<=' } : b.bound;
    return { kind: 'rank', bound };
  }
  const plain = parseBound(s);
  if (plain) return { kind: 'num', bound: plain.bound, percent: plain.percent, ...(plain.unitWord ? { unitWord: plain.unitWord } : {}) };
  // Segments: `Htj 13 eller färre, SÄBO 1,3 eller färre` — split at `;` and where a comma precedes a letter.
  const parts = s.split(/\s*;\s*|\s*,\s*(?=\p{L})/u).filter((p) => p !== '');
  const out: { label: string; bound: RawBound; percent: boolean; unitWord?: string }[] = [];
  for (const part of parts) {
    const words = part.split(' ');
    let found = false;
    // Stryker disable next-line EqualityOperator: at k = words.length the bound would be empty text, which parseBound never reads.
    for (let k = 1; k < words.length && !found; k++) {
      const label = words.slice(0, k).join(' ').replace(/[\s:,;.]+$/u, '');
      if (/\d/.test(label) || !/^\p{L}/u.test(label) || NOT_A_LABEL.has(label.toLowerCase())) break;
      const b = parseBound(words.slice(k).join(' '));
      if (b) {
        out.push({ label, bound: b.bound, percent: b.percent, ...(b.unitWord ? { unitWord: b.unitWord } : {}) });
        found = true;
      }
    }
    if (!found) return null;
  }
  // Not empty: `s` is not, and holds more than separators (trailing ones are stripped above).
  return { kind: 'segments', parts: out };
}

const COLOUR_SV: Record<Colour, string> = { green: 'Grön', yellow: 'Gul', red: 'Röd' };
const COLOUR_EN: Record<Colour, string> = { green: 'Green', yellow: 'Yellow', red: 'Red' };

/** A failure reason as a code (`unreadable-band:yellow:xyz`); see `describeReason`. */
function fail(reason: string): ThresholdParse {
  return { ok: false, reason };
}

/** Words for a parse failure, in the user's language. */
export function describeReason(reason: string, lang: Lang): string {
  const [code, colour, ...rest] = reason.split(':');
  const detail = rest.join(':');
  // The colour, for the codes that have one (`empty-band:green`).
  const c = (lang === 'sv' ? COLOUR_SV : COLOUR_EN)[colour as Colour];
  const sv: Record<string, string> = {
    'no-colours': 'varken färgord (Grön/Gul/Röd) eller ett mål som "Minst 82" hittades',
    'bare-target': 'ett tal utan riktning; skriv t.ex. "Minst 82" eller "Högst 82", eller ange Öka/Minska',
    'no-bands': 'bara nuläget anges, inga gränser',
    'empty-band': `${c} saknar villkor`,
    'unreadable-band': `villkoret för ${c} ("${detail}") går inte att läsa`,
    'duplicate-band': `${c} anges med två olika villkor`,
    'mixed-forms': 'banden blandar olika slags villkor (tal, ja/nej, förändring eller rangordning)',
    'no-green': 'gränsen för Grön saknas',
    'segment-labels': 'banden har olika delar (etiketter)',
    'same-answer': 'Ja och Nej får samma färg',
    'answer-two-colours': 'samma svar (Ja eller Nej) får två olika färger',
  };
  const en: Record<string, string> = {
    'no-colours': 'neither colour words (Green/Yellow/Red) nor a target such as "At least 82" were found',
    'bare-target': 'a number without a direction; write e.g. "At least 82" or "At most 82", or state Increase/Decrease',
    'no-bands': 'only the current status is given, no bounds',
    'empty-band': `${c} has no condition`,
    'unreadable-band': `the condition for ${c} ("${detail}") cannot be read`,
    'duplicate-band': `${c} is given with two different conditions`,
    'mixed-forms': 'the bands mix different kinds of condition (number, yes/no, change or rank)',
    'no-green': 'the bound for Green is missing',
    'segment-labels': 'the bands have different parts (labels)',
    'same-answer': 'Yes and No get the same colour',
    'answer-two-colours': 'one answer (Yes or No) is given two colours',
  };
  return (lang === 'sv' ? sv : en)[code] ?? reason;
}

/** `Nuläge`, `Nuläge (2023):` right before a colour word: today's status follows. */
const TODAY = new RegExp(`${alt('baseline')}(?:\\s*\\(\\d{4}\\))?\\s*:?$`, 'i');
/** `Målvärde: minst 82`: the label in front of a single target. */
const TARGET_LABEL = new RegExp(`^${alt('target')}\\s*:?\\s*`, 'i');

/** The unit word the conditions are written in (`tkr`, `dagar`), the first one given. */
function unitOf(conds: { cond: Cond }[]): { unitWord?: string } {
  const unitWord = conds.map((c) => (c.cond as { unitWord?: string }).unitWord).find((u) => u !== undefined);
  return unitWord ? { unitWord } : {};
}

/**
 * A text without colour words is one target (`Minst 82`, `≥ 82`, `82 eller högre`, `Högst 5`,
 * `Max 5 %`, `Under 7`): green when met, red when not. A bare number is a target only with a
 * declared direction (Öka/Minska); a range is no target.
 */
function singleTarget(t: string, declared: 'higher' | 'lower' | null | undefined): ThresholdParse {
  // The label takes the spaces after it, and `t` is trimmed already.
  const s = t.replace(TARGET_LABEL, '');
  const b = parseBound(s);
  if (!b || b.bound.op === 'range') return fail('no-colours');
  if (b.bound.op === 'bare' && !declared) return fail('bare-target');
  const r = resolveNumeric([{ status: 'green', bound: b.bound }], declared, b.percent ? '%' : '');
  return { ok: true, threshold: { ...r.threshold, ...(b.unitWord && !b.percent ? { unitWord: b.unitWord } : {}), text: t }, issues: r.issues };
}

/** A threshold cell holding only `Öka`/`Minska`: a direction, no bounds (coloured by trend). */
export function readDirectionOnly(text: string): 'higher' | 'lower' | null {
  const t = normalizeText(text).replace(/[.!]+$/, '').trim();
  if (isWord('increase', t)) return 'higher';
  if (isWord('decrease', t)) return 'lower';
  return null;
}

/**
 * Parses a threshold text. `declared` is the direction from an Öka/Minska column; it decides only
 * when the text does not, and disagreeing with the text is a `direction-conflict` issue.
 */
export function parseThreshold(text: string, declared?: 'higher' | 'lower' | null): ThresholdParse {
  const t = normalizeText(text);
  const hits = [...t.matchAll(COLOUR_RE)].map((m) => ({ colour: colourOf(m[1]), start: m.index, end: m.index + m[0].length }));
  if (hits.length === 0) return singleTarget(t, declared);
  let currentStatus: Colour | undefined;
  const bands: { colour: Colour; cond: string }[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    const cond = t.slice(h.end, i + 1 < hits.length ? hits[i + 1].start : t.length).trim();
    const before = t.slice(0, h.start).trim();
    // `Nuläge Röd`: today's status, not a band. (Only before the bands: a band's condition that
    // ends in `Nuläge` cannot be read anyway.)
    if (TODAY.test(before) && currentStatus === undefined) {
      currentStatus = h.colour;
      continue;
    }
    // `Grön Grön 25% bästa`: a repeated colour word is read once.
    if (cond === '' && i + 1 < hits.length && hits[i + 1].colour === h.colour) continue;
    bands.push({ colour: h.colour, cond });
  }

  const conds: { colour: Colour; cond: Cond; text: string }[] = [];
  for (const b of bands) {
    const c = parseCond(b.cond);
    if (!c) return fail(`unreadable-band:${b.colour}:${b.cond}`);
    if (c.kind === 'empty') {
      // A bare trailing `Röd` just names the rest; green or yellow without a condition is an error.
      if (b.colour === 'red') continue;
      return fail(`empty-band:${b.colour}`);
    }
    const prev = conds.find((x) => x.colour === b.colour);
    if (prev) {
      if (fold(prev.text) === fold(b.cond)) continue;
      return fail(`duplicate-band:${b.colour}`);
    }
    conds.push({ colour: b.colour, cond: c, text: b.cond });
  }
  if (conds.length === 0) return fail('no-bands');
  const kinds = new Set(conds.map((c) => c.cond.kind));
  const ok = (threshold: Threshold, issues: ThresholdIssue[]): ThresholdParse =>
    currentStatus ? { ok: true, threshold, issues, currentStatus } : { ok: true, threshold, issues };

  // Yes/no, possibly with a share answering yes (`Grön ja 95% Gul ja 90%`).
  if ([...kinds].every((k) => k === 'yesno' || k === 'share')) {
    const said: { yes?: Colour; no?: Colour } = {};
    for (const c of conds) {
      if (c.cond.kind !== 'yesno') continue;
      // `Grön Ja Röd Ja`: one answer in two bands cannot be coloured.
      if (said[c.cond.answer]) return fail('answer-two-colours');
      said[c.cond.answer] = c.colour;
    }
    const shares: RawBand[] = [];
    for (const c of conds) if (c.cond.kind === 'share') shares.push({ status: c.colour, bound: c.cond.bound });
    // The answer not written takes the other colour (`Röd Nej`: Ja is green); beside a share
    // (`ja 95%`), a plain Ja is green.
    const yes: Colour = said.yes ?? (shares.length === 0 && said.no === 'green' ? 'red' : 'green');
    const no: Colour = said.no ?? (yes === 'red' ? 'green' : 'red');
    if (yes === no) return fail('same-answer');
    if (shares.length === 0) return ok({ direction: 'yes-no', yes, no, text }, []);
    // Stryker disable next-line StringLiteral: the share is always in percent (set below); resolveNumeric's unit is not read.
    const r = resolveNumeric(shares, declared, '%');
    const share = { direction: 'higher' as const, unit: '%' as const, bands: r.threshold.bands };
    if (r.threshold.direction !== 'higher') {
      r.issues.push({ kind: 'direction-conflict', params: { source: 'order', found: 'lower', expected: 'higher' } });
    }
    return ok({ direction: 'yes-no', yes, no, share, text }, r.issues);
  }
  if (kinds.size !== 1) return fail('mixed-forms');
  if (!conds.some((c) => c.colour === 'green')) return fail('no-green');
  const kind = [...kinds][0];

  if (kind === 'num') {
    const raw = conds.map((c) => ({ status: c.colour, bound: (c.cond as { bound: RawBound }).bound }));
    const pct = conds.some((c) => (c.cond as { percent: boolean }).percent);
    const r = resolveNumeric(raw, declared, pct ? '%' : '');
    return ok({ ...r.threshold, ...(pct ? {} : unitOf(conds)), text }, r.issues);
  }
  if (kind === 'change') {
    const raw = conds.map((c) => ({ status: c.colour, bound: (c.cond as { bound: RawBound }).bound }));
    const pct = conds.some((c) => (c.cond as { percent: boolean }).percent);
    const r = resolveNumeric(raw, declared, pct ? '%' : '');
    return ok({ direction: 'change', unit: r.threshold.unit, bands: r.threshold.bands, better: r.threshold.direction, ...(pct ? {} : unitOf(conds)), text }, r.issues);
  }
  if (kind === 'rank') {
    const raw = conds.map((c) => ({ status: c.colour, bound: (c.cond as { bound: RawBound }).bound }));
    // A rank is "among the best" whatever the measure's own direction, so Öka/Minska cannot conflict.
    // Stryker disable next-line StringLiteral: a rank threshold keeps only the bands; the unit resolveNumeric is told is not read.
    const r = resolveNumeric(raw, null, '%');
    return ok({ direction: 'rank', bands: r.threshold.bands, better: 'lower', text }, r.issues);
  }
  // Segments: each label gets its own bands; labels match case-insensitively (`Htj` = `HTJ`), and
  // the first spelling is the one shown.
  const perLabel = new Map<string, { label: string; raw: RawBand[]; pct: boolean; unitWord?: string }>();
  // Every condition is a segment list here: the other kinds returned above.
  for (const c of conds) {
    for (const p of (c.cond as Extract<Cond, { kind: 'segments' }>).parts) {
      const key = fold(p.label);
      const e = perLabel.get(key) ?? { label: p.label, raw: [], pct: false };
      const same = e.raw.find((x) => x.status === c.colour);
      if (same) {
        // `Htj 13, Htj 13` says one thing twice; two different bounds for one label is an error.
        if (JSON.stringify(same.bound) === JSON.stringify(p.bound)) continue;
        return fail(`duplicate-band:${c.colour}`);
      }
      e.raw.push({ status: c.colour, bound: p.bound });
      e.pct ||= p.percent;
      e.unitWord ??= p.unitWord;
      perLabel.set(key, e);
    }
  }
  const segments: { label: string; threshold: NumericThreshold }[] = [];
  const issues: ThresholdIssue[] = [];
  for (const e of perLabel.values()) {
    if (!e.raw.some((b) => b.status === 'green')) return fail('segment-labels');
    const r = resolveNumeric(e.raw, declared, e.pct ? '%' : '', { label: e.label });
    segments.push({ label: e.label, threshold: { ...r.threshold, ...(e.unitWord && !e.pct ? { unitWord: e.unitWord } : {}) } });
    issues.push(...r.issues);
  }
  return ok({ direction: 'segments', segments, text }, issues);
}

/**
 * Thresholds from separate Grön/Gul/Röd columns: composed into one text and read like free text.
 * A column that repeats its own colour word (`Grön 82` in the Grön column) is read once, as a
 * repeated colour word always is.
 */
export function parseBandColumns(cols: { green?: string; yellow?: string; red?: string }, declared?: 'higher' | 'lower' | null): ThresholdParse {
  const parts: string[] = [];
  for (const [colour, word] of [['green', 'Grön'], ['yellow', 'Gul'], ['red', 'Röd']] as const) {
    const v = normalizeText(cols[colour] ?? '');
    if (v !== '') parts.push(`${word} ${v}`);
  }
  // No column filled in: the empty text has no colour words and no target.
  return parseThreshold(parts.join(' '), declared);
}
