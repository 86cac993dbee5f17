/**
 * Header synonyms (SPEC §2): one table per column role, Swedish and English, matched on folded
 * text (case, accents, surrounding punctuation ignored) after units and years are set aside.
 */
import { fold } from '../cells';
import type { ColumnMap, ColumnRole } from '../model';
import { readPeriodLabel } from '../periods';
import type { Period } from '../types';

export interface HeaderMatch {
  role: ColumnRole;
  period?: Period | 'combined';
  unit?: ColumnMap['unit'];
  /** Year the header names (`Utfall 2024`, `Resultat T2 2024`). */
  year?: number;
  /** Strong headers alone (with one more text cell) make a header row; weak ones need company. */
  strong: boolean;
}

/** Folded synonyms per role. Keys are compared after `normalizeHeader`. */
const SYNONYMS: Partial<Record<ColumnRole, string[]>> = {
  goalId: ['id', 'nr', 'nummer', 'no', 'malnr', 'malnummer', 'mal id', 'mal nr', 'goal id', 'goal no', 'ref', 'kod', 'code'],
  level: ['niva', 'level', 'malniva', 'maltyp', 'typ av mal', 'goal level', 'goal type'],
  goalText: ['malformulering', 'maltext', 'goal text', 'beskrivning av malet'],
  parent: [
    'overordnat mal', 'overordnade mal', 'overgripande mal', 'foralder', 'parent', 'parent goal', 'bidrar till',
    'bidrar till mal', 'kopplas till', 'koppling', 'kopplat till', 'kopplad till', 'contributes to', 'links to',
  ],
  goal: [
    'mal', 'goal', 'goals', 'malen', 'namndmal', 'uppdragsplanens mal', 'verksamhetsmal', 'enhetsmal', 'fullmaktigemal',
    'kf mal', 'kf-mal', 'kommunfullmaktiges mal', 'budgetuppdrag', 'kontrollomrade', 'uppdrag', 'prioriterat omrade',
    'objective', 'objectives',
  ],
  area: ['malomrade', 'malomraden', 'omrade', 'perspektiv', 'fokusomrade', 'strategiskt omrade', 'target area', 'focus area', 'area'],
  indicator: ['indikator', 'indikatorer', 'indicator', 'indicators', 'nyckeltal', 'matetal', 'kpi', 'kpis', 'matt', 'resultatmatt'],
  threshold: [
    'prestationer det som ska matas', 'prestationer', 'malvarde', 'malvarden', 'target', 'targets', 'troskel',
    'troskelvarde', 'troskelvarden', 'threshold', 'thresholds', 'granser', 'gransvarden', 'malniva for indikator',
  ],
  green: ['gron', 'green'],
  yellow: ['gul', 'yellow', 'amber'],
  red: ['rod', 'red'],
  direction: ['riktning', 'direction', 'oka minska', 'oka eller minska', 'onskad riktning', 'increase decrease', 'trend'],
  baseline: ['nulage', 'utgangsvarde', 'utgangslage', 'baseline', 'startvarde', 'jamforvarde'],
  frequency: [
    'hur ofta det ska matas', 'hur ofta', 'uppfoljning', 'period', 'frekvens', 'frequency', 'matfrekvens',
    'uppfoljningsperiod', 'matperiod', 'when measured',
  ],
  source: ['kalla', 'source', 'datakalla', 'data source', 'kallor'],
  // Compound words only: a bare `Kolada` is a common source value in data rows (seed 004), so it
  // names a column only inside a recognised header row (src/engine/kolada/link.ts).
  koladaId: ['kolada id', 'koladaid', 'kpi id', 'kpiid', 'kolada kpi', 'kolada nyckeltal', 'nyckeltal i kolada', 'nyckeltals id', 'kolada id planark'],
  activity: ['aktivitet', 'aktiviteter', 'activity', 'activities', 'insats', 'insatser', 'aktivitet atgard'],
  involved: ['berorda', 'involved', 'involverade', 'medverkande', 'delaktiga', 'berord'],
  status: ['status', 'state', 'genomfort', 'lage'],
  deadline: ['klart', 'klart senast', 'deadline', 'datum', 'slutdatum', 'tidplan', 'tidsplan', 'due', 'due date', 'nar'],
  indicatorRef: ['kopplad indikator', 'indikator nr', 'indikatornummer', 'indicator ref', 'indicator no'],
  responsible: [
    'ansvarig', 'ansvariga', 'ansvarig for genomforande', 'ansvarig chef', 'ansvarig enhet', 'responsible', 'owner',
    'responsible person', 'genomfors av',
  ],
  reporter: ['ansvarig for rapportering', 'rapportor', 'rapportansvarig', 'reporter', 'reported by', 'rapporteras av'],
  risk: ['risk', 'risker', 'risks', 'riskbeskrivning', 'intern styrning och kontroll', 'risk description'],
  control: ['kontrollatgard', 'kontrollatgarder', 'kontrollmoment', 'control', 'controls', 'control measure'],
  key: ['ansvar', 'ansvarskod', 'kostnadsstalle', 'kst', 'konto', 'ansvar nr', 'cost centre', 'cost center', 'account', 'ansvarsnummer'],
  name: ['benamning', 'verksamhet', 'namn', 'name', 'enhet', 'unit name', 'description', 'beskrivning'],
  lineType: ['typ', 'kostnad intakt', 'kostnad eller intakt', 'type', 'line type', 'cost revenue'],
  budget: ['budget', 'arsbudget', 'budget helar', 'helarsbudget', 'budget ar', 'annual budget', 'budget year', 'budget full year'],
  actual: ['utfall', 'actual', 'actuals', 'utfall hittills', 'utfall ack', 'ackumulerat utfall', 'utfall perioden', 'utfall hittills i ar', 'ytd'],
  forecast: ['prognos', 'helarsprognos', 'arsprognos', 'prognos helar', 'forecast', 'full year forecast', 'year end forecast'],
  deviation: ['avvikelse', 'deviation', 'variance', 'avvikelse mot budget', 'budgetavvikelse', 'differens', 'diff', 'prognosavvikelse'],
  comment: [
    'kommentar', 'kommentarer', 'analys', 'kommentar och atgard', 'kommentar atgard', 'analys och atgard',
    'analys och atgardsplan', 'analys atgard', 'comment', 'comments', 'analysis', 'orsak', 'orsaksanalys', 'forklaring',
  ],
  action: ['atgard', 'atgarder', 'atgardsplan', 'atgardsplaner', 'handlingsplan', 'action', 'actions', 'action plan'],
  amount: [
    'total budget', 'total platser', 'antal platser', 'budget uppdrag', 'total', 'totalt', 'summa', 'belopp', 'amount',
    'kronor', 'arsarbetare',
  ],
};

const STRONG: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'indicator', 'activity', 'risk', 'control', 'budget', 'actual', 'forecast', 'deviation', 'amount', 'threshold', 'key',
  'goalText', 'responsible', 'reporter', 'involved', 'parent',
]);

const LOOKUP = new Map<string, ColumnRole>();
for (const [role, words] of Object.entries(SYNONYMS) as [ColumnRole, string[]][]) {
  for (const w of words) if (!LOOKUP.has(w)) LOOKUP.set(w, role);
}

/** Unit a header states (`Budget tkr`, `Belopp (mnkr)`, `Andel %`). */
export function headerUnit(raw: string): ColumnMap['unit'] | undefined {
  return unitOf(fold(raw), raw);
}

/** `headerUnit` of text already folded (`folded` = fold(raw)). */
function unitOf(folded: string, raw: string): ColumnMap['unit'] | undefined {
  const f = ` ${folded.replace(/[()[\]]/g, ' ')} `;
  if (/\smnkr\s/.test(f)) return 'mnkr';
  if (/\stkr\s/.test(f)) return 'tkr';
  if (/\skr\s/.test(f)) return 'kr';
  if (raw.includes('%')) return '%';
  return undefined;
}

/** Folded header with punctuation as spaces and unit/year tokens removed. */
export function normalizeHeader(raw: string): string {
  return normalizeFolded(fold(raw));
}

function normalizeFolded(folded: string): string {
  return folded
    .replace(/[()[\]/\\,;:*.–—_-]+/g, ' ')
    .replace(/\b(mnkr|tkr|kr|sek|ksek)\b/g, ' ')
    .replace(/\b(19|20)\d{2}\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const COMBINED = /^(?:(?:resultat|result|utfall)\s+)?(?:t1|t2|ar|helar|q1|delar|kv1|kvartal 1)(?:\s*[/,;&+]\s*(?:t1|t2|ar|helar|q1|delar|kv1|kvartal 1))+$/;

/**
 * Reads one header cell. Returns null for text that names no known column; over-long text is
 * never a header (headers are short labels, indicator names are not).
 */
export function matchHeader(raw: string): HeaderMatch | null {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.length > 60) return null;
  const folded = fold(trimmed);
  // A combined header has a separator between its periods; most text has none to look at.
  if (/[/,;&+]/.test(folded) && COMBINED.test(folded.replace(/\s*([/,;&+])\s*/g, '$1'))) return { role: 'result', period: 'combined', strong: true };
  const n = normalizeFolded(folded);
  if (n === '') return null;
  // Unit and year only go into a match, so they are read once one is found.
  const unit = () => {
    const u = unitOf(folded, trimmed);
    return u ? { unit: u } : {};
  };
  const year = () => {
    const y = /\b((?:19|20)\d{2})\b/.exec(folded);
    return y ? { year: Number(y[1]) } : {};
  };
  // Result columns by period label (`Resultat T1`, `Helår`, `Q1`, `jan`, `Resultat T2 2024`).
  const period = readPeriodLabel(n) ?? readPeriodLabel(folded);
  if (period) {
    const explicit = /^(resultat|result|utfall)\b/.test(n);
    return { role: 'result', period, strong: explicit, ...unit(), ...year() };
  }
  if (n === 'resultat' || n === 'result' || n === 'results') return { role: 'result', period: 'year', strong: true, ...year() };
  // `Mål 1 Uppdragsplan`: a goal table named by its goal.
  if (/^mal \d+( uppdragsplan(ens mal)?| namndmal| verksamhetsplan)?$/.test(n) && /\d/.test(n) && n.split(' ').length > 2) {
    return { role: 'goalText', strong: true };
  }
  const role = LOOKUP.get(n);
  if (role) return { role, strong: STRONG.has(role), ...unit(), ...(role === 'actual' ? year() : {}) };
  // `Antal besök`, `Antal ärende`: counts in annexes (short, so indicator names never match).
  if (/^antal \S+( \S+)?$/.test(n)) return { role: 'amount', strong: true, ...unit() };
  return null;
}

/**
 * `matchHeader` remembered by text for one sheet: a plan repeats a few texts down its columns
 * (`Årligen`, `Grön 82 Gul 76`, `Ja`), so each is read once. Matches are frozen because rows
 * with the same text share them.
 */
export class HeaderMemo {
  private readonly seen = new Map<string, HeaderMatch | null>();

  match(text: string): HeaderMatch | null {
    let m = this.seen.get(text);
    if (m === undefined) {
      m = matchHeader(text);
      if (m) Object.freeze(m);
      this.seen.set(text, m);
    }
    return m;
  }

  /** True when `match(text)` costs no more than a lookup. */
  knows(text: string): boolean {
    return this.seen.has(text);
  }
}

/** Öka/Minska (and English) as a declared direction. */
export function readDirectionWord(raw: string): 'higher' | 'lower' | null {
  const t = fold(raw);
  if (/^(oka|okning|hoja|hogre|increase|higher|up|upp)$/.test(t)) return 'higher';
  if (/^(minska|minskning|sanka|lagre|decrease|lower|down|ned)$/.test(t)) return 'lower';
  return null;
}
