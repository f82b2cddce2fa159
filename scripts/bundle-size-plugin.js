// Prints the gzip size of the pane's own JavaScript after each build and writes
// dist/bundle-size.json ({ gzipBytes, rawBytes }) for the benchmarks. Office.js is not
// counted: it is copied (office-js/) or loaded from Microsoft's CDN, never bundled.
"use strict";
const { gzipSync } = require("node:zlib");

const TARGET_GZIP_BYTES = 250 * 1024;

class BundleSizePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BundleSizePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "BundleSizePlugin",
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT,
        },
        () => {
          // Only files produced from chunks: copied files (office-js/, seeds/) are not the pane's code.
          const files = new Set();
          for (const chunk of compilation.chunks) {
            for (const file of chunk.files) if (file.endsWith(".js")) files.add(file);
          }
          let rawBytes = 0;
          let gzipBytes = 0;
          for (const file of files) {
            const source = compilation.getAsset(file)?.source.buffer();
            if (!source) continue;
            rawBytes += source.length;
            gzipBytes += gzipSync(source, { level: 9 }).length;
          }
          const report = {
            gzipBytes,
            rawBytes,
            targetGzipBytes: TARGET_GZIP_BYTES,
            files: [...files].sort(),
          };
          compilation.emitAsset(
            "bundle-size.json",
            new compiler.webpack.sources.RawSource(JSON.stringify(report, null, 2) + "\n"),
          );
          const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
          const verdict = gzipBytes <= TARGET_GZIP_BYTES ? "within" : "OVER";
          console.log(
            `pane JavaScript: ${kb(gzipBytes)} gzip (${kb(rawBytes)} raw), ${verdict} the ${kb(TARGET_GZIP_BYTES)} gzip target`,
          );
        },
      );
    });
  }
}

module.exports = { BundleSizePlugin, TARGET_GZIP_BYTES };
