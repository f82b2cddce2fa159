// Types of scripts/dev-certs.mjs, for the tests that import it.
export declare const CERT_DIR: string;
export declare function trustOfficeAddinDevCerts(): string | undefined;
export interface DevCertificate {
  kind: "trusted" | "untrusted-files" | "self-signed";
  server: "https" | { type: "https"; options: { cert: Buffer; key: Buffer; ca?: Buffer } };
  message: string;
}
export declare function chooseDevCertificate(deps?: {
  trust?: () => string | undefined;
  certDir?: string;
}): DevCertificate;
