// `npm start`: the dev server on https://localhost:3000 with Office.js served from the add-in's
// own origin (OFFICE_JS=local). With Excel desktop (Windows/macOS) it also sideloads
// manifest.xml through office-addin-debugging, fetched by npx on demand: as a devDependency it
// would pull hundreds of MB. Elsewhere it prints how to upload the manifest to Excel on the web.
// Options: --port N (default 3000; manifest.xml names 3000), --no-sideload.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";
import { chooseDevCertificate } from "./dev-certs.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const portArg = args.indexOf("--port");
const port = portArg >= 0 ? Number(args[portArg + 1]) : 3000;
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`start: --port expects a port number (1-65535), got "${args[portArg + 1]}"`);
  process.exit(2);
}
const sideload = !args.includes("--no-sideload");
const SIDELOAD = ["--yes", "office-addin-debugging@5"];

/** Excel desktop's executable when installed (Windows, macOS), else undefined. */
function excelDesktop() {
  if (process.platform === "darwin") {
    const app = "/Applications/Microsoft Excel.app";
    return existsSync(app) ? app : undefined;
  }
  if (process.platform === "win32") {
    const roots = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean);
    return roots
      .map((dir) => join(dir, "Microsoft Office", "root", "Office16", "EXCEL.EXE"))
      .find((exe) => existsSync(exe));
  }
  return undefined;
}

function npx(npxArgs) {
  const command = process.platform === "win32" ? "npx.cmd" : "npx";
  return spawn(command, npxArgs, {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
}

/** True when localhost:port can be listened on (webpack-dev-server throws uncaught if not). */
function portFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "localhost", () => probe.close(() => resolve(true)));
  });
}

if (!(await portFree(port))) {
  console.error(
    `start: port ${port} is already in use (another npm start?). Stop that server, or run ` +
      "`npm start -- --port <n>` (manifest.xml expects 3000).",
  );
  process.exit(1);
}

process.env.OFFICE_JS = "local";
process.env.SANAQ_DEV_PORT = String(port);
const config = require(join(root, "webpack.config.js"))({}, { mode: "development" });
const certificate = chooseDevCertificate();
const devServer = { ...config.devServer, port, server: certificate.server };
const compiler = webpack(config);
const server = new WebpackDevServer(devServer, compiler);
await server.start();

const url = `https://localhost:${port}/taskpane.html`;
console.log(`\n${certificate.message}\n`);
console.log(`Sanaq dev server: ${url}`);

const excel = sideload ? excelDesktop() : undefined;
let sideloaded = false;
if (excel) {
  console.log(`Excel desktop found (${excel}): sideloading manifest.xml...`);
  const child = npx([
    ...SIDELOAD,
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "excel",
    "--dev-server-port",
    String(port),
  ]);
  sideloaded = true;
  child.on("exit", (code) => {
    if (code !== 0)
      console.error(`Sideloading failed (exit ${code}); upload manifest.xml by hand.`);
  });
} else {
  console.log(
    [
      "No Excel desktop here. To use the add-in in Excel on the web:",
      "  1. trust the certificate above, and open the URL once in this browser;",
      "  2. open a workbook at https://excel.cloud.microsoft (or office.com);",
      "  3. Home > Add-ins > More add-ins > Upload My Add-in, choose manifest.xml from this folder.",
      `Preview in a plain browser (no Excel): ${url}`,
      "Press Ctrl+C to stop.",
    ].join("\n"),
  );
}

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  if (sideloaded) npx([...SIDELOAD, "stop", "manifest.xml"]);
  await server.stop();
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
