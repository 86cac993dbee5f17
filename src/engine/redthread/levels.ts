/**
 * Goal levels of the steering model (SPEC §1, §3b): vision → målområde → fullmäktigemål →
 * nämndmål → verksamhetsmål → enhetsmål. Levels are read from a level column as users write them.
 */
import { fold } from '../cells';
import type { Lang } from '../types';

export interface LevelDef {
  /** Canonical Swedish name, used in GoalNode.level. */
  name: string;
  en: string;
  /** 0 = vision (top); larger = lower in the hierarchy. */
  rank: number;
  /** Folded spellings (see `fold`), Swedish and English. */
  words: string[];
}

export const LEVELS: LevelDef[] = [
  { name: 'Vision', en: 'Vision', rank: 0, words: ['vision', 'visionen'] },
  {
    name: 'Målområde',
    en: 'Focus area',
    rank: 1,
    words: ['malomrade', 'malomraden', 'fokusomrade', 'fokusomraden', 'focus area', 'strategic area', 'strategiskt omrade', 'perspektiv'],
  },
  {
    name: 'Fullmäktigemål',
    en: 'Council goal',
    rank: 2,
    words: [
      'fullmaktigemal',
      'fullmaktiges mal',
      'kf-mal',
      'kf mal',
      'kf',
      'kommunfullmaktiges mal',
      'kommunfullmaktiges overgripande mal',
      'overgripande mal',
      'kf overgripande mal',
      'kommunmal',
      'council goal',
      'municipal goal',
    ],
  },
  {
    name: 'Nämndmål',
    en: 'Committee goal',
    rank: 3,
    words: ['namndmal', 'namndens mal', 'uppdragsplanens mal', 'uppdragsplan', 'committee goal', 'board goal'],
  },
  {
    name: 'Verksamhetsmål',
    en: 'Operational goal',
    rank: 4,
    words: ['verksamhetsmal', 'forvaltningsmal', 'kontorsmal', 'operational goal', 'department goal'],
  },
  {
    name: 'Enhetsmål',
    en: 'Unit goal',
    rank: 5,
    words: ['enhetsmal', 'aktivitet', 'aktiviteter', 'unit goal', 'activity', 'team goal', 'arbetsplatsmal'],
  },
];

/**
 * Reads a level as written (`KF-mål`, `Nämndmål 2024`, `Council goal`). Returns null when the
 * text names no known level; the caller then falls back to the position in the tree.
 */
export function readLevel(text: string | null | undefined): LevelDef | null {
  if (!text) return null;
  const t = fold(text);
  if (!t) return null;
  for (const l of LEVELS) if (l.words.includes(t)) return l;
  // Trailing numbers or years (`Målområde 1`, `Nämndmål 2024`) still name the level.
  const stripped = t.replace(/[\s\d:.-]+$/, '');
  for (const l of LEVELS) if (l.words.includes(stripped)) return l;
  // Longest prefix word first so `kf overgripande mal` beats `kf`.
  let best: LevelDef | null = null;
  let bestLen = 0;
  for (const l of LEVELS) {
    for (const w of l.words) {
      if (w.length > bestLen && (t.startsWith(w + ' ') || t.startsWith(w + ':'))) {
        best = l;
        bestLen = w.length;
      }
    }
  }
  return best;
}

/** The level's display name in the user's language. */
export function levelLabel(name: string | null, lang: Lang): string | null {
  if (!name) return null;
  const l = LEVELS.find((x) => x.name === name);
  return l ? (lang === 'sv' ? l.name : l.en) : name;
}
