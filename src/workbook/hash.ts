// FNV-1a (32 bit) of a JSON value: a short stable fingerprint, not a security hash.
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

export function hashOf(value: unknown): string {
  return fnv1a(JSON.stringify(value));
}
