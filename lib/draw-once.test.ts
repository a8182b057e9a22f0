import { describe, expect, it, vi } from "vitest";
import { drawOnce } from "./draw-once";

describe("drawOnce", () => {
  it("draws each key once, and again after a failure", async () => {
    const draw = vi.fn(async () => new Uint8Array([1, 2, 3]));
    expect(await drawOnce("a", draw)).toEqual(new Uint8Array([1, 2, 3]));
    await drawOnce("a", draw);
    expect(draw).toHaveBeenCalledTimes(1);
    const failing = vi.fn(async (): Promise<Uint8Array<ArrayBuffer>> => {
      throw new Error("no");
    });
    await expect(drawOnce("b", failing)).rejects.toThrow("no");
    await expect(drawOnce("b", draw)).resolves.toEqual(new Uint8Array([1, 2, 3]));
  });
});
