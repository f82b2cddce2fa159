// Payload size of what the writer sends, to keep every sync below Excel on the web's 5 MB
// request limit.

/** UTF-8 bytes of the JSON text of `value` (how the request carries it). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** [start, end) row ranges whose estimated bytes stay at or below maxBytes (one row at least). */
export function chunkRows(rowBytes: number[], maxBytes: number): [number, number][] {
  const chunks: [number, number][] = [];
  let start = 0;
  let size = 0;
  rowBytes.forEach((b, i) => {
    if (i > start && size + b > maxBytes) {
      chunks.push([start, i]);
      start = i;
      size = 0;
    }
    size += b;
  });
  if (rowBytes.length > start) chunks.push([start, rowBytes.length]);
  return chunks;
}
