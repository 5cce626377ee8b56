/** Jest runs every test of the project: Node tests (core, functions, calc harness, store, Excel
 * bridge, manifest) and browser tests (real Chromium against the built add-in). */
const tsJest = ["ts-jest", { isolatedModules: true, tsconfig: { module: "commonjs", jsx: "react-jsx" } }];

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
