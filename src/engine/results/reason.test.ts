import { describe, expect, it } from 'vitest';
import type { CellValue, Status } from '../types';
import { parseThreshold } from '../thresholds/parse';
import { evaluate } from '../thresholds/evaluate';
import { reasonText, type ResultWhy } from './reason';

/** The reason for one result under a threshold text, in both languages (SPEC §3: every colour has a reason). */
function reasons(text: string, value: CellValue, ctx: { fmt?: string; baseline?: CellValue } = {}): [string, string] {
  const p = parseThreshold(text);
  if (!p.ok) throw new Error(`${text}: ${p.reason}`);
  const ev = evaluate(p.threshold, value, ctx);
  if (!('status' in ev) || !ev.why) throw new Error(`${text} with ${String(value)}: no colour`);
  return [reasonText(ev.why, ev.status, 'sv'), reasonText(ev.why, ev.status, 'en')];
}

describe('reasonText: a number under bands', () => {
  it.each<[string, CellValue, string | undefined, string, string]>([
    ['Grön 82 Gul 76', 84, undefined, '84 ≥ 82 (Grön)', '84 ≥ 82 (Green)'],
    ['Grön 82 Gul 76', 80, undefined, '80 ≥ 76 (Gul)', '80 ≥ 76 (Yellow)'],
    ['Grön 82 Gul 76', 75, undefined, '75 < 76 (Gul-gräns) → Röd', '75 < 76 (Yellow limit) → Red'],
    ['Grön 82 Gul 76 Röd 75', 70, undefined, '70 ≤ 75 (Röd)', '70 ≤ 75 (Red)'],
    ['Grön 6,5 Gul 7', 7.4, undefined, '7,4 > 7 (Gul-gräns) → Röd', '7.4 > 7 (Yellow limit) → Red'],
    ['Grön 6,5 Gul 7', 6.54, undefined, '6,54 ≈ 6,5 ≤ 6,5 (Grön)', '6.54 ≈ 6.5 ≤ 6.5 (Green)'],
    // Strict bounds: the worse side of `> 80` is `≤ 80`, of `< 4` is `≥ 4`.
    ['Grön > 90 Gul > 80', 85, undefined, '85 > 80 (Gul)', '85 > 80 (Yellow)'],
    ['Grön > 90 Gul > 80', 80, undefined, '80 ≤ 80 (Gul-gräns) → Röd', '80 ≤ 80 (Yellow limit) → Red'],
    ['Grön ≤ 2 Gul < 4', 3, undefined, '3 < 4 (Gul)', '3 < 4 (Yellow)'],
    ['Grön ≤ 2 Gul < 4', 4, undefined, '4 ≥ 4 (Gul-gräns) → Röd', '4 ≥ 4 (Yellow limit) → Red'],
    ['Minst 82', 75, undefined, '75 < 82 (Grön-gräns) → Röd', '75 < 82 (Green limit) → Red'],
    // Percent: a space before % in Swedish, none in English.
    ['Grön 0% Gul 0,5%', 0.003, '0.0%', '0,3 % ≤ 0,5 % (Gul)', '0.3% ≤ 0.5% (Yellow)'],
    ['Grön högst 500 tkr Gul högst 800 tkr', 640, undefined, '640 tkr ≤ 800 tkr (Gul)', '640 tkr ≤ 800 tkr (Yellow)'],
    ['Grön 1 060 Gul 900', 1100, undefined, '1\u00a0100 ≥ 1\u00a0060 (Grön)', '1,100 ≥ 1,060 (Green)'],
  ])('%s with %j', (text, value, fmt, sv, en) => {
    expect(reasons(text, value, { fmt })).toEqual([sv, en]);
  });
});

describe('reasonText: ranges', () => {
  it.each<[string, CellValue, string, string]>([
    ['Grön: 80–100 Gul: 60–79 Röd: under 60', 70, '70 inom 60–79 (Gul)', '70 within 60–79 (Yellow)'],
    ['Grön: 80–100 Gul: 60–79 Röd: under 60', 80, '80 inom 80–100 (Grön)', '80 within 80–100 (Green)'],
    ['Grön: 80–100 Gul: 60–79 Röd: under 60', 100, '100 inom 80–100 (Grön)', '100 within 80–100 (Green)'],
    // Green and red reach past a written range to their end.
    ['Grön: 80–100 Gul: 60–79 Röd: under 60', 105, '105 ≥ 80 (Grön)', '105 ≥ 80 (Green)'],
    ['Grön 80-100 Gul 60-79 Röd 0-59', -5, '−5 ≤ 59 (Röd)', '-5 ≤ 59 (Red)'],
    ['Grön 10-12 Gul 14-16', 9, '9 ≤ 12 (Grön)', '9 ≤ 12 (Green)'],
    ['Grön 10-12 Gul 14-16 Röd 17-20', 25, '25 ≥ 17 (Röd)', '25 ≥ 17 (Red)'],
    // Worse than a range with no red written: past its worse end.
    ['Grön 10-12 Gul 14-16', 17, '17 > 16 (Gul-gräns) → Röd', '17 > 16 (Yellow limit) → Red'],
    ['Grön 14-16 Gul 10-12', 9, '9 < 10 (Gul-gräns) → Röd', '9 < 10 (Yellow limit) → Red'],
    // Between two bands: no colour.
    ['Grön 10-12 Gul 14-16', 13, '13: mellan banden, ingen färg', '13: between the bands, no colour'],
    ['Grön >90%, Gul 80-90%, Röd <80%', '85 %', '85 % inom 80–90 % (Gul)', '85% within 80–90% (Yellow)'],
  ])('%s with %j', (text, value, sv, en) => {
    expect(reasons(text, value)).toEqual([sv, en]);
  });
});

describe('reasonText: answers, changes, ranks, segments', () => {
  it.each<[string, CellValue, { fmt?: string; baseline?: CellValue }, string, string]>([
    ['Grön Ja Röd Nej', 'ja', {}, 'Ja (Grön)', 'Yes (Green)'],
    ['Grön Ja Röd Nej', 'Nej', {}, 'Nej (Röd)', 'No (Red)'],
    ['Grön Nej Röd Ja', 'Ja', {}, 'Ja (Röd)', 'Yes (Red)'],
    ['Grön Ja Gul Nej', 'Nej', {}, 'Nej (Gul)', 'No (Yellow)'],
    ['Grön ja 95% Gul ja 90%', 0.93, { fmt: '0%' }, '93 % ≥ 90 % (Gul)', '93% ≥ 90% (Yellow)'],
    // A change: from the baseline to the result, the change signed.
    ['Grön Öka med 10% Gul öka med 5%', 66, { baseline: 60 }, '60 → 66: +10 % ≥ +10 % (Grön)', '60 → 66: +10% ≥ +10% (Green)'],
    ['Grön Öka med 10% Gul öka med 5%', 58, { baseline: 60 }, '60 → 58: −3,33 % ≈ −3 % < +5 % (Gul-gräns) → Röd', '60 → 58: -3.33% ≈ -3% < +5% (Yellow limit) → Red'],
    ['Grön Öka med 5 Gul öka med 2', 63, { baseline: 60 }, '60 → 63: +3 ≥ +2 (Gul)', '60 → 63: +3 ≥ +2 (Yellow)'],
    ['Grön Öka med 5 Gul öka med 2', 60, { baseline: 60 }, '60 → 60: 0 < +2 (Gul-gräns) → Röd', '60 → 60: 0 < +2 (Yellow limit) → Red'],
    ['Grön Minska med 10% Gul minska med 5%', 88, { baseline: 100 }, '100 → 88: −12 % ≤ −10 % (Grön)', '100 → 88: -12% ≤ -10% (Green)'],
    ['Grön Minska med 3 dagar Gul minska med 1 dag', 1040, { baseline: 1042 }, '1\u00a0042 → 1\u00a0040: −2 dagar ≤ −1 dagar (Gul)', '1,042 → 1,040: -2 dagar ≤ -1 dagar (Yellow)'],
    // A change written as such has no baseline to show.
    ['Grön Öka med 10% Gul öka med 5%', '+12%', {}, '+12 % ≥ +10 % (Grön)', '+12% ≥ +10% (Green)'],
    ['Grön Öka med 10% Gul öka med 5%', 66, {}, '66: Nuläge saknas, så förändringen kan inte beräknas', '66: no baseline (Nuläge), so the change cannot be computed'],
    ['Grön Öka med 10% Gul öka med 5%', 1066, { baseline: 0 }, '1\u00a0066: Nuläge saknas, så förändringen kan inte beräknas', '1,066: no baseline (Nuläge), so the change cannot be computed'],
    // A rank: the position as written, then as a share of the field.
    ['Grön 25% bästa Gul 26-50% bästa', '3/12', {}, '3/12 = 25 % ≤ 25 % (Grön)', '3/12 = 25% ≤ 25% (Green)'],
    ['Grön 25% bästa Gul 26-50% bästa', 'plats 5 av 12', {}, 'plats 5 av 12 = 41,67 % ≈ 42 % inom 26–50 % (Gul)', 'plats 5 av 12 = 41.67% ≈ 42% within 26–50% (Yellow)'],
    ['Grön 25% bästa Gul 26-50% bästa', '7 av 12', {}, '7 av 12 = 58,33 % ≈ 58 % > 50 % (Gul-gräns) → Röd', '7 av 12 = 58.33% ≈ 58% > 50% (Yellow limit) → Red'],
    ['Grön 25% bästa', '4/12', {}, '4/12 = 33,33 % ≈ 33 % > 25 % (Grön-gräns) → Röd', '4/12 = 33.33% ≈ 33% > 25% (Green limit) → Red'],
    // A position written as a percentage is shown once.
    ['Grön 25% bästa Gul 26-50% bästa', '20 %', {}, '20 % ≤ 25 % (Grön)', '20% ≤ 25% (Green)'],
    ['Grön 25% bästa Gul 26-50% bästa', 0.2, { fmt: '0%' }, '20 % ≤ 25 % (Grön)', '20% ≤ 25% (Green)'],
    ['Grön 25% bästa Gul 26-50% bästa', '12,5 %', {}, '12,5 % ≈ 13 % ≤ 25 % (Grön)', '12.5% ≈ 13% ≤ 25% (Green)'],
    ['Grön 25% bästa Gul 26-50% bästa', '12.5%', {}, '12,5 % ≈ 13 % ≤ 25 % (Grön)', '12.5% ≈ 13% ≤ 25% (Green)'],
    // Segments: each part, then the colour of the whole.
    ['Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7', 'Htj 12; SÄBO 1,5', {}, 'Htj 12 ≤ 13 (Grön); SÄBO 1,5 inom 1,4–1,7 (Gul) → Gul', 'Htj 12 ≤ 13 (Green); SÄBO 1.5 within 1.4–1.7 (Yellow) → Yellow'],
    ['Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,5-1,7', 'Htj 14; SÄBO 1,4', {}, 'Htj 14 inom 14–15 (Gul); SÄBO 1,4: mellan banden, ingen färg → ingen färg', 'Htj 14 within 14–15 (Yellow); SÄBO 1.4: between the bands, no colour → no colour'],
    ['Grön Htj högst 10 dagar, SÄBO minst 90 % Gul Htj högst 14 dagar, SÄBO minst 80 %', 'Htj 16; SÄBO 95 %', {}, 'Htj 16 dagar > 14 dagar (Gul-gräns) → Röd; SÄBO 95 % ≥ 90 % (Grön) → Röd', 'Htj 16 dagar > 14 dagar (Yellow limit) → Red; SÄBO 95% ≥ 90% (Green) → Red'],
  ])('%s with %j', (text, value, ctx, sv, en) => {
    expect(reasons(text, value, ctx)).toEqual([sv, en]);
  });
});

describe('reasonText: trends and results without a colour', () => {
  it.each<[ResultWhy, Status, string, string]>([
    [{ kind: 'trend', from: 62, to: 68, want: 'higher' }, 'green', '62 → 68, Öka → Grön', '62 → 68, Increase → Green'],
    [{ kind: 'trend', from: 62, to: 62.4, want: 'higher' }, 'yellow', '62 → 62,4, Öka → Gul', '62 → 62.4, Increase → Yellow'],
    [{ kind: 'trend', from: 8.1, to: 8.4, want: 'lower' }, 'red', '8,1 → 8,4, Minska → Röd', '8.1 → 8.4, Decrease → Red'],
    [{ kind: 'no-comparison', value: 412, want: 'lower' }, 'none', '412, Minska: inget tidigare värde att jämföra med', '412, Decrease: no earlier value to compare with'],
    [{ kind: 'no-comparison', value: 60, want: 'higher' }, 'none', '60, Öka: inget tidigare värde att jämföra med', '60, Increase: no earlier value to compare with'],
    [{ kind: 'missing' }, 'none', 'Resultat saknas', 'No result'],
    [{ kind: 'unparseable', value: 'ej mätt' }, 'none', '"ej mätt" kan inte läsas mot tröskelvärdena', '"ej mätt" cannot be read against the thresholds'],
    [{ kind: 'unparseable', value: 95 }, 'none', '"95" kan inte läsas mot tröskelvärdena', '"95" cannot be read against the thresholds'],
    // Never the word "null" in front of a user.
    [{ kind: 'unparseable', value: null }, 'none', '"" kan inte läsas mot tröskelvärdena', '"" cannot be read against the thresholds'],
    [{ kind: 'segment-missing', labels: ['SÄBO'] }, 'none', 'värde saknas för SÄBO', 'no value for SÄBO'],
    [{ kind: 'segment-missing', labels: ['Htj', 'SÄBO'] }, 'none', 'värde saknas för Htj, SÄBO', 'no value for Htj, SÄBO'],
    [{ kind: 'no-threshold' }, 'none', 'Inga tröskelvärden eller riktning (Öka/Minska)', 'No thresholds or direction (Increase/Decrease)'],
    [{ kind: 'threshold-unreadable' }, 'none', 'Tröskelvärdena kan inte läsas', 'The thresholds cannot be read'],
  ])('%j', (why, status, sv, en) => {
    expect([reasonText(why, status, 'sv'), reasonText(why, status, 'en')]).toEqual([sv, en]);
  });
});
