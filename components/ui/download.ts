/**
 * Hands the browser a file to save, made from text on the page (a CSV of a chart, a progress
 * file): built only when asked, as a Blob link, so nothing is stored and no server is needed.
 */
export function downloadText(text: string, filename: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers read the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
