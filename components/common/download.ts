// Saves text as a file through a Blob URL and a temporary <a download>.
export function downloadText(fileName: string, text: string, mime: string): void {
  // A BOM lets spreadsheet apps read UTF-8 CSV (Japanese text) correctly.
  const body = mime.startsWith('text/csv') ? '\uFEFF' + text : text;
  const url = URL.createObjectURL(new Blob([body], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: the download starts asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
