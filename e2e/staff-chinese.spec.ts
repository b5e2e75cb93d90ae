import { expect as baseExpect, test, type Page } from "@playwright/test";
import { createAccount, storageStateOf } from "./support/accounts";
import { signIn } from "./support/pages";

/**
 * The staff workspace in Chinese: an account the admin makes is Chinese unless chosen otherwise, and everything its
 * owner reads (the pages, the forms, the messages, the errors, the titles) is Chinese, until they choose English on
 * their account page; then English, on every sign-in after.
 */

// Pages that wait for the database on two shared cores: a little longer than Playwright's 5 s before a check gives up.
const expect = baseExpect.configure({ timeout: 15_000 });

const han = /\p{Script=Han}/u;
// Words that stay as they are in Chinese text: formats and codes the fields ask for.
const allowedLatin = /\b(YYYY-MM-DD|YYYY|MM|DD|HH|ISO|CSV|XLSX|UTF-8|GB18030)\b/g;

/**
 * Every heading, label, legend, button, column header, notice and navigation link of the page is Chinese: no English
 * words (record data typed in English, such as a signatory's name in a field, is not among them).
 */
async function expectChinese(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  const texts = await page
    .locator("h1, h2, h3, label, legend, button, nav a, th, [role=status]")
    .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).innerText.trim()).filter(Boolean));
  expect(texts.length).toBeGreaterThan(3);
  expect(texts.filter((text) => han.test(text)).length).toBeGreaterThan(3);
  // Symbols alone (a row's "×" button, named for screen readers by its aria-label) are neither language.
  const english = texts.filter((text) => /[A-Za-z]{2,}/.test(text.replace(allowedLatin, "")));
  expect(english, "headings, labels and buttons in English on a Chinese page").toEqual([]);
}

test("an editor who works in Chinese records an agreement in Chinese, then chooses English for good", async ({ browser }) => {
  // A whole errand of two people, a dozen pages: on two shared cores it can take longer than one page's test.
  test.slow();
  const email = `wang.${Date.now()}@example.net`;
  const secret = "amber lattice harbour quince 58";
  await createAccount(browser, { name: "王芳", email, role: "Editor", password: secret, language: "中文" });

  // The browser says English; the account says Chinese, and the account wins once it is known.
  const own = await browser.newContext();
  const page = await own.newPage();
  await signIn(page, email, secret);
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page).toHaveTitle("工作台 · 山东国际友好城市");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("工作台");
  await expect(page.getByText(`当前登录：王芳（${email}），角色：编辑。`)).toBeVisible();
  const nav = page.getByRole("navigation", { name: "工作区" });
  await expect(nav.getByRole("link", { name: "工作台" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "友好关系" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "协议" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("button", { name: "退出登录" })).toBeVisible();
  await expectChinese(page);

  // The agreement, as e2e/staff-agreements.spec.ts records it, in Chinese.
  await page.goto("/staff/partnerships?q=Vantaa");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("友好关系");
  // Records are named in Chinese where they have a Chinese name (searching still finds the English one).
  await page.getByRole("link", { name: "济南市—万塔市" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("济南市—万塔市");
  await page.getByRole("link", { name: "录入协议" }).click();
  await expect(page.getByRole("heading", { name: "录入协议" })).toBeVisible();
  await expect(page).toHaveTitle("录入协议 · 山东国际友好城市");
  const picker = page.getByRole("group", { name: "友好关系", exact: true });
  await expect(picker.getByRole("listitem")).toHaveText([/济南市—万塔市/]);
  await expect(page.getByLabel("签署日期")).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await expectChinese(page);

  const title = `绿色建筑合作备忘录 ${Date.now()}`;
  await page.getByLabel("英文标题").fill(`Memorandum on green building ${Date.now()}`);
  await page.getByLabel("中文标题").fill(title);
  await page.getByLabel("类型").selectOption({ label: "谅解备忘录" });
  const signatories = page.getByRole("group", { name: "签署人" }).getByRole("listitem");
  await expect(signatories).toHaveCount(2);
  await signatories.nth(0).getByLabel("姓名", { exact: true }).fill("Yu Haitian");
  await signatories.nth(0).getByLabel("职务", { exact: true }).fill("Mayor of Jinan");
  await expect(signatories.nth(0).getByLabel("所属方")).toHaveValue("home");
  await signatories.nth(1).getByLabel("姓名", { exact: true }).fill("Ritva Viljanen");
  await signatories.nth(1).getByLabel("职务", { exact: true }).fill("Mayor of Vantaa");
  await page.getByRole("button", { name: "创建", exact: true }).click();

  await expect(page).toHaveURL(/\/staff\/agreements\/\d+\?notice=created$/);
  await expect(page.getByRole("status")).toHaveText("已创建，当前为草稿：准备就绪后请提交审核。");
  await expect(page).toHaveTitle("协议 · 山东国际友好城市");
  // Who made it and when, on the office's clock, in Chinese.
  await expect(page.getByText(/由王芳于\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}（北京时间）创建/).first()).toBeVisible();
  await expectChinese(page);

  // A bad input: the messages and the error summary are Chinese, with Chinese punctuation.
  await page.goto("/staff/agreements/new");
  await page.getByLabel("签署日期").fill("2026-02-30");
  await page.getByRole("button", { name: "创建", exact: true }).click();
  const summary = page.getByRole("main").getByRole("alert");
  await expect(summary.getByRole("heading")).toHaveText("以下内容需要修改");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("listitem")).toContainText(["友好关系：", "英文标题：此项为必填项。", "签署日期：该日期不存在。"]);
  await expect(page.getByLabel("英文标题")).toHaveAccessibleDescription("此项为必填项。");
  await expectChinese(page);

  // English from now on: the next page already, and every sign-in after.
  await page.getByRole("banner").getByRole("link", { name: /王芳/ }).click();
  await expect(page).toHaveURL(/\/staff\/account$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("我的账户");
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByLabel("语言")).toHaveValue("zh");
  await expectChinese(page);
  await page.getByLabel("语言").selectOption({ label: "English" });
  await page.getByRole("button", { name: "保存语言" }).click();
  await expect(page).toHaveURL(/\/staff\/account\?notice=languageSaved$/);
  await expect(page.getByRole("status")).toHaveText("Saved: the staff workspace is in English now.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByLabel("Language")).toHaveValue("en");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("status")).toHaveText("You have signed out.");
  await signIn(page, email, secret);
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  await expect(page.getByText(`Signed in as 王芳 (${email}), role: Editor.`)).toBeVisible();
  await expect(page).toHaveTitle("Dashboard · Shandong International Partnerships");
  await own.close();
});

test("two people's pages at the same moment, one in Chinese and one in English, each in their own language", async ({ browser }) => {
  test.slow();
  const email = `li.${Date.now()}@example.net`;
  const secret = "copper meadow violet signal 31";
  await createAccount(browser, { name: "李明", email, role: "Viewer", password: secret, language: "中文" });
  const chinese = await (await browser.newContext()).newPage();
  await signIn(chinese, email, secret);
  await expect(chinese).toHaveURL(/\/staff$/);
  const english = await (await browser.newContext({ storageState: storageStateOf("viewer") })).newPage();
  // Many loads of both at once: a language kept anywhere shared would show on the wrong page sooner or later.
  for (let round = 0; round < 4; round++) {
    await Promise.all([chinese.goto("/staff/partnerships"), english.goto("/staff/partnerships")]);
    await expect(chinese.getByRole("heading", { level: 1 })).toHaveText("友好关系");
    await expect(english.getByRole("heading", { level: 1 })).toHaveText("Partnerships");
  }
  // A route handler too (the agreements list's export): its column headers are the account's language.
  const [zhExport, enExport] = await Promise.all([chinese.request.get("/staff/agreements/export?format=csv"), english.request.get("/staff/agreements/export?format=csv")]);
  expect(zhExport.status()).toBe(200);
  expect(enExport.status()).toBe(200);
  expect((await zhExport.text()).split("\n")[0]).toMatch(/^\uFEFF?标题,友好关系,类型,/);
  expect((await enExport.text()).split("\n")[0]).toMatch(/^\uFEFF?Title,Partnership,Kind,/);
  await chinese.context().close();
  await english.context().close();
});

test("the sign-in page is in the browser's language until someone signs in", async ({ browser }) => {
  const zh = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await zh.goto("/login");
  await expect(zh.getByRole("heading", { level: 1 })).toHaveText("工作人员登录");
  await expect(zh).toHaveTitle("工作人员登录 · 山东国际友好城市");
  await expectChinese(zh);
  await zh.getByRole("button", { name: "登录" }).click();
  await expect(zh.getByRole("alert").filter({ hasText: "请输入电子邮箱和密码。" })).toBeVisible();
  const en = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await en.goto("/login");
  await expect(en.getByRole("heading", { level: 1 })).toHaveText("Staff sign-in");
  await zh.context().close();
  await en.context().close();
});

test("两位用中文工作的编辑：一位创建并提交审核，本人不能批准，另一位批准后公众即可看到", async ({ browser }) => {
  test.slow();
  const stamp = Date.now();
  const secret = "amber lattice harbour quince 58";
  const author = { name: "李明", email: `li.${stamp}@example.net` };
  const second = { name: "张伟", email: `zhang.${stamp}@example.net` };
  await createAccount(browser, { ...author, role: "Editor", password: secret, language: "中文" });
  await createAccount(browser, { ...second, role: "Editor", password: secret, language: "中文" });
  const slug = `pori-${stamp}`;

  // The author records a partner city and submits it for review in the same step.
  const own = await browser.newContext();
  const page = await own.newPage();
  await signIn(page, author.email, secret);
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto("/staff/places/new");
  await expectChinese(page);
  await page.getByLabel("英文名称").fill("Pori");
  await page.getByLabel("中文名称").fill("波里");
  await page.getByLabel("网址标识").fill(slug);
  await page.getByLabel("国家").selectOption("FI");
  await page.getByLabel("大洲").selectOption("europe");
  await page.getByRole("button", { name: "创建并提交审核" }).click();
  await expect(page.getByRole("status")).toHaveText("已创建并提交审核：将由另一位编辑或管理员批准或退回。");
  const url = page.url().replace(/\?.*$/, "");
  // Its author is offered no approval.
  await expect(page.getByRole("region", { name: "审核" })).toBeVisible();
  await expect(page.getByRole("button", { name: "批准并发布" })).toHaveCount(0);
  await expectChinese(page);

  const visitor = await browser.newContext();
  const pub = await visitor.newPage();
  expect((await pub.goto(`/zh/cities/${slug}`))!.status()).toBe(404);

  // The second editor finds it on the dashboard, in Chinese, and approves it.
  const theirs = await browser.newContext();
  const reviewer = await theirs.newPage();
  await signIn(reviewer, second.email, secret);
  await expect(reviewer).toHaveURL(/\/staff$/);
  await expect(reviewer.getByRole("region", { name: /^待我审核（\d+）$/ }).getByRole("link", { name: /波里|Pori/ })).toBeVisible();
  await reviewer.goto(url);
  const review = reviewer.getByRole("region", { name: "审核" });
  await expect(review).toContainText(`${author.name}已于`);
  await expectChinese(reviewer);
  await review.getByRole("button", { name: "批准并发布" }).click();
  await expect(reviewer.getByRole("status")).toHaveText("已批准：更改已生效，公众网站现已显示。");

  expect((await pub.goto(`/zh/cities/${slug}`))!.status()).toBe(200);
  await expect(pub.getByRole("heading", { level: 1 })).toContainText("波里");
  await Promise.all([own.close(), theirs.close(), visitor.close()]);
});

test("用中文工作的管理员：恢复旧版本、不经审核发布须填写理由、不用JavaScript时一次列出所有错误", async ({ browser }) => {
  test.slow();
  const stamp = Date.now();
  const secret = "amber lattice harbour quince 58";
  const email = `zhao.${stamp}@example.net`;
  await createAccount(browser, { name: "赵静", email, role: "Administrator", password: secret, language: "中文" });
  const slug = `rauma-${stamp}`;
  const own = await browser.newContext();
  const page = await own.newPage();
  await signIn(page, email, secret);
  await expect(page).toHaveURL(/\/staff$/);

  // A place, then a change to its Chinese name; the earlier version is restored from its history.
  await page.goto("/staff/places/new");
  await page.getByLabel("英文名称").fill("Rauma");
  await page.getByLabel("中文名称").fill("劳马");
  await page.getByLabel("网址标识").fill(slug);
  await page.getByLabel("国家").selectOption("FI");
  await page.getByLabel("大洲").selectOption("europe");
  await page.getByRole("button", { name: "创建", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/places\/\d+\?notice=created$/);
  const url = page.url().replace(/\?.*$/, "");
  await page.getByLabel("中文名称").fill("劳马市");
  await page.getByRole("button", { name: "保存更改" }).click();
  await expect(page.getByRole("status")).toHaveText("已保存。");
  const entries = page.getByRole("region", { name: "修改记录" }).getByRole("listitem");
  await expect(entries).toHaveCount(2);
  await entries.nth(1).getByRole("link", { name: /^与当前版本比较/ }).click();
  const comparison = page.getByRole("region", { name: /的版本与当前版本$/ });
  await expect(comparison.getByText("有1个字段不同（标为“有变化”）。")).toBeVisible();
  await expectChinese(page);
  await comparison.getByRole("button", { name: "恢复此版本" }).click();
  await expect(page.getByRole("status")).toHaveText("已恢复：记录重新采用该版本的内容，并保存为新版本。");
  await expect(page.getByLabel("中文名称")).toHaveValue("劳马");

  // Publishing without review needs a reason.
  await page.getByText("以管理员身份，不经审核").click();
  await page.getByRole("button", { name: "不经审核直接发布" }).click();
  await expect(page.getByLabel("不经审核的理由")).toHaveAccessibleDescription(/此项为必填项。/);
  const visitor = await browser.newContext();
  const pub = await visitor.newPage();
  expect((await pub.goto(`/zh/cities/${slug}`))!.status()).toBe(404);
  await page.getByLabel("不经审核的理由").fill("签约仪式后即时发布");
  await page.getByRole("button", { name: "不经审核直接发布" }).click();
  await expect(page.getByRole("status")).toHaveText("已发布，现已在公众网站显示。");
  expect((await pub.goto(`/zh/cities/${slug}`))!.status()).toBe(200);
  await expect(page).toHaveURL(new RegExp(`^${url.replace(/[/.]/g, "\\$&")}`));

  // Without JavaScript, a form with several mistakes comes back with all of them listed at once, in Chinese.
  const plain = await browser.newContext({ javaScriptEnabled: false, storageState: await own.storageState() });
  const form = await plain.newPage();
  await form.goto("/staff/places/new");
  await form.getByLabel("纬度").fill("95");
  await form.getByRole("button", { name: "创建", exact: true }).click();
  const summary = form.getByRole("alert").filter({ has: form.getByRole("heading", { name: "以下内容需要修改" }) });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("listitem")).toHaveText(["英文名称：此项为必填项。", "国家：请输入两个字母的ISO 3166国家代码，如FI。", "大洲：请从选项中选择一项。", "纬度：请输入-90至90之间的数字。"]);
  await expectChinese(form);
  await Promise.all([own.close(), visitor.close(), plain.close()]);
});
