// Small form parts shared by every form, so they look and behave the same everywhere.
import { useState } from "react";
import type { ReactNode } from "react";

import { CommandError } from "../lib/ipc";
import { Autocomplete } from "./autocomplete";
import { Field } from "./field";
import { InfoIcon } from "./icons";

type TextFieldProps = {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  hint?: string;
  placeholder?: string;
  autoFocus?: boolean;
  /** Values to suggest while typing (the field still takes any text). */
  suggestions?: string[];
};

/** A labelled single-line text input with its errors beside it. */
export function TextField({ label, name, value, onChange, errors, hint, placeholder, autoFocus, suggestions }: TextFieldProps) {
  return (
    <Field label={label} errors={errors} hint={hint}>
      {(p) =>
        suggestions ? (
          <Autocomplete {...p} name={name} value={value} options={suggestions} autoFocus={autoFocus} placeholder={placeholder} onChange={onChange} />
        ) : (
          <input {...p} name={name} value={value} autoFocus={autoFocus} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
        )
      }
    </Field>
  );
}

/** A failure that is not about one field (e.g. a conflict or a storage error), above the form. */
export function FormError({ error }: { error: unknown }) {
  if (!(error instanceof CommandError) || error.kind === "validation") return null;
  return (
    <p className="banner banner-error" role="alert">
      {error.message}
    </p>
  );
}

/** Cancel and submit, in the same place in every form. */
export function FormActions({ onCancel, submitLabel, pending, danger }: { onCancel: () => void; submitLabel: ReactNode; pending?: boolean; danger?: boolean }) {
  return (
    <div className="form-actions">
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className={danger ? "button button-danger" : "button button-primary"} disabled={pending}>
        {submitLabel}
      </button>
    </div>
  );
}

/** The error and warning under one entry of a list field (an email, a phone, a link). */
export function ItemMessages({ error, warning }: { error?: string; warning?: ReactNode }) {
  return (
    <>
      {error && (
        <p className="field-error" role="alert">
          <span aria-hidden>⚠ </span>
          {error}
        </p>
      )}
      {warning && (
        <p className="field-warning">
          <InfoIcon />
          {warning}
        </p>
      )}
    </>
  );
}

/**
 * The field errors of a failed save, less those of the fields edited since: an error is about the
 * value that was sent, so it goes as soon as the user changes that field (the others stay until
 * they are fixed or the next save answers). A new failed save starts over.
 */
export function useFieldErrors(error: unknown) {
  const [edited, setEdited] = useState<{ error: unknown; fields: string[] }>({ error: null, fields: [] });
  const touched = edited.error === error ? edited.fields : [];
  const open = error instanceof CommandError ? error.fields.filter((f) => !touched.some((t) => f.field === t || f.field.startsWith(`${t}.`))) : [];
  return {
    /** A field's errors and its entries' (`emails` also collects `emails.0`, `emails.1`, …). */
    errors: (field: string) => open.filter((f) => f.field === field || f.field.startsWith(`${field}.`)).map((f) => f.message),
    /** Only the field's own errors, not its entries'. */
    own: (field: string) => open.filter((f) => f.field === field).map((f) => f.message),
    /** The error of one entry of a list field, e.g. `emails.1`. */
    item: (field: string, index: number) => open.find((f) => f.field === `${field}.${index}`)?.message,
    /** How many errors are still open. */
    count: open.length,
    /** The user changed `field` (or an entry, `emails.1`): its errors are answered. */
    edit: (field: string) => setEdited((e) => (e.error === error && e.fields.includes(field) ? e : { error, fields: [...(e.error === error ? e.fields : []), field] })),
  };
}
