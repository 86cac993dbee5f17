/**
 * A download in a browser page: the bytes as a Blob behind an `<a download>` click. Used by the
 * preview and by the task pane where the host's web view allows it (Excel on Windows and on the web).
 */
export function saveInBrowser(name: string, bytes: Uint8Array, mime: string, doc: Document = document): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start reading the Blob only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
