// Builds the extension into dist/chromium and dist/firefox: the same bundles and pages, two manifests.
// Bundles are plain scripts (IIFE) with everything inlined: MV3 allows no remote code, and
// content scripts cannot be modules.
import { build } from "esbuild";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, "dist");
const entryPoints = {
  background: "src/background/background.ts",
  content: "src/content/content.ts",
  panel: "src/panel/panel.ts",
  options: "src/options/options.ts",
};

const chromium = JSON.parse(await readFile(join(root, "manifest.json"), "utf8"));

await rm(dist, { recursive: true, force: true });
for (const [target, manifest] of [["chromium", chromium], ["firefox", firefoxManifest(chromium)]]) {
  const out = join(dist, target);
  await mkdir(out, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints,
    outdir: out,
    bundle: true,
    format: "iife",
    target: ["chrome116", "firefox128"],
    legalComments: "none",
    logLevel: "warning",
  });
  await cp(join(root, "static"), out, { recursive: true });
  await writeFile(join(out, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
}

// Read by the end-to-end test to tell a current build from a stale one.
await writeFile(join(dist, "build-stamp.txt"), new Date().toISOString() + "\n");
console.log(`built ${join("dist", "chromium")} and ${join("dist", "firefox")}`);

/**
 * Firefox's differences (README, "Firefox"): no side_panel (a sidebar_action shows the same page),
 * an event page (background.scripts) instead of a service worker, an add-on id of its own, and no
 * "key" (that pins the Chromium extension id) or sidePanel permission.
 */
function firefoxManifest(base) {
  const { key: _key, side_panel: sidePanel, minimum_chrome_version: _minimum, background: _background, ...rest } = base;
  return {
    ...rest,
    permissions: base.permissions.filter((permission) => permission !== "sidePanel"),
    background: { scripts: ["background.js"] },
    sidebar_action: {
      default_panel: sidePanel.default_path,
      default_title: "KnowledgeBase",
      open_at_install: false,
    },
    browser_specific_settings: {
      gecko: { id: "browser-extension@knowledgebase.invalid", strict_min_version: "128.0" },
    },
  };
}
