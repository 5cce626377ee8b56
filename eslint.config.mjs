import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: "readonly", process: "readonly", window: "readonly", document: "readonly",
        globalThis: "readonly", setTimeout: "readonly", clearTimeout: "readonly", URL: "readonly",
        Office: "readonly", Excel: "readonly", CustomFunctions: "readonly", __dirname: "readonly",
        require: "readonly", module: "writable", Buffer: "readonly", performance: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Custom function parameters are typed `any`: custom-functions-metadata reads that as "any cell
    // value", and core coerces it with a message naming the argument.
    files: ["src/functions/catalog/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Core is plain TypeScript: no Office.js, React or DOM.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["react", "react-dom", "@fluentui/*", "office-addin-*"] }],
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel", "CustomFunctions"],
    },
  },
);
