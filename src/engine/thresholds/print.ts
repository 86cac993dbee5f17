/**
 * Writes a parsed threshold back as text in the grammar's own words (./words.ts): one canonical
 * form per threshold that the parser reads back to the same bands. Used for messages and for the
 * parser's round-trip property.
 */
import type { Band, Bound, NumericThreshold, Threshold } from './types';
import { word } from './words';

const COLOUR_WORD = { green: word('green'), yellow: word('yellow'), red: word('red') } as const;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A number at the precision it was written (`6,5`, `1060`), Swedish decimal comma. */
export function numberText(value: number, decimals: number): string {
  const d = Math.min(Math.max(decimals, 0), 100);
  // Intl writes every digit (toFixed turns to exponents from 1e21); no grouping, so one token.
  const s = new Intl.NumberFormat('en-US', { useGrouping: false, minimumFractionDigits: d, maximumFractionDigits: d }).format(value);
  // A minus, if any, comes first.
  return s.replace('.', ',').replace('-', '−');
}

/** `minst 82`, `högst 6,5`, `under 7`, `över 90`, `14–15`, with ` %` or a unit after. */
export function boundText(b: Bound, suffix: string): string {
  const n = (v: number) => numberText(v, b.decimals);
  switch (b.op) {
    case '>=':
      return `${word('atLeast')} ${n(b.value)}${suffix}`;
    case '<=':
      return `${word('atMost')} ${n(b.value)}${suffix}`;
    case '>':
      return `${word('above')} ${n(b.value)}${suffix}`;
    case '<':
      return `${word('below')} ${n(b.value)}${suffix}`;
    case 'range':
      return `${n(b.value)}${word('rangeSep')}${n(b.to ?? b.value)}${suffix}`;
  }
}

function suffixOf(unit: '%' | '', unitWord?: string): string {
  if (unit === '%') return ' %';
  return unitWord ? ` ${unitWord}` : '';
}

function numericBands(t: NumericThreshold): string {
  const suffix = suffixOf(t.unit, t.unitWord);
  return t.bands.map((b) => `${cap(COLOUR_WORD[b.status])} ${boundText(b.bound, suffix)}`).join(' ');
}

function changeBand(b: Band, unit: '%' | '', unitWord?: string): string {
  // Stored signed (`Minska med 10%`: at most −10); written as a word and a size.
  const down = b.bound.op === '<=';
  const size = numberText(Math.abs(b.bound.value), b.bound.decimals);
  return `${cap(COLOUR_WORD[b.status])} ${word(down ? 'decrease' : 'increase')} ${word('by')} ${size}${suffixOf(unit, unitWord)}`;
}

function rankBand(b: Band): string {
  const text = b.bound.op === '<=' ? `${numberText(b.bound.value, b.bound.decimals)} %` : boundText(b.bound, ' %');
  return `${cap(COLOUR_WORD[b.status])} ${text} ${word('best')}`;
}

/** The threshold in canonical words, e.g. `Grön minst 82 Gul minst 76`. */
export function formatThreshold(t: Threshold): string {
  switch (t.direction) {
    case 'higher':
    case 'lower':
      return numericBands(t);
    case 'yes-no': {
      const answers = [`${cap(COLOUR_WORD[t.yes])} ${cap(word('yes'))}`, `${cap(COLOUR_WORD[t.no])} ${cap(word('no'))}`];
      if (!t.share) return answers.join(' ');
      // With a share, the answers are written only where they differ from Ja green, Nej red.
      const said = [t.yes !== 'green' ? answers[0] : '', t.no !== 'red' ? answers[1] : ''].filter((x) => x !== '');
      return [...said, ...t.share.bands.map((b) => `${cap(COLOUR_WORD[b.status])} ${word('yes')} ${boundText(b.bound, ' %')}`)].join(' ');
    }
    case 'change':
      return t.bands.map((b) => changeBand(b, t.unit, t.unitWord)).join(' ');
    case 'rank':
      return t.bands.map(rankBand).join(' ');
    case 'segments': {
      const colours = (['green', 'yellow', 'red'] as const).filter((c) => t.segments.some((s) => s.threshold.bands.some((b) => b.status === c)));
      return colours
        .map((c) => {
          const parts = t.segments.flatMap((s) => {
            const b = s.threshold.bands.find((x) => x.status === c);
            return b ? [`${s.label} ${boundText(b.bound, suffixOf(s.threshold.unit, s.threshold.unitWord))}`] : [];
          });
          return `${cap(COLOUR_WORD[c])} ${parts.join(', ')}`;
        })
        .join(' ');
    }
  }
}
