// Builds the front-end assets that Django serves: only the NL Design System CSS that our templates use
// (PurgeCSS over the Utrecht component library and design tokens, then minified), and htmx.
// The output is committed, so that a fresh machine with only Python needs no npm; CI rebuilds and checks drift.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { PurgeCSS } from "purgecss";
import { transform } from "lightningcss";

const out = "src/wegwijzer/core/static/wegwijzer";
mkdirSync(out, { recursive: true });

const sources = [
  "node_modules/@utrecht/design-tokens/dist/index.css",
  "node_modules/@utrecht/component-library-css/dist/index.css",
  "src/wegwijzer/core/assets/wegwijzer.css",
];

const [result] = await new PurgeCSS().purge({
  content: ["src/wegwijzer/**/templates/**/*.html", "src/wegwijzer/**/*.py"],
  css: [{ raw: sources.map((path) => readFileSync(path, "utf8")).join("\n") }],
  variables: true,
  // Only the theme class itself: its modifiers (e.g. the dark-mode tokens of utrecht-theme--media-query, ~15 kB)
  // stay only when a template uses them, which the extractor sees like any other class.
  safelist: { standard: ["utrecht-theme"] },
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
