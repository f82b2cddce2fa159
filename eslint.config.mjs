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
);
