// The Chromium the end-to-end tests drive: CHROMIUM_PATH, else the system's /usr/bin/chromium, else a browser
// Playwright installed itself. No test ever downloads one. (CommonJS so that both the Playwright config and the
// plain-Node run script can load it.)
const fs = require("node:fs");

exports.findChromium = function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const candidate of candidates) if (candidate && fs.existsSync(candidate)) return candidate;
  try {
    const own = require("playwright-core").chromium.executablePath();
    if (own && fs.existsSync(own)) return own;
  } catch {
    // playwright-core not resolvable: no browser of Playwright's own either.
  }
  return null;
};

exports.chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
