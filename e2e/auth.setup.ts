import { expect, test as setup } from "@playwright/test";
import { accounts, password, storageStateOf, type Role } from "./support/accounts";
import { signIn } from "./support/pages";

for (const role of Object.keys(accounts) as Role[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, accounts[role].email, password);
    await expect(page).toHaveURL(/\/staff$/);
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    await page.context().storageState({ path: storageStateOf(role) });
  });
}
