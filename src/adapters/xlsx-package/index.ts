/**
 * The workbook package patcher (SPEC §9): opens an .xlsx/.xlsm under zip-bomb limits, checks the
 * parts a workbook needs, and writes Planark's edits by changing only what they change. Isomorphic:
 * the CLI and the browser preview both write through it.
 */
export { openPackage, partText, type WorkbookPackage, type PackageSheet } from './package';
export { patchPackage, type PatchResult } from './patch';
export { PackageError, NotOwnedError, type PackageErrorCode } from './errors';
export { DEFAULT_LIMITS, type RawDeflate, type RawInflate, type ZipLimits } from './zip';
export { WORKBOOK_KINDS } from './opc';
