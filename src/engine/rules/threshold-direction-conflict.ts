import type { MessageParams, Rule } from './rule';
import { issueHits, segmentNote } from '../results/messages';

function betterSv(d: unknown): string {
  return d === 'higher' ? 'högre är bättre' : 'lägre är bättre';
}

function betterEn(d: unknown): string {
  return d === 'higher' ? 'higher is better' : 'lower is better';
}

function sv(p: MessageParams): string {
  const head = `Tröskeln "${p.text}"${segmentNote(p)} för indikatorn "${p.indicator}"`;
  if (p.source === 'declared') {
    return `${head} säger att ${betterSv(p.found)}, men riktningen är angiven som ${p.expected === 'higher' ? 'Öka' : 'Minska'}. Rätta gränserna eller riktningen så att de säger samma sak.`;
  }
  if (p.source === 'words') {
    return `${head} blandar övre och nedre gränser (t.ex. "eller färre" och "eller fler"), så det går inte att avgöra om högre eller lägre är bättre. Använd samma slags gräns för alla färger.`;
  }
  return `${head} säger med ord att ${betterSv(p.expected)}, men gränsernas ordning säger att ${betterSv(p.found)}. Byt plats på gränserna för Grön och Gul eller rätta orden.`;
}

function en(p: MessageParams): string {
  const head = `The threshold "${p.text}"${segmentNote(p)} of the indicator "${p.indicator}"`;
  if (p.source === 'declared') {
    return `${head} says ${betterEn(p.found)}, but the direction is given as ${p.expected === 'higher' ? 'Increase (Öka)' : 'Decrease (Minska)'}. Correct the bounds or the direction so that they agree.`;
  }
  if (p.source === 'words') {
    return `${head} mixes upper and lower bounds ("or fewer" and "or more"), so it cannot tell whether higher or lower is better. Use the same kind of bound for every colour.`;
  }
  return `${head} says in words that ${betterEn(p.expected)}, but the order of its bounds says ${betterEn(p.found)}. Swap the Green and Yellow bounds or correct the words.`;
}

/** Bands that contradict each other or the declared Öka/Minska. */
const rule: Rule = {
  code: 'threshold.direction-conflict',
  severity: 'error',
  description: {
    sv: 'Tröskelns band motsäger varandra eller angiven riktning (Öka/Minska).',
    en: 'The threshold bands contradict each other or the declared direction (Öka/Minska).',
  },
  message: { sv, en },
  check: (ctx) => issueHits(ctx, 'direction-conflict'),
};

export default rule;
