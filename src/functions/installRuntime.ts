import { ensureCustomFunctionsRuntime } from "./runtime";

// Its own module so that it is evaluated before any catalog module appends its registrations.
ensureCustomFunctionsRuntime();
