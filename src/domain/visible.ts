// Text from files shown inside a message: every character that draws nothing or reorders what
// is around it is written as \uXXXX. "2\u200B94" would read as 294, and U+202E (right-to-left
// override) turns the rest of the line around; in a message each must be seen.

/**
 * C0/C1 controls but tab, line feed and carriage return; soft hyphen; Arabic letter mark; the
 * Mongolian vowel separator; zero-width space, joiners and the LRM/RLM marks; line and paragraph
 * separators; the bidi embeddings, overrides and isolates; word joiner and invisible operators;
 * the deprecated format characters; BOM / zero-width no-break space; interlinear annotation
 * marks; the replacement character (bytes that were not text).
 */
const HIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ufffd]/g;

export function visible(text: string): string {
  return text.replace(HIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** visible(text), cut to `max` characters with "…" so one message stays readable. */
export function visibleShort(text: string, max: number): string {
  const shown = visible(text);
  return shown.length > max ? `${shown.slice(0, max)}…` : shown;
}
