// Restores the other platforms' optional binaries (macOS, Windows, other Linux CPUs) to package-lock.json.
//
// Why: the npm registry this project is developed against lacks some of those packages for the versions we use, so
// `npm install` here leaves them out of the lock file, and `npm ci` then refuses the lock ("Missing: … from lock
// file"). The entries are what npm would write with a full registry: name, version, os, cpu (and libc). npm never
// downloads them on a machine they don't match. Run after any `npm install`: node scripts/lockfile-platforms.mjs
import fs from "node:fs";

const lockPath = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(fs.readFileSync(lockPath, "utf8"));
const packages = lock.packages;

function platformOf(name) {
  const tail = name.split("/").pop();
  const osList = ["darwin", "win32", "linux", "android", "freebsd", "openharmony", "sunos", "aix", "netbsd", "openbsd"];
  const os = osList.find((o) => tail.includes(`-${o}-`) || tail.endsWith(`-${o}`));
  const cpuList = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x", "wasm32", "mips64el"];
  const cpu = cpuList.find((c) => new RegExp(`-${c}(-|$)`).test(tail));
  const libc = /-musl/.test(tail) ? "musl" : /-gnu/.test(tail) && os === "linux" ? "glibc" : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  const optional = entry.optionalDependencies ?? {};
  for (const [dep, range] of Object.entries(optional)) {
    const prefix = location ? `${location}/node_modules/` : "node_modules/";
    if (packages[`${prefix}${dep}`] || packages[`node_modules/${dep}`]) continue;
    const version = range.replace(/^[\^~=]/, "");
    if (!/^\d+\.\d+\.\d+/.test(version)) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!os && !cpu) continue;
    packages[`node_modules/${dep}`] = {
      version,
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(libc ? { libc: [libc] } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
fs.writeFileSync(lockPath, JSON.stringify(lock, null, 2) + "\n");
console.log(`package-lock.json: added ${added} optional platform entries.`);
