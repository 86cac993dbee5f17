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
