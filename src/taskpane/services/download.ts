// Saves text as a file through a Blob URL (works in the task pane's browser and in a plain one).

export function downloadText(
  text: string,
  fileName: string,
  type = "text/csv;charset=utf-8",
): void {
  // The text is the whole file: a CSV brings its own byte order mark (conflict-csv.ts).
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
