import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/accounts";

test("two people edit the same published partnership: the second save is refused, keeps its input, shows what the other saved beside it, and the first (waiting for review) is intact", async ({ browser }) => {
  const editorContext = await browser.newContext({ storageState: storageStateOf("editor") });
  const adminContext = await browser.newContext({ storageState: storageStateOf("admin") });
  const editor = await editorContext.newPage();
  const admin = await adminContext.newPage();
  await editor.goto("/staff/partnerships?q=Kazanlak");
  await editor.getByRole("link", { name: "Jinan – Kazanlak" }).click();
  await expect(editor).toHaveURL(/\/staff\/partnerships\/\d+$/);
  await admin.goto(editor.url());

  await admin.getByLabel("Summary in English").fill("Jinan and Kazanlak: roses and gardens.");
  await admin.getByLabel("Type").selectOption({ label: "Friendly-cooperation city" });
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
  // Each field where the saved version differs from what was sent, the two side by side: a choice by its label.
  const table = alert.getByRole("table", { name: "Where your version and the saved one differ" });
  await expect(table.getByRole("columnheader")).toHaveText(["Field", "Your version", "Saved by Demo Administrator (current)"]);
  await expect(table.getByRole("rowheader")).toHaveText(["Type", "Summary in English"]);
  const row = (field: string) => table.getByRole("row").filter({ has: editor.getByRole("rowheader", { name: field, exact: true }) }).getByRole("cell");
  await expect(row("Type")).toHaveText(["Sister city", "Friendly-cooperation city"]);
  await expect(row("Summary in English")).toHaveText([mine, "Jinan and Kazanlak: roses and gardens."]);
  await expect(editor.getByLabel("Type")).toHaveValue("sister_city");

  await admin.reload();
  await expect(admin.getByLabel("Summary in English")).toHaveValue("Jinan and Kazanlak: roses and gardens.");
  await expect(admin.getByLabel("Type")).toHaveValue("friendly_cooperation");
  await expect(admin.getByRole("region", { name: "History" }).getByText("Submitted for review by Demo Administrator")).toHaveCount(1);
  await expect(admin.getByRole("region", { name: "History" }).getByText("Submitted for review by Demo Editor")).toHaveCount(0);
  await editorContext.close();
  await adminContext.close();
});
