import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/accounts";

test("two people edit the same published partnership: the second save is refused, keeps its input, and the first (waiting for review) is intact", async ({ browser }) => {
  const editorContext = await browser.newContext({ storageState: storageStateOf("editor") });
  const adminContext = await browser.newContext({ storageState: storageStateOf("admin") });
  const editor = await editorContext.newPage();
  const admin = await adminContext.newPage();
  await editor.goto("/staff/partnerships?q=Kazanlak");
  await editor.getByRole("link", { name: "Jinan – Kazanlak" }).click();
  await expect(editor).toHaveURL(/\/staff\/partnerships\/\d+$/);
  await admin.goto(editor.url());

  await admin.getByLabel("Summary in English").fill("Jinan and Kazanlak: roses and gardens.");
  await admin.getByRole("button", { name: "Save changes" }).click();
  // Published: the change waits for review as the record's next version.
  await expect(admin.getByRole("status")).toHaveText(/^Your change is submitted for review\./);

  const mine = "Jinan and Kazanlak have been sister cities since 2002.";
  await editor.getByLabel("Summary in English").fill(mine);
  await editor.getByRole("button", { name: "Save changes" }).click();
  const alert = editor.getByRole("main").getByRole("alert");
  await expect(alert).toContainText(/^Demo Administrator saved this record on .+ Beijing time, after you opened it\. Nothing was saved/);
  await expect(alert.getByRole("link", { name: "Open the current version in a new tab" })).toHaveAttribute("target", "_blank");
  await expect(editor.getByLabel("Summary in English")).toHaveValue(mine);

  await admin.reload();
  await expect(admin.getByLabel("Summary in English")).toHaveValue("Jinan and Kazanlak: roses and gardens.");
  await expect(admin.getByRole("region", { name: "History" }).getByText("Submitted for review by Demo Administrator")).toHaveCount(1);
  await expect(admin.getByRole("region", { name: "History" }).getByText("Submitted for review by Demo Editor")).toHaveCount(0);
  await editorContext.close();
  await adminContext.close();
});
