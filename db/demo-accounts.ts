/**
 * The demo staff accounts of the embedded demo, all with one password published in the README (and below the portal's
 * own password rule). Nothing else in Amity creates them: npm run user:create refuses such a password.
 */
/**
 * Two editors, so that one can review the other's work, and an editor of Qingdao's office, who changes Qingdao's ties
 * only (the others work for the province's office, which changes every tie). The demo's accounts read the staff
 * workspace in English (an office's own new accounts start in Chinese); each can change it on its account page.
 */
export const demoAccounts = [
  { email: "admin@example.org", name: "Demo Administrator", role: "admin", locale: "en" },
  { email: "editor@example.org", name: "Demo Editor", role: "editor", locale: "en" },
  { email: "reviewer@example.org", name: "Demo Reviewer", role: "editor", locale: "en" },
  { email: "viewer@example.org", name: "Demo Viewer", role: "viewer", locale: "en" },
  { email: "qingdao@example.org", name: "Demo Qingdao Editor", role: "editor", locale: "en" },
] as const;

/** The demo accounts of a city's office (by its home place's slug); the others are the province's. */
export const demoOffices: Partial<Record<(typeof demoAccounts)[number]["email"], string>> = { "qingdao@example.org": "qingdao" };
export const demoPassword = "amity-demo";
