/** User-facing adapter errors in Swedish and English (HostError messages are shown verbatim). */
import type { Lang } from '../../engine/types';

export const HOST_MESSAGES = {
  protected: {
    sv: (s: string) => `Bladet ”${s}” är skyddat. Ta bort bladskyddet (Granska › Ta bort skydd) och försök igen.`,
    en: (s: string) => `The sheet "${s}" is protected. Unprotect it (Review › Unprotect Sheet) and try again.`,
  },
  protectedNoFormat: {
    sv: (s: string) => `Bladet ”${s}” är skyddat och skyddet tillåter inte att celler formateras. Ta bort bladskyddet (Granska › Ta bort skydd), eller skydda om bladet med ”Formatera celler” tillåtet, och försök igen.`,
    en: (s: string) => `The sheet "${s}" is protected and its protection does not allow formatting cells. Unprotect it (Review › Unprotect Sheet), or protect it again with "Format cells" allowed, and try again.`,
  },
  structureProtected: {
    sv: (s: string) => `Arbetsbokens struktur är skyddad, så Planark kan inte lägga till bladet ”${s}”. Ta bort skyddet (Granska › Skydda arbetsbok) och försök igen.`,
    en: (s: string) => `The workbook's structure is protected, so Planark cannot add the sheet "${s}". Remove the protection (Review › Protect Workbook) and try again.`,
  },
  accessDenied: {
    sv: () => 'Excel nekade ändringen. Arbetsboken kan vara öppnad som skrivskyddad, eller så saknar du behörighet att redigera den. Öppna den för redigering och försök igen.',
    en: () => 'Excel refused the change. The workbook may be open read-only, or you may not have permission to edit it. Open it for editing and try again.',
  },
  cellEdit: {
    sv: () => 'Lämna redigeringsläget i cellen (tryck Enter eller Esc) och försök igen.',
    en: () => 'Leave cell editing mode (press Enter or Esc) and try again.',
  },
  requirementSet: {
    sv: (v: string) => `Den här versionen av Excel är för gammal för Planark (ExcelApi ${v} krävs). Uppdatera Excel eller använd Excel på webben.`,
    en: (v: string) => `This version of Excel is too old for Planark (ExcelApi ${v} is required). Update Excel or use Excel on the web.`,
  },
  cannotDownload: {
    sv: () => 'Den här Excel-versionen kan inte ladda ned filer (Excel för Mac och iPad). Skapa rapporten som ett blad i arbetsboken i stället.',
    en: () => 'This version of Excel cannot download files (Excel for Mac and iPad). Make the report as a sheet in the workbook instead.',
  },
  unsupportedHost: {
    sv: () => 'Planark fungerar bara i Excel.',
    en: () => 'Planark works in Excel only.',
  },
  notOwned: {
    sv: (s: string) => `Bladet ”${s}” är ditt eget; Planark skriver inte över det. Byt namn på bladet och försök igen.`,
    en: (s: string) => `The sheet "${s}" is your own; Planark will not write over it. Rename the sheet and try again.`,
  },
  payload: {
    sv: () => 'Arbetsboken är för stor för att Excel ska kunna skicka den till Planark, även i små delar. Öppna den i Excel för skrivbordet, eller dela upp de största bladen, och försök igen.',
    en: () => 'The workbook is too large for Excel to send to Planark, even in small parts. Open it in desktop Excel, or split the largest sheets, and try again.',
  },
  gone: {
    sv: () => 'Ett blad som Planark arbetade med togs bort eller bytte namn under tiden (kanske av en medförfattare). Kör Kontroll igen.',
    en: () => 'A sheet Planark was working on was removed or renamed meanwhile (perhaps by a co-author). Run the check again.',
  },
  goneAfterApply: {
    sv: (s: string) => `Bladet ”${s}” finns inte längre (borttaget under tiden, kanske av en medförfattare); dess färger skrevs inte. Övriga ändringar är gjorda. Kör Kontroll igen.`,
    en: (s: string) => `The sheet "${s}" no longer exists (removed meanwhile, perhaps by a co-author); its colours were not written. The other changes were made. Run the check again.`,
  },
  exists: {
    sv: () => 'Ett blad eller namn som Planark skulle skapa fanns redan (kanske skapat av en medförfattare just nu). Kör igen; Planark väljer då ett annat namn eller skriver över sitt eget blad.',
    en: () => 'A sheet or name Planark was about to create already existed (perhaps a co-author just made it). Run again; Planark then picks another name or rewrites its own sheet.',
  },
  general: {
    sv: () => 'Excel kunde inte slutföra åtgärden just nu (ett internt fel i Excel). Vänta en stund och försök igen; hjälper det inte, spara och öppna arbetsboken på nytt.',
    en: () => 'Excel could not complete the action just now (an internal Excel error). Wait a moment and try again; if that does not help, save and reopen the workbook.',
  },
  busy: {
    sv: () => 'Excel är upptaget eller avbröt begäran. Vänta en stund och försök igen.',
    en: () => 'Excel is busy or stopped the request. Wait a moment and try again.',
  },
  other: {
    sv: (m: string) => `Excel kunde inte utföra åtgärden: ${m}`,
    en: (m: string) => `Excel could not complete the action: ${m}`,
  },
  mappingsIgnored: {
    sv: () => 'Sparade kolumnval i arbetsboken kunde inte läsas och används inte.',
    en: () => 'Stored column choices in the workbook could not be read and are not used.',
  },
  settingsNotSaved: {
    sv: (m: string) => `Kolumnvalen kunde inte sparas i arbetsboken: ${m}. Försök igen.`,
    en: (m: string) => `The column choices could not be saved in the workbook: ${m}. Try again.`,
  },
} as const;

export function langOf(displayLanguage: string | undefined): Lang {
  return (displayLanguage ?? '').toLowerCase().startsWith('sv') ? 'sv' : 'en';
}
