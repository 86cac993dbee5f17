/**
 * Why a package was refused or could not be patched. `code` is stable; the shells (CLI, preview)
 * turn it into one line in the user's language. `detail` names the part, sheet or limit involved.
 */
export type PackageErrorCode =
  /** Not a zip at all, or a zip this reader cannot follow (encrypted entries, unknown compression). */
  | 'not-zip'
  /** A zip, but no spreadsheet inside (a .docx, any other archive). */
  | 'not-workbook'
  /** The zip's structure is broken (offsets out of bounds, sizes that do not match their data). */
  | 'corrupt'
  /** Unpacks beyond the configured limits (a zip bomb, or simply too large to handle safely). */
  | 'too-large'
  /** A part the workbook needs is missing (`detail` is the part name; `sheet` the sheet that needs it). */
  | 'missing-part';

export class PackageError extends Error {
  constructor(
    readonly code: PackageErrorCode,
    readonly detail: string = '',
    readonly sheet?: string,
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}${sheet ? ` (sheet ${sheet})` : ''}`);
  }
}

/** Refusal to touch a sheet Planark does not own (the engine should have picked a free name). */
export class NotOwnedError extends Error {
  constructor(readonly sheet: string) {
    super(`Sheet "${sheet}" belongs to the user; Planark will not write over it.`);
  }
}
