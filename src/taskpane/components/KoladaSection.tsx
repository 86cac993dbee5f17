/**
 * Kolada in the task pane: "Hämta från Kolada" fetches the values of the indicators linked to Kolada
 * key figures and writes them into empty result cells (refreshing only values Planark wrote), and
 * a key-figure search writes the chosen id into an indicator's row. Self-contained: it talks to the
 * workbook through the `WorkbookHost` and to Kolada through src/kolada, and has its own strings.
 *
 * Whether Kolada answers calls from a browser page (CORS) is not stated in any documentation found
 * (docs/kolada.md); when the call fails without an answer, the pane says so and points to
 * `planark kolada`, which fetches from outside the browser.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, LinkRegular, SearchRegular } from '@fluentui/react-icons';
import type { WorkbookHost } from '../../adapters/host';
import { koladaRequest, outcomeLine, placeKoladaId, planKolada, PROBLEM_KINDS, type Outcome } from '../../engine/kolada';
import type { PlanModel } from '../../engine/model';
import { recognizeWorkbook } from '../../engine/recognize';
import type { Lang, WorkbookInput } from '../../engine/types';
import { MemoryCache } from '../../kolada/cache';
import { DEFAULT_BASE_URL, KoladaClient } from '../../kolada/client';
import { KoladaError } from '../../kolada/errors';
import { fetchKoladaData, isoDay } from '../../kolada/fetch-data';
import { Kpi } from '../../kolada/schemas';
import { useSectionStyles } from './common';

const K = {
  sv: {
    title: 'Kolada',
    intro:
      'Hämtar utfall för indikatorer som är kopplade till ett nyckeltal i Kolada (kolumnen Kolada-ID, eller id:t inom parentes i namnet, t.ex. (U21468)) och fyller tomma resultatceller. Dina egna värden skrivs aldrig över. Placeringen räknas bland alla kommuner, eller i jämförelsegruppen.',
    municipality: 'Kommunkod',
    municipalityHint: 'Fyra siffror, t.ex. 0581 (Norrköping)',
    group: 'Jämförelsegrupp (valfri)',
    groupHint: 'Kommungrupp i Kolada, t.ex. G124026',
    year: 'År (valfritt)',
    yearHint: 'Annars tabellens år, eller det senaste i Kolada',
    fetch: 'Hämta från Kolada',
    fetching: 'Hämtar från Kolada …',
    badMunicipality: 'Ange kommunkoden med fyra siffror.',
    badGroup: 'En jämförelsegrupp har ett id som börjar med G.',
    badYear: 'Ange ett år med fyra siffror.',
    noLinks: 'Inga indikatorer är kopplade till Kolada ännu. Sök ett nyckeltal nedan och koppla det, eller skriv id:t i kolumnen Kolada-ID.',
    done: (written: number, problems: number, day: string) => `${written} värden skrivna${problems ? `, ${problems} att åtgärda` : ''}. Källa: Kolada, hämtat ${day}.`,
    cors:
      'Kolada svarade inte på anropet från tillägget. Antingen är nätverket nere, eller så tar Kolada inte emot anrop från webbläsare (CORS) – det står inte i Koladas dokumentation. Hämta i stället med kommandot: planark kolada ARBETSBOK.xlsx --municipality 0581',
    search: 'Sök nyckeltal i Kolada',
    searchHint: 'Ord ur titeln, t.ex. helhetssyn hemtjänst',
    searchButton: 'Sök',
    hits: (n: number) => (n === 1 ? '1 nyckeltal' : `${n} nyckeltal`),
    noHits: 'Inga nyckeltal hittades.',
    indicator: 'Indikator',
    chooseIndicator: 'Välj indikator …',
    link: 'Koppla till indikatorn',
    linked: (id: string, name: string, added: boolean) => `${id} skrevs in för ”${name}”${added ? ' i kolumnen Kolada-ID (Planark) som Planark lade till sist i tabellen' : ''}.`,
    noRoom: 'Kolumnen efter tabellen är inte tom; lägg till en kolumn Kolada-ID i tabellen själv.',
    readFirst: 'Läs arbetsboken (Hämta eller Sök) för att välja indikator.',
  },
  en: {
    title: 'Kolada',
    intro:
      'Fetches results for indicators linked to a Kolada key figure (the column Kolada-ID, or the id in brackets in the name, e.g. (U21468)) and fills empty result cells. Your own values are never overwritten. Positions are among all municipalities, or in the comparison group.',
    municipality: 'Municipality code',
    municipalityHint: 'Four digits, e.g. 0581 (Norrköping)',
    group: 'Comparison group (optional)',
    groupHint: 'A Kolada municipality group, e.g. G124026',
    year: 'Year (optional)',
    yearHint: 'Otherwise the table’s year, or Kolada’s latest',
    fetch: 'Fetch from Kolada',
    fetching: 'Fetching from Kolada …',
    badMunicipality: 'Give the four-digit municipality code.',
    badGroup: 'A comparison group has an id starting with G.',
    badYear: 'Give a four-digit year.',
    noLinks: 'No indicator is linked to Kolada yet. Search a key figure below and link it, or write the id in a Kolada-ID column.',
    done: (written: number, problems: number, day: string) => `${written} values written${problems ? `, ${problems} to see to` : ''}. Source: Kolada, fetched ${day}.`,
    cors:
      'Kolada did not answer the add-in’s call. Either the network is down, or Kolada does not accept calls from browsers (CORS) — its documentation does not say. Fetch with the command instead: planark kolada WORKBOOK.xlsx --municipality 0581',
    search: 'Search Kolada key figures',
    searchHint: 'Words of the title, e.g. helhetssyn hemtjänst',
    searchButton: 'Search',
    hits: (n: number) => (n === 1 ? '1 key figure' : `${n} key figures`),
    noHits: 'No key figures found.',
    indicator: 'Indicator',
    chooseIndicator: 'Choose indicator …',
    link: 'Link to the indicator',
    linked: (id: string, name: string, added: boolean) => `${id} was written for "${name}"${added ? ' in the column Kolada-ID (Planark), which Planark added at the end of the table' : ''}.`,
    noRoom: 'The column after the table is not empty; add a Kolada-ID column to the table yourself.',
    readFirst: 'Read the workbook (Fetch or Search) to choose an indicator.',
  },
} as const;

/** Answers kept while the pane is open (15 minutes): searching as one types asks Kolada once per text. */
const PANE_CACHE = new MemoryCache();
const MAX_AGE_MS = 15 * 60_000;
const MAX_HITS = 50;

const useStyles = makeStyles({
  outcome: { fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  problem: { color: tokens.colorPaletteRedForeground1 },
  hit: { overflowWrap: 'anywhere' },
});

export interface KoladaSectionProps {
  host: WorkbookHost;
  lang: Lang;
  /** Another task of the pane is running. */
  busy?: boolean;
  /** After values were written: the pane checks again. */
  onWritten?: () => void;
  /** For tests: another address (a local stand-in), another fetch, today's date. */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  today?: () => string;
}

const isoToday = () => isoDay(Date.now());

export function KoladaSection({ host, lang, busy = false, onWritten, baseUrl = DEFAULT_BASE_URL, fetch: fetchFn, today = isoToday }: KoladaSectionProps) {
  const t = K[lang];
  const styles = useSectionStyles();
  const own = useStyles();
  const [municipality, setMunicipality] = useState('');
  const [group, setGroup] = useState('');
  const [year, setYear] = useState('');
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<{ id: string; title: string }[] | null>(null);
  const [chosenKpi, setChosenKpi] = useState('');
  const [read, setRead] = useState<{ input: WorkbookInput; model: PlanModel } | null>(null);
  const [chosenIndicator, setChosenIndicator] = useState('');
  const abort = useRef<AbortController | null>(null);

  const client = useCallback(
    // Two retries, not four: someone is waiting in front of the pane (and a call the browser
    // blocks, CORS, fails the same way every time).
    (signal: AbortSignal) => new KoladaClient({ baseUrl, lang, cache: PANE_CACHE, maxAgeMs: MAX_AGE_MS, retries: 2, signal, ...(fetchFn ? { fetch: fetchFn } : {}) }),
    [baseUrl, lang, fetchFn],
  );

  /** Runs one piece of work; a failure without an answer from Kolada is explained (CORS). */
  const work = useCallback(
    async (fn: (signal: AbortSignal) => Promise<void>) => {
      abort.current?.abort();
      const ac = new AbortController();
      abort.current = ac;
      setWorking(true);
      setError(null);
      setNotice(null);
      try {
        await fn(ac.signal);
      } catch (e) {
        if (e instanceof KoladaError && e.kind === 'network') setError(`${t.cors} (${e.message})`);
        else if (!(e instanceof KoladaError && e.kind === 'aborted')) setError(e instanceof Error ? e.message : String(e));
      } finally {
        if (abort.current === ac) {
          abort.current = null;
          setWorking(false);
        }
      }
    },
    [t],
  );

  const readWorkbook = useCallback(
    async (signal: AbortSignal) => {
      const input = await host.read(signal);
      const model = recognizeWorkbook(input).model;
      setRead({ input, model });
      return { input, model };
    },
    [host],
  );

  const yearNumber = year.trim() === '' ? undefined : Number(year.trim());
  const validation =
    !/^\d{4}$/.test(municipality.trim()) ? t.badMunicipality : group.trim() !== '' && !/^G\d+$/i.test(group.trim()) ? t.badGroup : year.trim() !== '' && !/^\d{4}$/.test(year.trim()) ? t.badYear : null;

  const fetchValues = () =>
    work(async (signal) => {
      if (validation) {
        setError(validation);
        return;
      }
      const { input, model } = await readWorkbook(signal);
      const req = koladaRequest(input, model, yearNumber);
      if (req.kpis.length === 0) {
        setOutcomes([]);
        setNotice(t.noLinks);
        return;
      }
      const data = await fetchKoladaData(client(signal), {
        municipality: municipality.trim(),
        ...(group.trim() ? { group: group.trim().toUpperCase() } : {}),
        kpis: req.kpis,
        years: req.years,
        today: today(),
      });
      const plan = planKolada(input, model, data, { lang, ...(yearNumber !== undefined ? { year: yearNumber } : {}) });
      // Only now, with everything fetched, does the workbook change.
      await host.apply(plan.edits, undefined, signal);
      setOutcomes(plan.outcomes);
      const written = plan.outcomes.filter((o) => o.kind === 'written' || o.kind === 'refreshed').length;
      setNotice(t.done(written, plan.outcomes.filter((o) => PROBLEM_KINDS.has(o.kind)).length, data.fetchedOn));
      onWritten?.();
    });

  const search = () =>
    work(async (signal) => {
      const text = query.trim();
      if (!text) return;
      if (!read) await readWorkbook(signal);
      const found = await client(signal).getAll('kpi', Kpi, { title: text });
      setHits(found.slice(0, MAX_HITS).map((k) => ({ id: k.id, title: k.title })));
      setChosenKpi(found[0]?.id ?? '');
    });

  const link = () =>
    work(async (signal) => {
      const { input, model } = await readWorkbook(signal);
      const index = Number(chosenIndicator);
      const p = placeKoladaId(input, model, index, chosenKpi);
      if ('problem' in p) {
        setError(p.problem === 'no-room' ? t.noRoom : t.readFirst);
        return;
      }
      await host.apply({ fills: [], sheets: [], values: p.values }, undefined, signal);
      await readWorkbook(signal);
      setNotice(t.linked(chosenKpi, model.indicators[index].name, p.added));
    });

  const indicators = useMemo(() => read?.model.indicators.map((ind, i) => ({ i, label: `${ind.sheet}: ${ind.name}` })) ?? [], [read]);
  const disabled = busy || working;

  return (
    <section className={styles.section} aria-labelledby="kolada-title" data-testid="section-kolada">
      <h2 id="kolada-title" className={styles.groupTitle}>
        {t.title}
      </h2>
      <Text>{t.intro}</Text>
      <Field label={t.municipality} hint={t.municipalityHint}>
        <Input value={municipality} onChange={(_, d) => setMunicipality(d.value)} inputMode="numeric" data-testid="kolada-municipality" />
      </Field>
      <Field label={t.group} hint={t.groupHint}>
        <Input value={group} onChange={(_, d) => setGroup(d.value)} data-testid="kolada-group" />
      </Field>
      <Field label={t.year} hint={t.yearHint}>
        <Input value={year} onChange={(_, d) => setYear(d.value)} inputMode="numeric" data-testid="kolada-year" />
      </Field>
      <Button appearance="primary" icon={<ArrowDownloadRegular />} disabled={disabled} onClick={fetchValues} data-testid="kolada-fetch">
        {working ? t.fetching : t.fetch}
      </Button>

      {error && (
        <MessageBar intent="error" data-testid="kolada-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {notice && !error && (
        <MessageBar intent="success" data-testid="kolada-notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {outcomes.length > 0 && (
        <ul className={styles.list} data-testid="kolada-outcomes">
          {outcomes.map((o) => (
            <li key={`${o.sheet}!${o.cell}!${o.kpi ?? ''}`} className={`${own.outcome} ${PROBLEM_KINDS.has(o.kind) ? own.problem : ''}`} data-testid="kolada-outcome" data-kind={o.kind} data-cell={`${o.sheet}!${o.cell}`}>
              {outcomeLine(o, lang)}
            </li>
          ))}
        </ul>
      )}

      <h3 className={styles.groupTitle}>{t.search}</h3>
      <div className={styles.row}>
        <Input value={query} onChange={(_, d) => setQuery(d.value)} placeholder={t.searchHint} aria-label={t.search} data-testid="kolada-query" />
        <Button icon={<SearchRegular />} disabled={disabled || query.trim() === ''} onClick={search} data-testid="kolada-search">
          {t.searchButton}
        </Button>
      </div>
      {hits && (
        <>
          <Text className={styles.muted} data-testid="kolada-hits-count">
            {hits.length ? t.hits(hits.length) : t.noHits}
          </Text>
          {hits.length > 0 && (
            <Field label={t.search}>
              <Select value={chosenKpi} onChange={(_, d) => setChosenKpi(d.value)} data-testid="kolada-hits">
                {hits.map((h) => (
                  <option key={h.id} value={h.id} className={own.hit}>
                    {`${h.id} – ${h.title}`}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {hits.length > 0 && (
            <Field label={t.indicator}>
              <Select value={chosenIndicator} onChange={(_, d) => setChosenIndicator(d.value)} data-testid="kolada-indicator">
                <option value="">{t.chooseIndicator}</option>
                {indicators.map((x) => (
                  <option key={x.i} value={String(x.i)}>
                    {x.label}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {hits.length > 0 && (
            <Button icon={<LinkRegular />} disabled={disabled || chosenIndicator === '' || chosenKpi === ''} onClick={link} data-testid="kolada-link">
              {t.link}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
