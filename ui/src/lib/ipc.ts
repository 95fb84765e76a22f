// The one place where command results become values or typed errors. Every call to Rust goes
// through the generated `commands` object in bindings.ts and then through `unwrap` here.
import type { AppError, ErrorKind, FieldError } from "./types";

type CommandResult<T> = { status: "ok"; data: T } | { status: "error"; error: AppError };

/** A command failure the UI can switch on by `kind`; `fields` holds per-field form errors. */
export class CommandError extends Error {
  readonly kind: ErrorKind;
  readonly fields: FieldError[];

  constructor(error: AppError) {
    super(error.message);
    this.name = "CommandError";
    this.kind = error.kind;
    this.fields = error.fields;
  }
}

export async function unwrap<T>(result: Promise<CommandResult<T>>): Promise<T> {
  let settled: CommandResult<T>;
  try {
    settled = await result;
  } catch (cause) {
    // The bridge itself failed (e.g. the command panicked): still a typed, visible error.
    throw new CommandError({ kind: "storage", message: describe(cause), fields: [] });
  }
  if (settled.status === "error") throw new CommandError(asAppError(settled.error));
  return settled.data;
}

/** Tauri itself rejects with a plain string when it cannot decode a command's arguments. */
function asAppError(error: unknown): AppError {
  if (typeof error === "object" && error !== null && "kind" in error && "message" in error) {
    const e = error as AppError;
    return { kind: e.kind, message: e.message, fields: Array.isArray(e.fields) ? e.fields : [] };
  }
  return { kind: "storage", message: describe(error), fields: [] };
}

export function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  return "Something went wrong.";
}

/** The errors for one form field (`emails` also collects `emails.0`, `emails.1`, …). */
export function fieldErrors(error: unknown, field: string): string[] {
  if (!(error instanceof CommandError)) return [];
  return error.fields.filter((f) => f.field === field || f.field.startsWith(`${field}.`)).map((f) => f.message);
}

/** The error for one entry of a list field, e.g. `emails.1`. */
export function itemError(error: unknown, field: string, index: number): string | undefined {
  if (!(error instanceof CommandError)) return undefined;
  return error.fields.find((f) => f.field === `${field}.${index}`)?.message;
}
