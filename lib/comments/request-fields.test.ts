import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, readCommentFields, fieldText } from "./request-fields";

const post = (body: BodyInit | null, contentType?: string, headers: Record<string, string> = {}) =>
  new Request("http://site.test/api/comments", {
    method: "POST",
    body,
    headers: { ...(contentType ? { "content-type": contentType } : {}), ...headers },
    duplex: "half",
  } as RequestInit);

describe("readCommentFields", () => {
  it("reads JSON, form-encoded and multipart fields", async () => {
    expect(await readCommentFields(post(JSON.stringify({ name: "Ann" }), "application/json; charset=utf-8"))).toEqual({
      ok: true,
      fields: { name: "Ann" },
    });
    expect(await readCommentFields(post("name=Ann&body=Hi+there", "application/x-www-form-urlencoded"))).toEqual({
      ok: true,
      fields: { name: "Ann", body: "Hi there" },
    });
    const form = new FormData();
    form.set("name", "Ann");
    form.set("upload", new Blob(["x"]), "x.txt");
    expect(await readCommentFields(new Request("http://site.test/", { method: "POST", body: form }))).toEqual({
      ok: true,
      fields: { name: "Ann" },
    });
  });

  it("answers 415 for a type it does not read, or none", async () => {
    for (const type of ["application/xml", "text/plain", "application/jsonx", undefined]) {
      expect(await readCommentFields(post("<x/>", type))).toMatchObject({
        ok: false,
        status: 415,
        error: expect.stringMatching(/application\/json/),
      });
    }
  });

  it("answers 400 for a malformed body of a type it reads", async () => {
    for (const [body, type] of [
      ["{not json", "application/json"],
      ["[1, 2]", "application/json"],
      ["null", "application/json"],
      [new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), "application/json"],
      ["garbage without boundaries", "multipart/form-data; boundary=xyz"],
      ["--xyz\r\nContent-Disposition: form-data\r\n\r\nno name\r\n", "multipart/form-data; boundary=xyz"],
      ["anything", "multipart/form-data"],
      ["name=%ZZ&body=x", "application/x-www-form-urlencoded"],
      ["name=%E0%A4%A", "application/x-www-form-urlencoded"],
      [new Uint8Array([0x6e, 0x3d, 0xff]), "application/x-www-form-urlencoded"],
    ] as const) {
      expect(await readCommentFields(post(body, type)), `${type}: ${String(body)}`).toMatchObject({
        ok: false,
        status: 400,
      });
    }
  });

  it("answers 413 past the limit, from Content-Length without reading, or while reading a stream", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(16 * 1024).fill(0x61));
      },
    });
    expect(await readCommentFields(post(endless, "application/json"))).toMatchObject({ ok: false, status: 413 });
    expect(pulled).toBeLessThan(MAX_BODY_BYTES / 1024);

    let read = false;
    const declared = new ReadableStream<Uint8Array>({ pull: () => void (read = true) }, { highWaterMark: 0 });
    expect(
      await readCommentFields(post(declared, "application/json", { "content-length": String(MAX_BODY_BYTES + 1) })),
    ).toMatchObject({ ok: false, status: 413 });
    expect(read).toBe(false);
    const justUnder = JSON.stringify({ body: "a".repeat(MAX_BODY_BYTES - 20) });
    expect((await readCommentFields(post(justUnder, "application/json"))).ok).toBe(true);
  });
});

describe("fieldText", () => {
  it("reads strings, numbers and booleans, and never throws on objects", () => {
    expect(fieldText("a")).toBe("a");
    expect(fieldText(12)).toBe("12");
    expect(fieldText(undefined)).toBe("");
    expect(fieldText(null)).toBe("");
    expect(fieldText({ toString: "x" })).toBe("[not text]");
    expect(fieldText(["x"])).toBe("[not text]");
  });
});
