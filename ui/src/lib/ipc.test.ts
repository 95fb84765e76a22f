import { describe, expect, it } from "vitest";

import { CommandError, fieldErrors, itemError, unwrap } from "./ipc";

describe("ipc", () => {
  it("returns data from an ok result", async () => {
    await expect(unwrap(Promise.resolve({ status: "ok" as const, data: 42 }))).resolves.toBe(42);
  });

  it("turns an error result into a typed CommandError", async () => {
    const failing = Promise.resolve({
      status: "error" as const,
      error: { kind: "validation" as const, message: "Some fields need attention.", fields: [{ field: "emails.1", message: "bad email" }] },
    });
    const error = await unwrap(failing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).kind).toBe("validation");
    expect(fieldErrors(error, "emails")).toEqual(["bad email"]);
    expect(itemError(error, "emails", 1)).toBe("bad email");
    expect(itemError(error, "emails", 0)).toBeUndefined();
  });

  it("turns a plain-string rejection (e.g. undecodable arguments) into a typed error", async () => {
    const failing = Promise.resolve({ status: "error" as const, error: "invalid args `input` for command `create_role`" as never });
    const error = await unwrap(failing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).fields).toEqual([]);
    expect((error as CommandError).message).toContain("invalid args");
    expect(fieldErrors(error, "title")).toEqual([]);
  });

  it("reports a failed bridge as a storage error instead of hiding it", async () => {
    const error = await unwrap(Promise.reject(new Error("bridge down"))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).message).toBe("bridge down");
  });
});
