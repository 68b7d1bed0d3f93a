// Builds the front-end assets that Django serves: only the NL Design System CSS that our templates use
// (PurgeCSS over the Utrecht component library and NL Design System's neutral Voorbeeld theme tokens, then
// minified), and htmx. The tokens are the Voorbeeld theme's, not a municipality's house style: an organisation that
// offers Wegwijzer adds its own colours and logo on top (core/theme.py).
// The output is committed, so that a fresh machine with only Python needs no npm; CI rebuilds and checks drift.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { PurgeCSS } from "purgecss";
import { transform } from "lightningcss";

const out = "src/wegwijzer/core/static/wegwijzer";
mkdirSync(out, { recursive: true });

const sources = [
  "node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css",
  "node_modules/@utrecht/component-library-css/dist/index.css",
  "src/wegwijzer/core/assets/wegwijzer.css",
];

const [result] = await new PurgeCSS().purge({
  // read-aloud.js makes its button with a class of its own.
  content: ["src/wegwijzer/**/templates/**/*.html", "src/wegwijzer/**/*.py", "src/wegwijzer/core/static/wegwijzer/read-aloud.js"],
  css: [{ raw: sources.map((path) => readFileSync(path, "utf8")).join("\n") }],
  variables: true,
  // The theme class itself (its tokens are custom properties, kept where a kept rule uses them).
  safelist: { standard: ["voorbeeld-theme"] },
  // Class names in templates may be built with Django template tags; this keeps the parts as words.
  defaultExtractor: (content) => content.match(/[A-Za-z0-9_-]+/g) || [],
});

const { code } = transform({
  filename: "nlds.css",
  code: Buffer.from(result.css),
  minify: true,
  targets: { chrome: 100 << 16, firefox: 100 << 16, safari: 15 << 16 },
});
writeFileSync(`${out}/wegwijzer.min.css`, code);
copyFileSync("node_modules/htmx.org/dist/htmx.min.js", `${out}/htmx.min.js`);
console.log(`wegwijzer.min.css: ${code.length} bytes`);
