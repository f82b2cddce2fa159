// Types of scripts/api-sets.mjs, for the test that checks the generated table.
export interface ApiSetEntry {
  set: string;
  version: string;
  write?: string;
  note?: string;
}
export declare const DTS: string;
export declare const OUT: string;
export declare const MODELED_TYPES: string[];
export declare function parseAnnotation(text: string): ApiSetEntry | undefined;
export declare function apiSetTable(dts: string, types?: string[]): Record<string, ApiSetEntry>;
export declare function renderTable(table: Record<string, ApiSetEntry>): string;
export declare function generated(): string;
