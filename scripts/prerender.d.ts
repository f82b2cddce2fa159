// Types of scripts/prerender.js, for the tests that import it.
export declare function prerenderShell(
  themes: { light: object; dark: object },
  options?: { production?: boolean },
): {
  head: string;
  body: string;
};
export declare function shellLanguageScript(): string;
export declare function shellLanguageScriptHash(): string;
export declare function unsupportedHostScript(): string;
export declare function inlineScriptHashes(): string[];
