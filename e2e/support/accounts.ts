export const password = "amity-demo";

export const accounts = {
  admin: { email: "admin@example.org", name: "Demo Administrator", roleLabel: "Administrator" },
  editor: { email: "editor@example.org", name: "Demo Editor", roleLabel: "Editor" },
  /** The demo's second editor, who reviews the first one's work. */
  reviewer: { email: "reviewer@example.org", name: "Demo Reviewer", roleLabel: "Editor" },
  viewer: { email: "viewer@example.org", name: "Demo Viewer", roleLabel: "Viewer" },
  /** An editor of Qingdao's office, who changes Qingdao's ties only (the others work for the province's office). */
  qingdao: { email: "qingdao@example.org", name: "Demo Qingdao Editor", roleLabel: "Editor" },
} as const;

export type Role = keyof typeof accounts;

/** Signed-in browser state per role, written by auth.setup.ts. */
export const storageStateOf = (role: Role) => `e2e/.auth/${role}.json`;

/**
 * A staff account of the test's own, made by the demo admin through the staff form, so that a test that signs out
 * (which ends every session of that account) never disturbs the shared demo sessions. `language` is its staff
 * workspace's: the form offers Chinese first (the office's own staff), so a test that reads English says so.
 */
export async function createAccount(
  browser: import("@playwright/test").Browser,
  account: { name: string; email: string; role: "Administrator" | "Editor" | "Viewer"; password: string; language: "中文" | "English" },
): Promise<void> {
  const { expect } = await import("@playwright/test");
  const admin = await browser.newContext({ storageState: storageStateOf("admin") });
  const page = await admin.newPage();
  await page.goto("/staff/users/new");
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Role").selectOption({ label: account.role });
  await expect(page.getByLabel("Language")).toHaveValue("zh");
  await page.getByLabel("Language").selectOption({ label: account.language });
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page.getByText("Account created.")).toBeVisible();
  await admin.close();
}
