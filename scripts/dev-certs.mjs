// Chooses the HTTPS certificate of the dev server, best first:
//  1. office-addin-dev-certs, trusted on this machine (getHttpsServerOptions);
//  2. the files it generated in ~/.office-addin-dev-certs, when it could not trust its CA
//     (on Linux it needs sudo; here it throws);
//  3. webpack-dev-server's own self-signed certificate (server: "https").
// Excel only loads the pane from a certificate the machine trusts, so the returned message
// says which one is used and what the user must do.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export const CERT_DIR = join(homedir(), ".office-addin-dev-certs");

/**
 * Runs getHttpsServerOptions() in a child process without a terminal: its CA install step
 * calls sudo (Linux) or a trust prompt, and sudo must fail fast rather than wait for a
 * password nobody is asked for. Resolves to undefined on success, else the reason.
 */
export function trustOfficeAddinDevCerts() {
  const script =
    'require("office-addin-dev-certs").getHttpsServerOptions()' +
    ".then(() => process.exit(0), (e) => { process.stderr.write(String(e && e.message || e)); process.exit(1); });";
  const run = spawnSync(process.execPath, ["-e", script], {
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    timeout: 120_000,
    // A new session has no controlling terminal, so sudo cannot prompt (POSIX only).
    detached: process.platform !== "win32",
  });
  if (run.status === 0) return undefined;
  const why = (run.stderr || run.error?.message || `exit ${run.status}`).trim();
  return why.split("\n").filter(Boolean).slice(-2).join(" ");
}

/**
 * @param {{ trust?: () => string | undefined, certDir?: string }} [deps]
 * @returns {{ kind: "trusted" | "untrusted-files" | "self-signed", server: unknown, message: string }}
 */
export function chooseDevCertificate(deps = {}) {
  const trust = deps.trust ?? trustOfficeAddinDevCerts;
  const certDir = deps.certDir ?? CERT_DIR;
  const files = {
    ca: join(certDir, "ca.crt"),
    cert: join(certDir, "localhost.crt"),
    key: join(certDir, "localhost.key"),
  };
  const failure = trust();
  const haveFiles = existsSync(files.cert) && existsSync(files.key);
  if (haveFiles) {
    const options = { cert: readFileSync(files.cert), key: readFileSync(files.key) };
    if (existsSync(files.ca)) options.ca = readFileSync(files.ca);
    const server = { type: "https", options };
    if (failure === undefined) {
      return {
        kind: "trusted",
        server,
        message: `HTTPS: using the Office add-in developer certificate from ${certDir}, trusted on this machine; Excel can load the pane.`,
      };
    }
    return {
      kind: "untrusted-files",
      server,
      message:
        `HTTPS: using the certificate office-addin-dev-certs generated in ${certDir}, but its CA ` +
        `is NOT trusted on this machine (${failure}). Excel will not load the pane (browsers warn) ` +
        `until you trust ${files.ca}: run \`npx office-addin-dev-certs install\` as a user who ` +
        `may change the trust store, or import ca.crt yourself (Debian: sudo cp ${files.ca} ` +
        `/usr/local/share/ca-certificates/office-addin-dev-ca.crt && sudo update-ca-certificates; ` +
        `Windows/macOS: add it to the trusted root authorities / keychain), then restart npm start.`,
    };
  }
  return {
    kind: "self-signed",
    server: "https",
    message:
      `HTTPS: using webpack-dev-server's own self-signed certificate, because ` +
      `office-addin-dev-certs failed (${failure ?? "no certificate files"}) and left no ` +
      `certificate in ${certDir}. Excel will not load the pane from it: run ` +
      `\`npx office-addin-dev-certs install\` (needs admin rights to trust its CA) and restart ` +
      `npm start; to preview in a browser only, open the URL and accept the certificate warning.`,
  };
}
