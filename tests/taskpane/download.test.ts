// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { downloadText } from "../../src/taskpane/services/download";

afterEach(() => vi.unstubAllGlobals());

/** jsdom's Blob has no arrayBuffer(); its FileReader does. */
function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

describe("CSV download", () => {
  it("saves the text as given (a CSV brings its BOM) through a Blob URL, then frees the URL", async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    const revoked: string[] = [];
    vi.stubGlobal("URL", {
      ...URL,
      createObjectURL: (b: Blob) => (blobs.push(b), "blob:sanaq/1"),
      revokeObjectURL: (u: string) => revoked.push(u),
    });
    const clicked: { href: string; download: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download });
    });
    try {
      downloadText("\ufeffРегион\r\nЖамбыл\r\n", "sanaq-conflicts-ru.csv");
      expect(clicked).toEqual([{ href: "blob:sanaq/1", download: "sanaq-conflicts-ru.csv" }]);
      expect(document.querySelector("a")).toBeNull();
      vi.advanceTimersByTime(1000);
      expect(revoked).toEqual(["blob:sanaq/1"]);
      vi.useRealTimers(); // jsdom's FileReader runs on timers
      const bytes = new Uint8Array(await bytesOf(blobs[0]!));
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(bytes.slice(3))).toBe("Регион\r\nЖамбыл\r\n");
      expect(blobs[0]!.type).toBe("text/csv;charset=utf-8");
    } finally {
      click.mockRestore();
      vi.useRealTimers();
    }
  });
});
