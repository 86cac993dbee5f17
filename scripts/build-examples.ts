/**
 * Builds examples/verksamhetsplan-2025.xlsx, the sample plan workbook, from the seed documents'
 * texts (Norsjö verksamhetsplan 2025, Norrköping vård- och omsorgskontoret 2024). Deterministic:
 * fixed data, fixed document dates, no randomness. Run with `npm run examples`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { KF_INDICATOR_SHEET, SAMPLE_INDICATOR_HEADERS } from '../test/fixtures/sample-layout';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'verksamhetsplan-2025.xlsx');
const FIXED_DATE = new Date(Date.UTC(2025, 0, 15));

const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
  alignment: { wrapText: true, vertical: 'top' },
  border: { bottom: { style: 'thin' } },
};

type Result = number | string | ExcelJS.CellFormulaValue | null;
interface Pct {
  pct: number;
}
type Res = Result | Pct;

function header(ws: ExcelJS.Worksheet, headers: string[], widths: number[]): void {
  const row = ws.addRow(headers);
  row.eachCell((c) => (c.style = HEADER_STYLE as ExcelJS.Style));
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
}

function wrapAll(ws: ExcelJS.Worksheet, fromRow: number): void {
  ws.eachRow((row, n) => {
    if (n < fromRow) return;
    row.eachCell((c) => (c.alignment = { wrapText: true, vertical: 'top' }));
  });
}

/** Writes a result; `{ pct }` becomes a percent-formatted number as Excel users type `93 %`. */
function putResult(cell: ExcelJS.Cell, r: Res): void {
  if (r === null) return;
  if (typeof r === 'object' && 'pct' in r) {
    cell.value = r.pct / 100;
    cell.numFmt = '0%';
    return;
  }
  cell.value = r;
}

// --- Indicators (seed 002, Norsjö omsorg, verksamhetsplan 2025) ------------------------------------

const IND_WIDTHS = [24, 36, 40, 34, 14, 24, 18, 11, 11, 11, 11];

interface IndRow {
  goal: string;
  indicator: string;
  activities: string;
  threshold: string;
  frequency: string;
  responsible: string;
  reporter: string;
  t1: Res;
  t2: Res;
  year: Res;
  /** Kolada key figure (`planark kolada` fills the result from it). */
  kolada?: string;
}

const WELFARE = 'Välfärd och välbefinnande genom livet';
const ORGANISATION = 'Hållbar och effektiv organisation';

const KF_INDICATORS: IndRow[] = [
  // Both are Kolada key figures (the ids): särskilt boende already has its year result
  // typed in (planark kolada leaves it alone), hemtjänst's is empty (planark kolada fills it).
  { goal: WELFARE, indicator: 'Helhetssyn särskilt boende', activities: 'Särskilt fokus på att förbättra -personalens kompetens -aktiviteter', threshold: 'Grön 82 Gul 76', frequency: 'Årligen', responsible: 'Enhetschefer särskilt boende', reporter: 'Handläggare', t1: null, t2: 80, year: 81, kolada: 'U23471' },
  { goal: '', indicator: 'Helhetssyn hemtjänst', activities: 'Särskilt fokus på -ensamhet -fast vårdkontakt', threshold: 'Grön 95 Gul 91', frequency: 'Årligen', responsible: 'Enhetschef hemtjänst', reporter: 'Handläggare', t1: null, t2: null, year: null, kolada: 'U21468' },
  { goal: ORGANISATION, indicator: 'HME', activities: 'Särskilt fokus på -meningsfullt arbete -lär och utvecklas -mål och uppföljning', threshold: 'Grön 79 Gul 77', frequency: 'Årligen', responsible: 'Respektive chef i omsorgen', reporter: 'HR', t1: null, t2: null, year: 74 },
  { goal: '', indicator: 'SAM – årlig uppföljning', activities: 'Samtliga chefer ska genomföra uppföljningen senast 20251031', threshold: 'Grön Ja Röd Nej', frequency: 'Årligen', responsible: 'Respektive chef i omsorgen', reporter: 'Verksamhetschef', t1: null, t2: null, year: 'Ja' },
  { goal: '', indicator: 'Sjukfrånvaro', activities: 'Hållbara scheman Följa rutiner för upprepad korttidsfrånvaro Motivera till vaccination', threshold: 'Grön 6,5 Gul 7', frequency: 'Månatlig', responsible: 'Respektive chef i omsorgen', reporter: 'HR', t1: 6.2, t2: 7.4, year: 6.9 },
  { goal: '', indicator: 'Budgetavvikelse', activities: 'Hålla budget Sätta in åtgärder när budget överskrids Personalplanering', threshold: 'Grön 0% Gul 0,5%', frequency: 'Månatlig', responsible: 'Respektive chef i omsorgen', reporter: 'Verksamhetschef', t1: { pct: 0.3 }, t2: { pct: 1.2 }, year: null },
  { goal: '', indicator: 'Avslutsenkät', activities: 'Kompetensutveckla chefer Ökad delaktighet i schemaläggning', threshold: 'Andel positiva svar Grön 75% Gul 50%', frequency: 'Årlig', responsible: 'Respektive chef i omsorgen', reporter: 'HR', t1: null, t2: null, year: { pct: 68 } },
];

const OWN_INDICATORS: IndRow[] = [
  { goal: WELFARE, indicator: 'Genomförandeplan (ny - upprättad inom 14 dagar/3 dagar (kortbo), återkommande - senast uppföljd inom 6 månader)', activities: 'Kvalitetssäkringssam ordnare utbildar personal i hur man upprättar genomförandeplaner enligt IBIC. Personal ska känna till rutiner för upprättande av genomförandeplaner.', threshold: 'Finns ja eller nej Grön ja 95% Gul ja 90%', frequency: 'Årligen (maj)', responsible: 'Respektive enhetschef', reporter: 'Strateg', t1: null, t2: null, year: { pct: 93 } },
  { goal: '', indicator: 'Verkställda insatser inom vård och omsorg (SoL och LSS) (inom tre månader)', activities: 'Rekrytera Kompetensutveckling av vård- och omsorgspersonal', threshold: 'Nuläge (2023): Nej Verkställda inom tre månader ja eller nej Grön ja 95% Gul ja 90%', frequency: 'Årligen', responsible: 'Verksamhetschef enhetschefer', reporter: 'Handläggare', t1: null, t2: null, year: { pct: 97 } },
  // A share computed from a denominator nobody filled in: the `#DIV/0!` every controller has seen.
  { goal: ORGANISATION, indicator: 'Bibehålla eller öka andelen heltidsanställda', activities: 'Heltidsresan Motivera till utbildning genom till exempel äldreomsorgslyftet Feriepraktik, ung omsorg', threshold: 'Grön Öka med 10% Gul öka med 5%', frequency: '', responsible: 'Respektive enhetschef', reporter: 'Strateg', t1: null, t2: null, year: { formula: 'L4/M4', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue },
  { goal: '', indicator: 'Hög personalkontinuitet (säbo, hemtjänst) Personalkontinuitet, antal personal som en hemtjänsttagare med minst 2 besök dagligen möter under 14 dagar, medelvärde  Personalkontinuitet, andel personal/brukare som är schemalagd på avdelning under en schemaperiod (4 veckor, ex 11 personal/7 brukare=1,5)', activities: 'Nyttja resurstid effektivt Jobba för hög andel heltidsanställd personal och minska timanställningar Personalplanering', threshold: 'Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7', frequency: 'Årligen', responsible: 'Enhetschef särskilt boende och hemtjänst', reporter: 'Strateg', t1: null, t2: null, year: 'Htj 12; SÄBO 1,5' },
  { goal: '', indicator: 'Kostnad ekonomiskt bistånd  Grön 25% bästa Gul 26-50% bästa Jämförbara kommuner', activities: 'Strikt handläggning Samverkan med interna och externa aktörer kring individen för effektiv utslussning i arbetsliv', threshold: 'Kr/invånare Nuläge Grön Grön 25% bästa Gul 26-50% bästa', frequency: 'Årligen', responsible: 'Enhetschef individ- och familjeomsorg', reporter: 'Verksamhet schef', t1: null, t2: null, year: '3/12' },
  { goal: '', indicator: 'Placerade barn och unga  Grön 25% bästa Gul 26–50% bästa Jämförbara kommuner', activities: 'Arbeta med tidiga och förebyggande insatser. Arbeta med hemmaplanslösningar där möjlighet finns. Arbeta med tidig upptäckt och föräldrastärkande insatser. Arbeta med aktiv handläggning i placeringsärenden för att kunna avsluta placeringar som bedöms kunna avslutas.', threshold: 'Kr/invånare Nuläge Röd  Grön 25% bästa Gul 26–50% bästa', frequency: 'Årligen', responsible: 'Enhetschef individ och familjeomsorgen', reporter: 'Verksamhetschef', t1: null, t2: null, year: '8/12' },
  // Not in the seed: the seed's "25% bästa" form on a Kolada key figure linked by its id in the
  // name, so `planark kolada --group …` writes a real position (`plats 3 av 8`) for it to be judged by.
  { goal: WELFARE, indicator: 'Helhetssyn hemtjänst jämfört med liknande kommuner (U21468)', activities: 'Särskilt fokus på -ensamhet -fast vårdkontakt', threshold: 'Andel nöjda, högre är bättre Grön 25% bästa Gul 26-50% bästa', frequency: 'Årligen', responsible: 'Enhetschef hemtjänst', reporter: 'Strateg', t1: null, t2: null, year: null },
];

function indicatorSheet(wb: ExcelJS.Workbook, name: string, rows: IndRow[]): void {
  const ws = wb.addWorksheet(name);
  header(ws, SAMPLE_INDICATOR_HEADERS, IND_WIDTHS);
  let groupStart = 0;
  rows.forEach((r, i) => {
    const rowNo = i + 2;
    ws.getRow(rowNo).values = [r.goal, r.indicator, r.activities, r.threshold, r.frequency, r.responsible, r.reporter];
    putResult(ws.getCell(rowNo, 8), r.t1);
    putResult(ws.getCell(rowNo, 9), r.t2);
    putResult(ws.getCell(rowNo, 10), r.year);
    if (r.kolada) ws.getCell(rowNo, 11).value = r.kolada;
    // The goal cell is merged over its indicators, as in the plan document.
    if (r.goal) groupStart = rowNo;
    const next = rows[i + 1];
    if ((!next || next.goal) && rowNo > groupStart) ws.mergeCells(groupStart, 1, rowNo, 1);
  });
  wrapAll(ws, 2);
}

// --- Uppdragsplanens indikatorer (seed 004): Öka/Minska, no thresholds, coloured by the trend ---
// The seed's `Indikatorer · Mål · Källa · Period` with the nämndmål in front (so each row names its
// goal) and two years of Utfall. The seed publishes no results: the values are made up, one of each
// trend (up, unchanged, down; Öka and Minska) and one indicator new this year (nothing to compare).

const TREND_HEADERS = ['Nämndmål', 'Indikatorer', 'Mål', 'Källa', 'Period', 'Utfall 2023', 'Utfall 2024'];
const TREND_WIDTHS = [10, 60, 9, 22, 14, 12, 12];

const TREND_ROWS: [string, string, 'Öka' | 'Minska', string, string, number | null, number | null][] = [
  ['N1', '1. Andel uppföljda ärenden inom myndighets-utövningen*, procent.', 'Öka', 'WebFOCUS', 'Delår, helår', 78, 83],
  ['N1', '3. Antal personer som efter beviljad ansökan till särskilt boende för äldre har fått vänta mer är tre månader på en plats.', 'Minska', 'Treserva', 'Delår, helår', 41, 27],
  ['N1', '4. Andel personer på särskilt boende för äldre som upplever att personalen alltid/oftast tar hänsyn till brukarens åsikter och önskemål om hur hjälpen ska utföras, procent.', 'Öka', 'Kolada/Socialstyrelsen', 'Helår', 87, 87],
  ['N1', '6. Andel personer på särskilt boende för äldre som är ganska/mycket nöjda med sitt boende, procent', 'Öka', 'Kolada/Socialstyrelsen', 'Helår', 82, 80],
  ['N1', '12. Andel brukare som kan göra vad hen vill med hjälp av sina assistenter, procent.', 'Öka', 'Kolada/SKR', 'Helår', null, 85],
  ['N1', '14. Antal personer som efter beviljad ansökan till bostad med särskild service för vuxna har fått vänta mer är tre månader på en plats.', 'Minska', 'Treserva', 'Helår, delår', 12, 15],
  ['N2', '1. Personalkontinuitet inom hemtjänsten', 'Öka', 'Egen granskning', 'Delår/Helår', 15, 14],
  ['N2', '2. Andel personer med hemtjänst som upplever att personalen alltid/oftast meddelar i förväg om tillfälliga förändringar, procent.', 'Öka', 'Kolada/Socialstyrelsen', 'Helår', 64, 66],
  ['N2', '8. Andel avvikelser som är avslutade och uppföljda inom 12 veckor.', 'Öka', 'WebFOCUS', 'Delår, helår', 71, 78],
];

function trendSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Uppdragsplanens indikatorer');
  header(ws, TREND_HEADERS, TREND_WIDTHS);
  let groupStart = 0;
  TREND_ROWS.forEach((r, i) => {
    const rowNo = i + 2;
    const first = i === 0 || TREND_ROWS[i - 1][0] !== r[0];
    ws.getRow(rowNo).values = [first ? r[0] : null, r[1], r[2], r[3], r[4]];
    putResult(ws.getCell(rowNo, 6), r[5]);
    putResult(ws.getCell(rowNo, 7), r[6]);
    // The nämndmål cell is merged over its indicators, as in the plan document.
    if (first) groupStart = rowNo;
    const next = TREND_ROWS[i + 1];
    if ((!next || next[0] !== r[0]) && rowNo > groupStart) ws.mergeCells(groupStart, 1, rowNo, 1);
  });
  wrapAll(ws, 2);
}

// --- Goals (seed 003: KF övergripande mål and uppdragsplanens mål; seed 002: Norsjö's goals) ------

const GOALS: [string, string, string, string][] = [
  ['KF1', 'Fullmäktigemål', 'Alla norrköpingsbor som kan arbeta ska arbeta', ''],
  ['KF2', 'Fullmäktigemål', 'Norrköpings kommun ska ha ett starkt näringsliv för lokal tillväxt', ''],
  ['KF3', 'Fullmäktigemål', 'Norrköpingsbornas utbildningsnivå ska höjas', ''],
  ['KF4', 'Fullmäktigemål', 'Kommunens välfärdstjänster ska hålla hög kvalitet och utgå från individens behov', ''],
  ['KF5', 'Fullmäktigemål', 'Norrköping ska vara en klimatsmart kommun som gör anpassningar till ett förändrat klimat', ''],
  ['KF6', 'Fullmäktigemål', 'Det ska vara tryggt och säkert i hela Norrköpings kommun', ''],
  ['N1', 'Nämndmål', 'Målet är att stärka den enskildes möjligheter att leva ett självständigt liv, utifrån den enskildes behov.', 'KF1, KF4'],
  ['N2', 'Nämndmål', 'Kvaliteten i verksamheten ska kontinuerligt utvecklas och förbättras.', 'KF4'],
  ['N3', 'Nämndmål', 'Vård- och omsorgsnämndens verksamheter ska fortsätta arbetet mot målbilden att alla invånare erbjuds en god, nära, jämlik och samordnad hälso- och sjukvård, omsorg och socialtjänst som förebygger ohälsa och stärker hälsan.', 'KF4'],
  ['N4', 'Nämndmål', 'Valfriheten, tryggheten och kvaliteten i vård och omsorg om äldre personer ska stärkas under mandatperioden.', 'KF2, KF4, KF6'],
  ['N5', 'Nämndmål', 'Kompetensförsörjningen till vård- och omsorgsnämndens verksamheter ska i större utsträckning svara mot verksamhetens behov.', 'KF3, KF4'],
  ['N6', 'Nämndmål', 'Vård- och omsorgsnämndens verksamheter ska arbeta med modern teknik för att öka kvaliteten samt utvecklas för att kunna möta demografiska utmaningar.', 'KF4'],
  ['N7', 'Nämndmål', 'Uppnå en ekonomi i balans genom effektivt resursutnyttjande och god ekonomistyrning', 'KF4'],
  ['V1', 'Verksamhetsmål', WELFARE, 'N1, N4'],
  ['V2', 'Verksamhetsmål', ORGANISATION, 'N5; N7'],
];

function goalSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Mål');
  header(ws, ['Id', 'Nivå', 'Mål', 'Överordnat mål'], [8, 16, 70, 16]);
  for (const g of GOALS) ws.addRow(g);
  wrapAll(ws, 2);
}

// --- Activities (seed 003 "HUR - Verksamhetsplan"; seed 002 for Norsjö's goals) ------------------
// N6 (modern teknik) is left without activities on purpose: a real gap in the red thread.

const ACTIVITIES: [string, string, string, string][] = [
  ['N1', 'a) Kvalitetssäkra och effektivisera handläggnings- och verkställighetsprocessen genom att kartlägga tiden från ansökan till verkställt beslut för bostad med särskild service enligt LSS, bostad med särskild service enligt SoL och för särskilt boende för äldre enligt SoL samt vidta relevanta åtgärder. (Indikator 14)', 'VC myndighet', 'VC egenregi VC beställning och uppföljning'],
  ['N1', 'b) Ställ om verksamheter så att lediga platser kan beläggas så att antalet icke verkställda beslut minskar. (Indikator 3 och 14)', 'VC beställning och uppföljning', 'VC egen regi VC myndighet'],
  ['N1', 'c) Implementera och efterleva processen för lokalförsörjning.', 'VC beställning-uppföljning', 'VC myndighet VC egenregi VC ekonomi'],
  ['N2', 'a) Skapa förutsättningar för organisationen att arbeta med ett systematiskt kvalitetsarbete.', 'VC beredning och utredning', 'Samtliga VC'],
  ['N2', 'b) Genomföra kvalitetsutvecklande insatser inom demensomsorgen.', 'VC egen regi', ''],
  ['N2', 'c) Utreda boende för yngre personer med demenssjukdom (VON 2023/0854).', 'VC verksamhetsutveckling', 'Samtliga VC'],
  ['N2', 'd) Organisera hemtjänsten så att varje omsorgstagare har ett begränsat antal personal som de möter. (Indikator 1)', 'VC egen regi', 'VC beställning och uppföljning'],
  ['N2', 'e) Kartlägga behov av insatser hos målgruppen äldre personer med funktionsnedsättning.', 'VC beredning och utredning', 'VC ekonomi VC egen regi VC myndighet'],
  ['N3', 'a) Utveckla de insatser som ges med stöd av seniorkoordinatorerna (äldrefältare).', 'VC verksamhetsutveckling', 'VC myndighet VC egenregi'],
  ['N3', 'b) Utveckla och stärka det förebyggande och hälsofrämjande arbetet.', 'VC verksamhetsutveckling', 'Samtliga VC'],
  ['N3', 'c) Förankra den övergripande strategin och målbilden med Nära vård samt skapa en gemensam målbild och ett gemensamt förhållningssätt i arbetet inom kontoret.', 'VoD', 'Samtliga VC'],
  ['N3', 'd) Utveckla arbetet så att beställning och uppföljning sker på lika villkor gentemot samtliga utförare.', 'VC beställning och uppföljning', 'VC ekonomi VC myndighet VC beredning och utredning'],
  ['N3', 'e) Säkerställa den enskildes delaktighet och involvering i vårdplaner, genomförandeplaner, insatser i vård och omsorg.', 'VC egen regi', 'VC myndighet VC beställning och uppföljning'],
  ['N4', 'a) Utveckla LOV inom hemtjänst för att stärka den äldres valfrihet (genomförs inom ramen för projektet att stärka valfrihet, trygghet och kostnadseffektivitet i vård och omsorg om äldre personer)', 'VoD', 'Samtliga VC'],
  ['N4', 'b) Ytterligare stärka valfriheten genom att LOV införs i nya delar av omsorgen, till exempel särskilda boenden. (genomförs inom ramen för projektet att stärka valfrihet, trygghet och kostnadseffektivitet i vård och omsorg om äldre personer)', 'VoD', 'Samtliga VC'],
  ['N4', 'c) Ta fram plan för breddad valfrihet samt ökad konkurrens, inom ramen för projektet "Stärka valfrihet, trygghet och kostnadseffektivitet i vård och omsorg om äldre personer".', 'VoD', 'Samtliga VC'],
  ['N4', 'd) Genomför insatser för stärkt samverkansledning, inom ramen för projektet "Stärka valfrihet, trygghet och kostnadseffektivitet i vård och omsorg om äldre personer".', 'VoD', 'Samtliga VC'],
  ['N5', 'a) Ta fram förutsättningar kring friskfaktorer och arbetsmiljö tillsammans med medarbetare, chefer och fackliga företrädare.', 'VoD', 'Samtliga VC'],
  ['N5', 'b) Se över ledningsorganisationen i syfte att skapa goda organisatoriska förutsättningar för ett hållbart ledarskap. Inom ramen för detta ska ledningsdialoger införas.*', 'VoD', 'Samtliga VC'],
  ['N5', 'd) Analysera personalomsättningen genom att följa upp och analysera bakomliggande avslutningsfaktorer utifrån resultat från off-boarding-enkät.', 'VC verksamhets- utveckling', 'Samtliga VC'],
  ['N5', 'e) Arbeta för att medarbetare inom vård- och omsorgskontoret ska arbeta heltid.', 'VC egen regi', 'VC kost VC myndighet'],
  ['N7', 'a) Ta fram kontorsgemensamma åtgärdsplaner för avgränsade områden för att skapa helhetssyn, lärande och transparens.', 'VC ekonomi', 'Samtliga VC'],
  ['N7', 'b) Utveckla och implementera resursfördelningsmodeller och anpassningar utifrån förändringar under året samt förbättra processen för eskalering i de fall budgeten inte kan följas.', 'VC ekonomi', 'VC egenregi VC myndighet VC beställning och uppföljning'],
  ['N7', 'c) Skapa goda förutsättningar och ägarskap i budgetprocessen genom kunskap, stöd och involvering i hela processen.', 'VC ekonomi', 'Samtliga VC'],
  ['N7', 'd) Arbeta med schema och bemanning för att anpassa bemanning och kostnader till budget samt efter verkliga volymförändringar.', 'VC egen regi', 'VC myndighet VC ekonomi'],
  ['N7', 'e) Genomför aktiviteter som beslutas inom ramen för projektet "Stärka valfrihet, trygghet och kostnadseffektivitet i vård och omsorg om äldre personer".', 'VoD', 'VC beställning och uppföljning VC beredning och utredning VC egenregi VC ekonomi VC myndighet'],
  ['V1', 'Särskilt fokus på att förbättra -personalens kompetens -aktiviteter', 'Enhetschefer särskilt boende', 'Handläggare'],
  ['V1', 'Kvalitetssäkringssamordnare utbildar personal i hur man upprättar genomförandeplaner enligt IBIC.', 'Respektive enhetschef', 'Strateg'],
  ['V2', 'Hållbara scheman Följa rutiner för upprepad korttidsfrånvaro Motivera till vaccination', 'Respektive chef i omsorgen', 'HR'],
  ['V2', 'Heltidsresan Motivera till utbildning genom till exempel äldreomsorgslyftet Feriepraktik, ung omsorg', 'Respektive enhetschef', 'Strateg'],
];

function activitySheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Aktiviteter');
  header(ws, ['Mål', 'Aktiviteter', 'Ansvarig', 'Berörda'], [8, 80, 28, 36]);
  for (const a of ACTIVITIES) ws.addRow(a);
  wrapAll(ws, 2);
}

// --- Budget follow-up (seed 003, Bilaga 1 Budget 2024 uppdrag särskilt boende) --------------------
// Budget is the seed's; prognos deviates by a fixed per-line share (percent, + = overspend) and
// utfall is eight months' worth (T2), so the sheet is the same on every run.

const BUDGET: [string, string, number, number, string][] = [
  ['294090', 'Parboende Dubbletter', 5000000, 0, ''],
  ['294060', 'säbo Lokalhyror', 157961694, 0, ''],
  ['294101', 'Ribbingsholmsv 3 B', 15356473, -0.8, ''],
  ['294103', 'Bryggaregatan 6:1', 16764965, 1.6, 'Hög andel timanställda under sommaren. Åtgärd: översyn av schema och bemanning från september.'],
  ['294105', 'Sågvägen 10', 35484001, -1.2, ''],
  ['294107', 'Nils Åbergs gata 2', 38552009, 0.3, ''],
  ['294109', 'Kalkstensgatan 5', 30092660, 0, ''],
  ['294111', 'Bygdevägen 15', 35394078, -0.4, ''],
  ['294113', 'Trumpetaregatan 2', 31283442, 2.4, ''], // red, nobody has explained it yet
  ['294115', 'Silverringen 56', 25577022, 0, ''],
  ['294117', 'Lindövägen 102', 25701339, -2.1, ''],
  ['294119', 'Plåtslagaregatan 8:1', 33919586, 0.9, 'Ökade vårdtyngd på demensavdelningen. Åtgärd: extra nattbemanning avvecklas i oktober.'],
  ['294503', 'Sandbyhovsgatan 4', 35584278, 0, ''],
  ['294507', 'Kolonigatan', 35179279, -0.5, ''],
  ['294510', 'Generalsgatan 9:1', 29655939, 0.2, ''],
  ['294512', 'S:t Persgatan 134:2', 32992445, 0, ''],
  ['294513', 'S:t Persgatan 134:3', 20112089, -3.0, ''],
  ['294518', 'Katrineholmsvägen 5', 35584278, 0, ''],
  ['294517', 'Jurslavägen 31', 18337355, 0.4, ''],
  ['294520', 'Kolonigatan_2', 38949216, -0.6, ''],
  ['294521', 'Värmlandsgatan 16', 27306303, 0, ''],
  ['294523', 'Valhallavägen 1', 24298023, 1.1, 'Vakanta platser under våren gav lägre intäkter. Åtgärd: samordnad beläggning med biståndsenheten.'],
  ['294529', 'G:a Övägen 27:2', 38885608, -0.9, ''],
];

function budgetSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Budgetuppföljning');
  header(ws, ['Ansvar', 'Benämning', 'Budget', 'Utfall', 'Prognos', 'Avvikelse', 'Kommentar'], [10, 26, 15, 15, 15, 13, 60]);
  const sums = { budget: 0, actual: 0, forecast: 0, deviation: 0 };
  for (const [key, name, budget, pct, comment] of BUDGET) {
    const forecast = Math.round(budget * (1 + pct / 100));
    const actual = Math.round((forecast * 8) / 12);
    // Swedish reports write Avvikelse as budget − prognos: a negative number is an underskott.
    const deviation = budget - forecast;
    ws.addRow([key, name, budget, actual, forecast, deviation, comment || null]);
    sums.budget += budget;
    sums.actual += actual;
    sums.forecast += forecast;
    sums.deviation += deviation;
  }
  const first = 2;
  const last = BUDGET.length + 1;
  const total = ws.addRow(['TOTAL BUDGET SÄRSKILT BOENDE', null]);
  (['C', 'D', 'E', 'F'] as const).forEach((col, i) => {
    const result = [sums.budget, sums.actual, sums.forecast, sums.deviation][i];
    total.getCell(col).value = { formula: `SUM(${col}${first}:${col}${last})`, result } as ExcelJS.CellFormulaValue;
  });
  total.font = { bold: true };
  for (const col of [3, 4, 5, 6]) ws.getColumn(col).numFmt = '# ##0';
  ws.getColumn(7).alignment = { wrapText: true, vertical: 'top' };
}

export function buildExampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Planark';
  wb.lastModifiedBy = 'Planark';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  indicatorSheet(wb, KF_INDICATOR_SHEET, KF_INDICATORS);
  indicatorSheet(wb, 'Verksamhetens indikatorer', OWN_INDICATORS);
  trendSheet(wb);
  goalSheet(wb);
  activitySheet(wb);
  budgetSheet(wb);
  return wb;
}

async function main(): Promise<void> {
  const wb = buildExampleWorkbook();
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  process.stdout.write(`Wrote ${path.relative(process.cwd(), OUT)}\n`);
}

// Run only as a script, so tests can import the builder.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
