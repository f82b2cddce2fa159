// OOXML strings cannot carry a carriage return or most control characters as such (XML parsers
// turn CR into LF and reject the rest), so they are written as _xHHHH_ escapes, which Excel and
// LibreOffice decode; a literal "_xHHHH_" in the text is itself escaped as _x005F_xHHHH_.

export function encodeXlsxString(text: string): string {
  return text
    .replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]/g,
      (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    );
}

export function decodeXlsxString(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
