/**
 * The functions entry of the shared-runtime page: it runs before the task pane app and registers
 * every AR function at once. The metadata plugin appends `CustomFunctions.associate` calls to each
 * catalog module, so the runtime (or its stand-in outside Excel) is installed first; imports are
 * evaluated in the order written.
 */
import "./installRuntime";
import "./catalog";
