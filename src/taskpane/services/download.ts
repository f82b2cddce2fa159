// Saves text as a file through a Blob URL (works in the task pane's browser and in a plain one).

export function downloadText(
  text: string,
  fileName: string,
  type = "text/csv;charset=utf-8",
): void {
  // The byte order mark makes Excel read the CSV as UTF-8 (Cyrillic and Kazakh letters).
  const blob = new Blob(["\uFEFF", text], { type });
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
