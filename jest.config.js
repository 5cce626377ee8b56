/** Jest runs every test of the project: Node tests (core, functions, calc harness, store, Excel
 * bridge, manifest) and browser tests (real Chromium against the built add-in). */
// isolatedModules makes ts-jest transpile each file alone (fast); tsc checks types in `npm run typecheck`.
const tsJest = ["ts-jest", { tsconfig: { module: "commonjs", jsx: "react-jsx", isolatedModules: true } }];

module.exports = {
  // Project configs cannot set these; browser tests (and their hooks) need the longer timeout.
  testTimeout: 60000,
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/test/browser/"],
      transform: { "^.+\\.tsx?$": tsJest },
      setupFiles: ["fake-indexeddb/auto"],
    },
    {
      displayName: "browser",
      testEnvironment: "node",
      roots: ["<rootDir>/test/browser"],
      testMatch: ["**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      globalSetup: "<rootDir>/test/browser/setup/globalSetup.ts",
      globalTeardown: "<rootDir>/test/browser/setup/globalTeardown.ts",
    },
  ],
};
