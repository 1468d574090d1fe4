/**
 * Saves a Blob as a file through a temporary `<a download>`: the bearer token stays in the fetch that
 * produced the Blob, never in a URL. The object URL is released once the browser has taken the file.
 */
export function saveBlob(blob: Blob, filename: string, container: Node & ParentNode): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  container.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
