// One TypeScript pipeline (ts-loader, transpile only; `npm run typecheck` does the types).
// `npm run build` writes dist/ for production; OFFICE_JS=local (set by `npm start` and tests)
// serves Office.js from the add-in's own origin instead of Microsoft's CDN.
"use strict";
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { BundleSizePlugin } = require("./scripts/bundle-size-plugin");
const { contentSecurityPolicy, OFFICE_JS_CDN_URL } = require("./scripts/csp");
const {
  inlineScriptHashes,
  prerenderShell,
  unsupportedHostScript,
} = require("./scripts/prerender");

// manifest.xml names port 3000; scripts/start.mjs --port sets another for tests.
const DEV_SERVER_PORT = Number(process.env.SANAQ_DEV_PORT) || 3000;

/** Fluent's web themes, evaluated here once so the bundle needs no theme-building code. */
function fluentThemes() {
  const { webLightTheme, webDarkTheme } = require("@fluentui/react-components");
  return { light: webLightTheme, dark: webDarkTheme };
}

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  const localOfficeJs = process.env.OFFICE_JS === "local";
  const officeJsUrl = localOfficeJs ? "office-js/office.js" : OFFICE_JS_CDN_URL;
  const themes = fluentThemes();

  return {
    mode: production ? "production" : "development",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    // Never an eval-based devtool: the page's CSP has no 'unsafe-eval'.
    devtool: "source-map",
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    // webpack's own HTML minimizer (experiments.html) is off for taskpane.html: it would rewrite
    // the inline script the CSP admits by hash and drop the comments React's hydration reads
    // (<!--$-->). html-webpack-plugin minifies the page around the prerendered shell instead.
    optimization: { minimizeOptions: { html: false } },
    performance: { hints: false }, // BundleSizePlugin reports against the gzip target instead
    stats: production ? "normal" : "minimal", // the dev server would list 700+ office-js files
    plugins: [
      // src/taskpane/theme.ts and dark-theme.ts: Fluent's light and dark themes as plain objects.
      new webpack.DefinePlugin({
        __SANAQ_LIGHT_THEME__: JSON.stringify(themes.light),
        __SANAQ_DARK_THEME__: JSON.stringify(themes.dark),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // The bundle is not a <script defer>: taskpane.html preloads it and
        // src/taskpane/run-after-paint.js runs it after the shell's first frame.
        inject: false,
        // html-webpack-plugin's defaults, with quotes dropped as webpack's minimizer did; the
        // shell between <!-- htmlmin:ignore --> marks is left exactly as React wrote it.
        minify: production && {
          collapseWhitespace: true,
          removeComments: true,
          removeRedundantAttributes: true,
          removeScriptTypeAttributes: true,
          removeStyleLinkTypeAttributes: true,
          useShortDoctype: true,
          removeAttributeQuotes: true,
        },
        // The shell is rendered again at each build (scripts/prerender.js), so it is always the
        // tree the bundle hydrates.
        templateParameters: (_compilation, assets) => ({
          contentSecurityPolicy: contentSecurityPolicy({
            devServer: !production,
            devServerPort: DEV_SERVER_PORT,
            scriptHashes: inlineScriptHashes(),
          }),
          officeJsUrl,
          unsupportedHostTag: `<script>${unsupportedHostScript()}</script>`,
          shell: prerenderShell(themes, { production }),
          entryScripts: assets.js,
        }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "assets", to: "assets" },
          { from: "seeds", to: "seeds" },
          ...(localOfficeJs
            ? [
                {
                  from: "node_modules/@microsoft/office-js/dist",
                  to: "office-js",
                  // Already minified: without this, production mode runs Terser over 80 MB.
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
      // The size target is for the minified production bundle only.
      ...(production ? [new BundleSizePlugin()] : []),
    ],
    devServer: {
      port: DEV_SERVER_PORT,
      host: "localhost",
      // Certificates are chosen by scripts/start.mjs; plain `webpack serve` uses its own.
      server: "https",
      static: false,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};

module.exports.DEV_SERVER_PORT = DEV_SERVER_PORT;
