// Readers comment with and without JavaScript; editors moderate; everyone sees the result in the server's HTML.
import { expect, test } from "@playwright/test";
import {
  approvedComment,
  AUTO_CLOSED_ARTICLE,
  CLOSED_ARTICLE,
  commenter,
  deskContext,
  fillComment,
  moderate,
  OPEN_ARTICLE,
  OPEN_ARTICLE_SLUG,
  PENDING_MESSAGE,
  postLikeAPerson,
  postPending,
  postThroughApi,
  REPORT_THANKS,
  reportAs,
  signInDeskEditor,
  untilArticleShows,
  waitForHydration,
} from "./support/comments";
import { addComment, addReports } from "./support/database";
import { clientAddress } from "./support/editors";
import { nuErrors } from "./support/nu-checker";
import { axeViolations } from "./support/axe";

// The worker's editor signs in once, before the tests, so no one test's time carries the sign-in (argon2id).
test.beforeAll(async ({ browser }) => {
  await signInDeskEditor(browser);
});

// Each test posts from an address of its own, so per-address limits in one test never spill into another.
test.use({ extraHTTPHeaders: async ({}, provide) => provide({ "X-Forwarded-For": clientAddress() }) });

test("with JavaScript: errors sit beside their fields, typed text is kept, and the outcome shows in place", async ({
  page,
  browser,
}) => {
  const reader = commenter();
  await page.goto(OPEN_ARTICLE);
  // Scripts load after the first paint; a post sent before they run takes the no-JavaScript path, tested below.
  await waitForHydration(page);
  const form = page.getByRole("form", { name: "Add a comment" });
  await form.getByRole("button", { name: "Post comment" }).click();
  await expect(form.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Name")).toBeFocused();
  await expect(form.getByLabel("Name")).toHaveAccessibleDescription("Enter your name.");
  await expect(form.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");

  await fillComment(page, { ...reader, email: "not-an-email" });
  await form.getByRole("button", { name: "Post comment" }).click();
  await expect(form.getByLabel("Email")).toBeFocused();
  await expect(form.getByLabel("Email")).toHaveAccessibleDescription(/Never shown.*Enter a valid email address/);
  await expect(form.getByLabel("Name")).not.toHaveAttribute("aria-invalid");
  await expect(form.getByLabel("Comment", { exact: true })).toHaveValue(reader.text);
  await expect(form.getByLabel("Name")).toHaveValue(reader.name);

  await form.getByLabel("Email").fill(reader.email);
  await form.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByRole("status").filter({ hasText: PENDING_MESSAGE })).toBeVisible();
  const mine = page.locator(".comment-pending").filter({ hasText: reader.text });
  await expect(mine).toContainText("Awaiting moderation");
  await expect(page).toHaveURL(new RegExp(`${OPEN_ARTICLE}$`));
  await expect(form.getByLabel("Comment", { exact: true })).toHaveValue("");

  const stranger = await browser.newContext();
  const html = await (await stranger.request.get(OPEN_ARTICLE)).text();
  expect(html).not.toContain(reader.text);
  expect(html).not.toContain(reader.email);
  await stranger.close();
});

test("with JavaScript on a slow connection: a comment sent before the scripts arrive takes the server's path, and the page then comes alive", async ({
  page,
}) => {
  // A cached page asks for its scripts after its first paint; here they are held until the reader has posted.
  let release!: () => void;
  const scriptsMayArrive = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/**", async (route) => {
    await scriptsMayArrive;
    await route.continue();
  });
  const reader = commenter();
  await page.goto(OPEN_ARTICLE, { waitUntil: "domcontentloaded" }); // held scripts hold back the load event
  await fillComment(page, reader, { javaScript: false });
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST"),
    page.getByRole("button", { name: "Post comment" }).click(),
  ]);
  expect(response.status()).toBe(303);
  await expect(page).toHaveURL(new RegExp(`${OPEN_ARTICLE}#comments$`));
  await expect(page.getByRole("status")).toContainText(PENDING_MESSAGE);
  await expect(page.locator(".comment-pending")).toContainText(reader.text);

  // The scripts arrive: the form takes over, and what the server said stays on the page.
  release();
  await waitForHydration(page);
  await expect(page.getByRole("status")).toContainText(PENDING_MESSAGE);
  await expect(page.locator(".comment-pending")).toContainText(reader.text);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a post goes through a full post and redirect back, with a status message and the pending comment", async ({
    page,
  }) => {
    const reader = commenter();
    await page.goto(OPEN_ARTICLE);
    await fillComment(page, { ...reader, email: "still wrong" }, { javaScript: false });
    await page.getByRole("button", { name: "Post comment" }).click();
    await expect(page.locator("#email-error")).toHaveText("Enter a valid email address, like name@example.com.");
    await expect(page.getByLabel("Comment", { exact: true })).toHaveValue(reader.text);

    await page.getByLabel("Email").fill(reader.email);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "Post comment" }).click(),
    ]);
    expect(response.status()).toBe(303);
    await expect(page).toHaveURL(new RegExp(`${OPEN_ARTICLE}#comments$`));
    await expect(page.getByRole("status")).toContainText(PENDING_MESSAGE);
    await expect(page.locator(".comment-pending")).toContainText(reader.text);

    await page.reload();
    await expect(page.getByText(PENDING_MESSAGE)).toHaveCount(0);
    await expect(page.getByText(reader.text)).toHaveCount(0);
  });
});

test.describe("without JavaScript, refused", () => {
  test.use({ javaScriptEnabled: false });

  test("a refused post lands with its reason in view and what the reader typed kept", async ({ page, request }) => {
    // Five comments from this address in ten minutes (through the API): the next one is refused.
    for (let i = 0; i < 5; i++) await postThroughApi(request, commenter());
    const reader = commenter();
    await page.goto(OPEN_ARTICLE);
    await fillComment(page, reader, { javaScript: false });
    await page.getByRole("button", { name: "Post comment" }).click();
    const reason = page.getByRole("alert").filter({ hasText: "You have posted 5 comments in the last 10 minutes." });
    await expect(reason).toBeInViewport();
    await expect(page).toHaveURL(new RegExp(`${OPEN_ARTICLE}#comment-form$`));
    await expect(page.getByLabel("Name")).toHaveValue(reader.name);
    await expect(page.getByLabel("Email")).toHaveValue(reader.email);
    await expect(page.getByLabel("Comment", { exact: true })).toHaveValue(reader.text);
  });

  test("a refused reply and a refused field land in view too", async ({ page }) => {
    // The reply page reads the database on every request: a comment approved there has its reply page at once.
    const parent = { ...commenter(), id: 0 };
    parent.id = await addComment({ articleSlug: OPEN_ARTICLE_SLUG, body: parent.text });
    await page.goto(`${OPEN_ARTICLE}/comments/reply/${parent.id}`);
    const reader = commenter();
    await fillComment(page, { ...reader, email: "not an address" }, { javaScript: false });
    await page.getByRole("button", { name: "Post reply" }).click();
    await expect(page.locator("#email-error")).toBeInViewport();
    await expect(page.getByLabel("Comment", { exact: true })).toHaveValue(reader.text);

    await page.goto(OPEN_ARTICLE);
    await fillComment(page, { ...reader, text: parent.text }, { javaScript: false });
    await page.getByRole("button", { name: "Post comment" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "You have already posted this comment here." }),
    ).toBeInViewport();
    await expect(page.getByLabel("Comment", { exact: true })).toHaveValue(parent.text);
  });
});

test("moderation round trip: pending → approved on the desk → visible to a signed-out reader at once", async ({
  page,
  browser,
}) => {
  const reader = commenter();
  await postPending(page, reader);

  const { context } = await moderate(browser, reader.text, "Approve");
  await context.close();

  const anonymous = await browser.newContext();
  const readerPage = await anonymous.newPage();
  // On the article for the next readers: at once, or after the follow-up refresh if a re-render was already running.
  await untilArticleShows(anonymous.request, reader.text);
  await readerPage.goto(OPEN_ARTICLE);
  const comment = readerPage.locator(".comment").filter({ hasText: reader.text });
  await expect(comment).toBeVisible();
  await expect(comment.locator(".comment-author")).toHaveText(reader.name);
  await expect(comment.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
  const id = await comment.getAttribute("id");
  expect(id).toMatch(/^comment-\d+$/);
  const heading = await readerPage.locator("#comments-heading").textContent();
  await expect(readerPage.locator(".article-comment-link a")).toHaveText(heading!);
  await expect(readerPage.locator(".article-comment-link a")).toHaveAttribute("href", "#comments");
  expect(await (await anonymous.request.get(OPEN_ARTICLE)).text()).not.toContain(reader.email);
  await anonymous.close();
});

test("once an editor has approved a reader, their next comment publishes directly", async ({ page, browser }) => {
  // An earlier comment of theirs, approved (the round trip above goes through the desk to approve one).
  const reader = commenter();
  await addComment({ articleSlug: OPEN_ARTICLE_SLUG, body: `${reader.text} An earlier word.`, email: reader.email });
  const anonymous = await browser.newContext();
  const readerPage = await anonymous.newPage();
  const second = `${reader.text} And a follow-up.`;
  await page.goto(OPEN_ARTICLE);
  await fillComment(page, { ...reader, text: second });
  await postLikeAPerson(page);
  await expect(page.getByRole("status").filter({ hasText: "your comment is published" })).toBeVisible();
  await untilArticleShows(anonymous.request, second);
  await readerPage.goto(OPEN_ARTICLE);
  await expect(readerPage.locator(".comment").filter({ hasText: second })).toBeVisible();
  await anonymous.close();
});

test("replies: a reader's reply, once approved, sits under the comment it answers", async ({
  page,
  request,
  browser,
}) => {
  const parent = await approvedComment(request, browser);
  await page.goto(OPEN_ARTICLE);
  await page
    .locator(".comment")
    .filter({ hasText: parent.text })
    .getByRole("link", { name: /^Reply/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Reply to ${parent.name}`);
  const replier = commenter();
  await fillComment(page, replier);
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page.getByRole("status").filter({ hasText: PENDING_MESSAGE })).toBeVisible();
  (await moderate(browser, replier.text, "Approve")).context.close();

  await untilArticleShows(page.request, replier.text);
  await page.goto(OPEN_ARTICLE);
  const thread = page.locator(".comment-threads > li").filter({ hasText: parent.text });
  const replies = thread.locator(".comment-replies .comment");
  await expect(replies).toHaveCount(1);
  await expect(replies.nth(0)).toContainText(replier.text);
  // One level of replies: a reply has no Reply link of its own.
  await expect(replies.nth(0).getByRole("link", { name: /^Reply/ })).toHaveCount(0);
});

test("replies: the newsroom's reply, written on the desk, follows the readers' replies under the comment", async ({
  page,
  request,
  browser,
}) => {
  const parent = await approvedComment(request, browser);
  const readerReply = commenter().text;
  await addComment({ parentId: parent.id, body: readerReply }); // shown once the newsroom's reply refreshes the page

  const { context, page: desk } = await deskContext(browser);
  await desk.goto("/editor/comments?state=approved");
  const queued = desk.getByRole("article").filter({ hasText: parent.text });
  await queued.getByText(/^Reply as the newsroom/).click();
  await queued.getByLabel("Reply").fill("Thank you for reading; we have asked the commission for its data.");
  await queued.getByRole("button", { name: "Publish reply" }).click();
  await expect(desk.getByRole("status")).toHaveText("Your reply is published.");
  await context.close();

  await untilArticleShows(page.request, "we have asked the commission for its data");
  await page.goto(OPEN_ARTICLE);
  const thread = page.locator(".comment-threads > li").filter({ hasText: parent.text });
  const replies = thread.locator(".comment-replies .comment");
  await expect(replies).toHaveCount(2);
  await expect(replies.nth(0)).toContainText(readerReply);
  await expect(replies.nth(1)).toContainText("Newsroom");
  await expect(replies.nth(1)).toContainText("we have asked the commission for its data");
});

test("three reports from three readers hide a comment from the next readers and flag it on the desk", async ({
  request,
  browser,
}) => {
  test.slow(); // Three readers and an editor, each in a browser context of their own.
  const comment = await approvedComment(request, browser);
  const reporters = await Promise.all(
    [0, 1, 2].map(() => browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": clientAddress() } })),
  );
  // The first reader finds the report link under the comment; the others go straight to the same page.
  const first = await reporters[0]!.newPage();
  await first.goto(OPEN_ARTICLE);
  await first
    .locator(".comment")
    .filter({ hasText: comment.text })
    .getByRole("link", { name: /^Report/ })
    .click();
  await expect(first).toHaveURL(new RegExp(`${OPEN_ARTICLE}/comments/report/${comment.id}$`));
  await first.close();
  const answers = await Promise.all(reporters.map((reporter, i) => reportAs(reporter, comment.id, `Report ${i + 1}`)));
  for (const answer of answers) expect(answer).toContain(REPORT_THANKS);
  await Promise.all(reporters.map((reporter) => reporter.close()));
  // Hidden from the next readers: the third report refreshes the article page.
  await untilArticleShows(request, comment.text, false);

  const { context, page: desk } = await deskContext(browser);
  await desk.goto("/editor/comments?state=reported");
  const item = desk.getByRole("article").filter({ hasText: comment.text });
  await expect(item).toContainText("Reported 3 times (hidden until you decide)");
  await expect(item).toContainText("Off topic: Report 2");
  await context.close();
});

test("an editor's approval brings a comment hidden by reports back for the next readers", async ({
  page,
  request,
  browser,
}) => {
  const comment = await approvedComment(request, browser);
  // Three readers' reports, as the test above makes them through the report page.
  await addReports(comment.id, ["Off topic: Report 1", "Off topic: Report 2", "Abuse: Report 3"]);
  await moderate(browser, comment.text, "Approve", "reported").then(({ context }) => context.close());
  await untilArticleShows(request, comment.text);
  await page.goto(OPEN_ARTICLE);
  await expect(page.locator(".comment").filter({ hasText: comment.text })).toBeVisible();
});

test("the readers whose reports an editor settled cannot hide the comment again", async ({ request, browser }) => {
  test.slow(); // Six reports through the real form: the only way to get the server's own keyed hashes of the readers.
  const comment = await approvedComment(request, browser);
  const reporters = await Promise.all(
    [0, 1, 2].map(() => browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": clientAddress() } })),
  );
  for (const answer of await Promise.all(reporters.map((reporter) => reportAs(reporter, comment.id, "Before"))))
    expect(answer).toContain(REPORT_THANKS);
  await untilArticleShows(request, comment.text, false);
  await moderate(browser, comment.text, "Approve", "reported").then(({ context }) => context.close());
  await untilArticleShows(request, comment.text);

  for (const answer of await Promise.all(reporters.map((reporter) => reportAs(reporter, comment.id, "Again"))))
    expect(answer).toContain(REPORT_THANKS);
  await Promise.all(reporters.map((reporter) => reporter.close()));
  // Still there: its reply page (rendered per request) exists only while the comment is shown.
  expect((await request.get(`${OPEN_ARTICLE}/comments/reply/${comment.id}`)).status()).toBe(200);
  await untilArticleShows(request, comment.text);
});

test("the newsroom's reply can be reported to the desk but is never hidden by reports", async ({
  request,
  browser,
}) => {
  test.slow(); // Three readers and an editor, each in a browser context of their own.
  const comment = await approvedComment(request, browser);
  const replyText = `The newsroom answers ${comment.text}`;
  const replyId = await addComment({ parentId: comment.id, body: replyText, staff: true });
  const reporters = await Promise.all(
    [0, 1, 2].map(() => browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": clientAddress() } })),
  );
  for (const answer of await Promise.all(
    reporters.map((reporter, i) => reportAs(reporter, replyId, `Report ${i + 1}`)),
  ))
    expect(answer).toContain(REPORT_THANKS);
  await Promise.all(reporters.map((reporter) => reporter.close()));
  const { context, page: desk } = await deskContext(browser);
  await desk.goto("/editor/comments?state=reported");
  const item = desk.getByRole("article").filter({ hasText: replyText });
  await expect(item).toContainText("Reported 3 times:");
  await expect(item).not.toContainText("hidden until you decide");
  await context.close();
  // Each report refreshed the article page: the reply is on it for the next readers.
  await untilArticleShows(request, replyText);
});

test("closed comments: no form, and a post is refused by the server", async ({ page }) => {
  for (const path of [CLOSED_ARTICLE, AUTO_CLOSED_ARTICLE]) {
    await page.goto(path);
    await expect(page.locator("#comments")).toContainText("Comments are closed.");
    await expect(page.getByRole("form", { name: "Add a comment" })).toHaveCount(0);
  }
  // A form aimed at a closed article (as a script might send it) is refused with a clear message.
  await page.goto(OPEN_ARTICLE);
  await waitForHydration(page);
  const tokenRefreshed = page.waitForResponse((response) => response.url().endsWith("/api/comments/token"));
  await fillComment(page, commenter());
  // Focusing the form fetches a fresh token and re-renders it, which puts its own article back: tamper after that.
  const { token } = (await (await tokenRefreshed).json()) as { token: string };
  await expect(page.locator('input[name="token"]')).toHaveValue(token);
  await page
    .locator('input[name="article"]')
    .evaluate(
      (input: HTMLInputElement) => (input.value = "jordan-election-islamic-action-front-emerges-as-largest-party"),
    );
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Comments are closed on this article." })).toBeVisible();
});

test("comment text is shown as text: markup is escaped and links get nofollow ugc", async ({ page, browser }) => {
  const reader = commenter();
  const text = `${reader.text} <script>window.__pwned = true</script> <b>bold?</b> https://example.org/source`;
  await postPending(page, { ...reader, text });
  (await moderate(browser, reader.text, "Approve")).context.close();

  await untilArticleShows(page.request, reader.text);
  await page.goto(OPEN_ARTICLE);
  const comment = page.locator(".comment").filter({ hasText: reader.text });
  await expect(comment.locator(".comment-body")).toContainText("<script>window.__pwned = true</script> <b>bold?</b>");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  await expect(comment.locator(".comment-body b")).toHaveCount(0);
  await expect(comment.getByRole("link", { name: "https://example.org/source" })).toHaveAttribute(
    "rel",
    "nofollow ugc noopener",
  );
});

test("a duplicate is refused and the honeypot is silently discarded", async ({ page, browser }) => {
  const reader = commenter();
  await postPending(page, reader);
  await fillComment(page, reader);
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "You have already posted this comment here." })).toBeVisible();

  const robot = commenter();
  await page.goto(OPEN_ARTICLE);
  await waitForHydration(page);
  await fillComment(page, robot);
  await page
    .locator('input[name="website"]')
    .evaluate((input: HTMLInputElement) => (input.value = "http://spam.example"));
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByRole("status").filter({ hasText: PENDING_MESSAGE })).toBeVisible();
  const { context, page: desk } = await deskContext(browser);
  await desk.goto("/editor/comments?state=pending");
  await expect(desk.getByText(reader.text)).toHaveCount(1);
  await expect(desk.getByText(robot.text)).toHaveCount(0);
  await context.close();
});

test("pages with comments, the reply and report pages and the moderation queue are valid and accessible", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const reader = commenter();
  await postPending(page, reader);
  expect(await axeViolations(page), "pending comment").toEqual([]);

  const { context, page: desk } = await moderate(browser, reader.text, "Approve");
  const waiting = commenter();
  await postPending(page, waiting);

  await untilArticleShows(page.request, reader.text);
  await page.goto(OPEN_ARTICLE);
  const id = (await page.locator(".comment").filter({ hasText: reader.text }).getAttribute("id"))!.replace(
    "comment-",
    "",
  );
  const pages = {
    article: OPEN_ARTICLE,
    reply: `${OPEN_ARTICLE}/comments/reply/${id}`,
    report: `${OPEN_ARTICLE}/comments/report/${id}`,
  };
  const documents: Record<string, string> = {};
  for (const [label, path] of Object.entries(pages)) {
    documents[label] = await (await page.request.get(path)).text();
    await page.goto(path);
    expect(await axeViolations(page), label).toEqual([]);
  }
  await desk.goto("/editor/comments?state=pending");
  documents.queue = await (await desk.request.get("/editor/comments?state=pending")).text();
  expect(await axeViolations(desk), "queue").toEqual([]);
  await context.close();

  const errors = nuErrors(documents).map((e) => `${e.url.replace(/^.*\//, "")}:${e.lastLine}: ${e.message}`);
  expect(errors).toEqual([]);
});

test("the comments API answers each case with its status code", async ({ request }) => {
  const { token } = (await (await request.get("/api/comments/token")).json()) as { token: string };
  const reader = commenter();
  const post = (data: Record<string, unknown>) =>
    request.post("/api/comments", {
      data: {
        article: "mekong-river-upstream-dams-need-open-data",
        name: reader.name,
        email: reader.email,
        body: reader.text,
        token,
        ...data,
      },
    });
  expect((await post({ article: "no-such-article" })).status()).toBe(404);
  const invalid = await post({ email: "nope", body: "" });
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).fieldErrors).toMatchObject({ email: expect.any(String), body: expect.any(String) });
  expect((await post({ article: "jordan-election-islamic-action-front-emerges-as-largest-party" })).status()).toBe(403);
  expect((await post({ token: "1.forged" })).status()).toBe(400);
  const accepted = await post({});
  expect(accepted.status()).toBe(202);
  expect(await accepted.json()).toMatchObject({ status: "pending" });
  expect((await post({})).status()).toBe(409);
});
