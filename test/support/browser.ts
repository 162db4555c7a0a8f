/**
 * The Chromium browser tests drive: the same launcher the screenshot command uses.
 */
export { launchBrowser } from "../../src/cli/chromium";
