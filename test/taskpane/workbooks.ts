/** Pane test workbooks from the seeds' real texts. */
import { sheetFromTsv, workbook } from '../fixtures/sheet';
import { budgetFollowUp, norrkopingGoal1 } from '../fixtures/seeds';

/** Seed 002's KF indicators with a `Resultat år` column filled in: 85 green, 78 yellow, 8,2 red (sjukfrånvaro, lower is better). */
export const kfResults = sheetFromTsv(
  'KF-indikatorer',
  `
Kommunfullmäktiges indikatorer

Mål	Indikator	Prestationer – det som ska mätas	Ansvarig för genomförande	Resultat år
Välfärd och välbefinnande genom livet	Helhetssyn särskilt boende	Grön 82 Gul 76	Enhetschefer särskilt boende	85
Hållbar och effektiv organisation	HME	Grön 79 Gul 77	Respektive chef i omsorgen	78
	Sjukfrånvaro	Grön 6,5 Gul 7	Respektive chef i omsorgen	8,2
`,
);

export const planWorkbook = () => workbook(kfResults, norrkopingGoal1, budgetFollowUp);

/**
 * A small plan with a council goal over three nämndmål (the seeds' texts), each with one indicator
 * (results from seed 002's KF indicators, all within their thresholds or near) and one activity:
 * a workbook where every check passes.
 */
export const hierarchyPlan = () =>
  workbook(
    sheetFromTsv(
      'Mål',
      `Id\tNivå\tMål\tÖverordnat mål
KF1\tFullmäktigemål\tVälfärd och välbefinnande genom livet\t
N1\tNämndmål\tStärka den enskildes möjligheter till ett självständigt liv\tKF1
N2\tNämndmål\tKvaliteten i verksamheten ska kontinuerligt utvecklas\tKF1
N3\tNämndmål\tHållbar och effektiv organisation\tKF1`,
    ),
    sheetFromTsv(
      'Indikatorer',
      `Mål\tIndikator\tPrestationer – det som ska mätas\tHur ofta det ska mätas\tAnsvarig för genomförande\tResultat år
N1\tHelhetssyn särskilt boende\tGrön 82 Gul 76\tÅrligen\tEnhetschefer särskilt boende\t85
N2\tHME\tGrön 79 Gul 77\tÅrligen\tRespektive chef i omsorgen\t78
N3\tSjukfrånvaro\tGrön 6,5 Gul 7\tÅrligen\tRespektive chef i omsorgen\t6`,
    ),
    sheetFromTsv(
      'Aktiviteter',
      `Mål\tAktiviteter\tAnsvarig
N1\tKvalitetssäkra och effektivisera handläggnings- och verkställighetsprocessen\tVC myndighet
N2\tKompetensutveckling av vård- och omsorgspersonal\tRespektive enhetschef
N3\tHållbara scheman\tRespektive chef i omsorgen`,
    ),
  );
