/**
 * One page (taskpane.html) hosts the task pane and the AR custom functions in the shared runtime.
 * Its single entry evaluates the functions entry first (registration happens at once), then the
 * task pane boot, which loads the React app lazily.
 *
 * Options (either `--env name=value` or an environment variable):
 *   origin   / HUIKUAN_ORIGIN    production URL folder dist/ is served from (manifest rewrite)
 *   officejs / HUIKUAN_OFFICEJS  "local": ship office.js inside dist/office-js/ (offline hosting)
 */
/* eslint-disable @typescript-eslint/no-require-imports -- webpack loads this file as CommonJS */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const ZhMetadataPlugin = require("./src/functions/metadata/ZhMetadataPlugin.cjs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DEV_ORIGIN, normalizeOrigin, rewriteManifestOrigin } = require("./scripts/manifest-origin.cjs");

const CATALOG_DIR = path.resolve(__dirname, "src/functions/catalog");
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_CDN_ORIGIN = "https://appsforoffice.microsoft.com";

/** Every catalog module, so a new file in src/functions/catalog/ is picked up without editing this. */
function catalogFiles() {
  return fs
    .readdirSync(CATALOG_DIR)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .sort()
    .map((f) => path.join(CATALOG_DIR, f));
}

/**
 * Kept strict: scripts only from the add-in itself and Microsoft's office.js CDN, no eval; styles
 * may be inline because Fluent UI (Griffel) inserts its rules at run time; no remote fonts or images.
 */
function contentSecurityPolicy({ officeJsLocal, development }) {
  const office = officeJsLocal ? "" : ` ${OFFICE_JS_CDN_ORIGIN}`;
  const devSocket = development ? " ws://localhost:* wss://localhost:*" : ""; // dev-server live reload
  return [
    "default-src 'self'",
    `script-src 'self'${office}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${office}${devSocket}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** Writes build-info.json so tests and scripts can tell how dist/ was built. */
class BuildInfoPlugin {
  constructor(info) {
    this.info = info;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BuildInfoPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "BuildInfoPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const json = JSON.stringify({ ...this.info, builtAt: new Date().toISOString() }, null, 2);
        compilation.emitAsset("build-info.json", new compiler.webpack.sources.RawSource(json));
      });
    });
  }
}

/**
 * Build steps that belong to other parts of the project (for example the generator of
 * functions.zh-CN.json). Wiring a new one is one line in this list.
 */
function extraPlugins(_build) {
  // functions.zh-CN.json: the same metadata with Chinese descriptions from catalog/*.zh.json.
  return [new ZhMetadataPlugin({ catalogDir: CATALOG_DIR })];
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const officeJsLocal = (env.officejs ?? process.env.HUIKUAN_OFFICEJS) === "local";
  const requestedOrigin = env.origin ?? process.env.HUIKUAN_ORIGIN;
  const origin = production && requestedOrigin ? normalizeOrigin(requestedOrigin) : DEV_ORIGIN;
  if (production && !requestedOrigin) {
    console.warn("[huikuan] No origin given: dist/manifest.xml points at https://localhost:3000/ (see README, Deploy).");
  }
  const build = { mode: production ? "production" : "development", origin, officeJsLocal };

  return {
    mode: build.mode,
    // No eval-based source maps in either mode: the page's content security policy forbids eval.
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: {
      taskpane: { import: ["./src/functions/index.ts", "./src/taskpane/boot.ts"] },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // The entry keeps a stable name: manifest.xml points its custom-functions Script at it.
      filename: "[name].js",
      chunkFilename: production ? "chunks/[name].[contenthash:8].js" : "chunks/[name].js",
      publicPath: "auto",
      clean: true,
      // Every webview Office add-ins run in has globalThis (the code is ES2022 anyway); saying so
      // drops webpack's `new Function("return this")` fallback, the one eval left in the build.
      environment: { globalThis: true },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: catalogFiles() }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        templateParameters: {
          officeJsUrl: officeJsLocal ? "office-js/office.js" : OFFICE_JS_CDN,
          contentSecurityPolicy: contentSecurityPolicy({ officeJsLocal, development: !production }),
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "[path][name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? rewriteManifestOrigin(content.toString(), origin) : content),
          },
          ...(officeJsLocal
            ? [{
              from: path.resolve(__dirname, "node_modules/@microsoft/office-js/dist"),
              to: "office-js",
              globOptions: { ignore: ["**/*.debug.js", "**/*vsdoc*", "**/*.d.ts"] },
            }]
            : []),
        ],
      }),
      new BuildInfoPlugin(build),
      ...extraPlugins(build),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      port: 3000,
      server: "https",
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  };
};
