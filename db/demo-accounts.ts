/**
 * The demo staff accounts of the embedded demo, all with one password published in the README (and below the portal's
 * own password rule). Nothing else in Amity creates them: npm run user:create refuses such a password.
 */
export const demoAccounts = [
  { email: "admin@example.org", name: "Demo Administrator", role: "admin" },
  { email: "editor@example.org", name: "Demo Editor", role: "editor" },
  { email: "viewer@example.org", name: "Demo Viewer", role: "viewer" },
] as const;
export const demoPassword = "amity-demo";
