// The log page's map as a standalone script (public/map/map.js and map.css): the public log is
// served without Next's client runtime (pages/index.tsx), and its «show map» button loads this
// module only when a reader asks for the map. Bundled from app/(public)/_components/map-main.ts
// with Leaflet, clustering and their styles. Run by scripts/build.mjs before `next build`.
import { rmSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

export async function buildMap() {
  const outdir = path.join(root, "public", "map");
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: {
      loader: path.join(root, "app", "(public)", "_components", "map-loader.ts"),
      map: path.join(root, "app", "(public)", "_components", "map-main.ts"),
    },
    bundle: true,
    format: "esm",
    minify: true,
    target: "es2020",
    outdir,
    loader: { ".png": "file", ".svg": "file" },
    assetNames: "[name]-[hash]",
    legalComments: "none",
    logLevel: "warning",
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(root, "scripts", "build-map.mjs")) await buildMap();
