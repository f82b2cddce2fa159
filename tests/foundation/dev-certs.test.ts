// The dev server's certificate choice: trusted dev certs, else their untrusted files, else
// webpack-dev-server's self-signed one; each with a message saying what to do.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { chooseDevCertificate } from "../../scripts/dev-certs.mjs";

const dirs: string[] = [];
function certDir(withFiles: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), "sanaq-certs-"));
  dirs.push(dir);
  if (withFiles) {
    writeFileSync(join(dir, "ca.crt"), "CA");
    writeFileSync(join(dir, "localhost.crt"), "CERT");
    writeFileSync(join(dir, "localhost.key"), "KEY");
  }
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("chooseDevCertificate", () => {
  it("uses the office-addin-dev-certs files when their CA is trusted", () => {
    const chosen = chooseDevCertificate({ trust: () => undefined, certDir: certDir(true) });
    expect(chosen.kind).toBe("trusted");
    expect(chosen.server).toEqual({
      type: "https",
      options: { cert: Buffer.from("CERT"), key: Buffer.from("KEY"), ca: Buffer.from("CA") },
    });
  });

  it("falls back to the generated files when trusting the CA failed, and says how to trust it", () => {
    const dir = certDir(true);
    const chosen = chooseDevCertificate({ trust: () => "sudo: not found", certDir: dir });
    expect(chosen.kind).toBe("untrusted-files");
    expect(chosen.server).toMatchObject({ type: "https" });
    expect(chosen.message).toContain("sudo: not found");
    expect(chosen.message).toContain(join(dir, "ca.crt"));
    expect(chosen.message).toMatch(/NOT trusted/);
    expect(chosen.message).toMatch(/npx office-addin-dev-certs install/);
  });

  it("falls back to webpack-dev-server's self-signed certificate when there are no files", () => {
    const chosen = chooseDevCertificate({ trust: () => "openssl failed", certDir: certDir(false) });
    expect(chosen.kind).toBe("self-signed");
    expect(chosen.server).toBe("https");
    expect(chosen.message).toMatch(/self-signed/);
    expect(chosen.message).toContain("openssl failed");
  });
});
