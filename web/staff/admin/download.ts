/**
 * Saves text as a file the browser downloads, built in the page: no URL ever carries
 * its content or what it was asked for.
 */
export function downloadText(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download; the next task may free it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
