/** User-facing adapter errors in Swedish and English (HostError messages are shown verbatim). */
import type { Lang } from '../../engine/types';

export const HOST_MESSAGES = {
  protected: {
    sv: (s: string) => `Bladet ”${s}” är skyddat. Ta bort bladskyddet (Granska › Ta bort skydd) och försök igen.`,
    en: (s: string) => `The sheet "${s}" is protected. Unprotect it (Review › Unprotect Sheet) and try again.`,
  },
  cellEdit: {
    sv: () => 'Lämna redigeringsläget i cellen och försök igen.',
    en: () => 'Leave cell editing mode and try again.',
  },
  requirementSet: {
    sv: () => 'Den här versionen av Excel är för gammal för Planark (ExcelApi 1.12 krävs). Uppdatera Excel eller använd Excel på webben.',
    en: () => 'This version of Excel is too old for Planark (ExcelApi 1.12 is required). Update Excel or use Excel on the web.',
  },
  unsupportedHost: {
    sv: () => 'Planark fungerar bara i Excel.',
    en: () => 'Planark works in Excel only.',
  },
  notOwned: {
    sv: (s: string) => `Bladet ”${s}” är ditt eget; Planark skriver inte över det. Byt namn på bladet och försök igen.`,
    en: (s: string) => `The sheet "${s}" is your own; Planark will not write over it. Rename the sheet and try again.`,
  },
  other: {
    sv: (m: string) => `Excel kunde inte utföra åtgärden: ${m}`,
    en: (m: string) => `Excel could not complete the action: ${m}`,
  },
  mappingsIgnored: {
    sv: () => 'Sparade kolumnval i arbetsboken kunde inte läsas och används inte.',
    en: () => 'Stored column choices in the workbook could not be read and are not used.',
  },
} as const;

export function langOf(displayLanguage: string | undefined): Lang {
  return (displayLanguage ?? '').toLowerCase().startsWith('sv') ? 'sv' : 'en';
}
