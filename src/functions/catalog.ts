/**
 * Every module that declares AR custom functions, one per concept. webpack.config.js feeds the
 * files of catalog/ to the metadata plugin; the calc harness finds each function here by the name
 * the metadata gives. A test keeps this list and the folder in step.
 */
export * from "./catalog/aging";
export * from "./catalog/agingBy";
export * from "./catalog/allocate";
export * from "./catalog/discount";
export * from "./catalog/dueDate";
export * from "./catalog/lateInterest";
export * from "./catalog/penalty";
export * from "./catalog/schedule";
export * from "./catalog/metrics";
export * from "./catalog/ecl";
export * from "./catalog/credit";
export * from "./catalog/dunning";
export * from "./catalog/ledger";
