/// <reference types="office-js" />
/**
 * The ribbon command's result dialog: shows the message passed in the address (as text, never as
 * HTML) and tells the command when the user is done with it.
 */
export function renderResult(doc: Document, search: string): void {
  const q = new URLSearchParams(search);
  const lang = q.get('lang') === 'en' ? 'en' : 'sv';
  doc.documentElement.lang = lang;
  const text = doc.getElementById('message');
  if (text) text.textContent = q.get('m') ?? '';
  const title = doc.getElementById('title');
  if (title) title.textContent = q.get('ok') === '0' ? (lang === 'sv' ? 'Det gick inte' : 'It did not work') : 'Planark';
  doc.body.dataset.ok = q.get('ok') === '0' ? 'false' : 'true';
  const button = doc.getElementById('close') as HTMLButtonElement | null;
  if (button) {
    button.textContent = 'OK';
    button.addEventListener('click', () => {
      if (typeof Office !== 'undefined') Office.context.ui.messageParent('close');
    });
    button.focus();
  }
}

if (typeof document !== 'undefined' && document.getElementById('message')) {
  const start = () => renderResult(document, window.location.search);
  if (typeof Office !== 'undefined') void Office.onReady(start);
  else start();
}
