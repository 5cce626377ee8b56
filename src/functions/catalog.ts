/**
 * Every module that declares AR custom functions, one per concept. webpack.config.js feeds the
 * files of catalog/ to the metadata plugin; the calc harness finds each function here by the name
 * the metadata gives. A test keeps this list and the folder in step.
 */
export * from "./catalog/aging";
