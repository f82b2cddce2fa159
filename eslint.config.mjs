import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "lib/", "out/", "coverage/"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    // Browser timers are globals: declared so no-implied-eval sees setTimeout("code").
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: {
      globals: { setTimeout: "readonly", setInterval: "readonly", window: "readonly" },
    },
  },
  {
    // No HTML built from data: React renders text, never markup strings.
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name=/^(dangerouslySetInnerHTML|srcDoc)$/]",
          message: "No HTML from data: render text with React elements instead.",
        },
        {
          selector:
            "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]",
          message: "No HTML from data: set textContent or render with React.",
        },
        {
          selector:
            "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]",
          message: "No HTML from data: build DOM nodes or render with React.",
        },
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write/]",
          message: "No HTML from data: build DOM nodes or render with React.",
        },
      ],
    },
  },
  {
    // Node's CommonJS files: webpack's config and its helpers load with require().
    files: ["**/*.cjs", "webpack.config.js", "scripts/**/*.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The domain layer stays pure: no Office, React, DOM or Node.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["react*", "@fluentui/*", "node:*", "fs", "path", "exceljs"] },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "document", "window", "process"],
    },
  },
  {
    // The workbook plan is pure too; it may read the domain, nothing that runs a host.
    files: ["src/workbook/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["react*", "@fluentui/*", "node:*", "fs", "path", "exceljs", "**/excel/*"] },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "document", "window", "process"],
    },
  },
  {
    // Only src/excel touches Office.js: the pane calls it through src/excel.
    files: [
      "src/taskpane/**/*.{ts,tsx}",
      "src/i18n/**/*.ts",
      "src/cli/**/*.ts",
      "src/xlsx/**/*.ts",
    ],
    rules: {
      "no-restricted-globals": ["error", "Excel"],
      "no-restricted-properties": [
        "error",
        { object: "Office", property: "context", message: "Office.js belongs in src/excel." },
        { object: "Office", property: "onReady", message: "Office.js belongs in src/excel." },
      ],
    },
  },
);
