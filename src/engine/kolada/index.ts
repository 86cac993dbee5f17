/** Kolada key figures in plan workbooks: linking, ranks and the values to write (pure). */
export { idsInColumnCell, idsInText, isKpiId } from './ids';
export { isKoladaHeader, koladaColumn, linkIndicators, OWN_COLUMN_HEADER, placeKoladaId, tableEnd, type IdPlacement } from './link';
export { positionText, rankOf } from './rank';
export { chooseYear, koladaRequest, planKolada, tableYear, targetCell, type KoladaPlan, type KoladaPlanOptions } from './plan';
export { findLedger, isLedgerTitle, readLedger, type LedgerEntry } from './ledger';
export { outcomeLine, outcomeText, PROBLEM_KINDS } from './messages';
export type * from './types';
