// manifest.xml: valid against the Office add-in schemas (offline), asks for no more than it
// needs, and every icon it names exists in assets/ at the size it claims.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { validateXML, type XMLValidationResult } from "xmllint-wasm";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");
const schemaDir = join(root, "tests", "fixtures", "manifest-schemas");
const ENTRY_SCHEMA = "OfficeAppManifestV1_1.xsd";
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

function validateManifest(xml: string): Promise<XMLValidationResult> {
  const schemas = readdirSync(schemaDir).filter((f) => f.endsWith(".xsd"));
  const file = (fileName: string) => ({
    fileName,
    contents: readFileSync(join(schemaDir, fileName), "utf8"),
  });
  return validateXML({
    xml: { fileName: "manifest.xml", contents: xml },
    schema: file(ENTRY_SCHEMA),
    preload: schemas.filter((f) => f !== ENTRY_SCHEMA).map(file),
  });
}

/** Width and height from a PNG's IHDR chunk (bytes 16..24), after checking the signature. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  const signature = "89504e470d0a1a0a";
  if (
    bytes.subarray(0, 8).toString("hex") !== signature ||
    bytes.toString("ascii", 12, 16) !== "IHDR"
  ) {
    throw new Error(`${path}: not a PNG (no signature or IHDR chunk)`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml against the Office add-in schemas", () => {
  it("is valid", async () => {
    const result = await validateManifest(manifest);
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("rejects a manifest without its required Id", async () => {
    const broken = manifest.replace(/<Id>[^<]*<\/Id>/, "");
    expect(broken).not.toBe(manifest);
    const result = await validateManifest(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.message).join("\n")).toMatch(/Id/);
  });

  it("rejects a manifest with an unknown Permissions value", async () => {
    const broken = manifest.replace(
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>Everything</Permissions>",
    );
    expect(broken).not.toBe(manifest);
    const result = await validateManifest(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.message).join("\n")).toMatch(/Permissions/);
  });
});

describe("manifest.xml asks for little", () => {
  it("asks for ReadWriteDocument only", () => {
    const permissions = [...manifest.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map(
      (m) => m[1],
    );
    expect(permissions).toEqual(["ReadWriteDocument"]);
  });

  it("needs ExcelApi 1.9 at most", () => {
    const sets = [...manifest.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\s*\/>/g)];
    const excel = sets.filter((m) => m[1] === "ExcelApi").map((m) => Number(m[2]));
    expect(excel).toHaveLength(1);
    expect(excel[0]).toBeLessThanOrEqual(1.9);
  });

  it("is a Workbook task pane with a Home-tab button that opens the pane", () => {
    expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
    expect(manifest).toMatch(/<Host Name="Workbook"\s*\/>/);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(manifest).toMatch(/<Override Locale="ru-RU" Value="Санақ"\s*\/>/);
    expect(manifest).toMatch(/<Override Locale="kk-KZ" Value="Санақ"\s*\/>/);
  });
});

describe("manifest.xml icons", () => {
  // Icon URLs: IconUrl, HighResolutionIconUrl and the ribbon's bt:Image resources.
  const iconUrls = [
    ...manifest.matchAll(/<IconUrl DefaultValue="([^"]+)"/g),
    ...manifest.matchAll(/<HighResolutionIconUrl DefaultValue="([^"]+)"/g),
    ...manifest.matchAll(/<bt:Image id="[^"]+" DefaultValue="([^"]+)"/g),
  ].map((m) => m[1] ?? "");

  it("names five icons (IconUrl, HighResolutionIconUrl and the ribbon's three)", () => {
    expect(iconUrls).toHaveLength(5);
  });

  for (const url of iconUrls) {
    it(`${url} is a PNG in assets/ of the size it claims`, () => {
      const match = /^https:\/\/localhost:3000\/assets\/(icon-(\d+)\.png)$/.exec(url);
      expect(
        match,
        `${url} should be https://localhost:3000/assets/icon-<size>.png`,
      ).not.toBeNull();
      const [, file = "", size = ""] = match ?? [];
      expect(pngSize(join(root, "assets", file))).toEqual({
        width: Number(size),
        height: Number(size),
      });
    });
  }

  it("the ribbon's images have the size their id says", () => {
    const images = [
      ...manifest.matchAll(/<bt:Image id="Icon\.(\d+)x(\d+)" DefaultValue="[^"]*icon-(\d+)\.png"/g),
    ];
    expect(images).toHaveLength(3);
    for (const [, w, h, file] of images) {
      expect(w).toBe(h);
      expect(file).toBe(w);
    }
  });

  it("IconUrl is 32 px and HighResolutionIconUrl 64 px", () => {
    expect(/<IconUrl DefaultValue="[^"]*icon-(\d+)\.png"/.exec(manifest)?.[1]).toBe("32");
    expect(/<HighResolutionIconUrl DefaultValue="[^"]*icon-(\d+)\.png"/.exec(manifest)?.[1]).toBe(
      "64",
    );
  });

  it("assets/ has the 16, 32, 64, 80 and 128 px icons", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(join(root, "assets", `icon-${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
  });
});
