import { useEffect, useRef, useState } from "react";

import { commands } from "../../../bindings";
import type { Candidate, CandidateInput, Link, LinkKind, Warning } from "../../../lib/types";
import { rolesForPicker, useRoleOptions } from "../../../api/use-role-options";
import { Dialog } from "../../../components/dialog";
import { Field } from "../../../components/field";
import { FormActions, FormError, ItemMessages, TextField, useFieldErrors } from "../../../components/form";
import { useToast } from "../../../components/toast";
import { navigate } from "../../../app/router";
import { CommandError, unwrap } from "../../../lib/ipc";
import { useSaveCandidate } from "../api/use-save-candidate";

const LINK_KINDS: { kind: LinkKind; label: string }[] = [
  { kind: "github", label: "GitHub" },
  { kind: "linkedin", label: "LinkedIn" },
  { kind: "site", label: "Website" },
  { kind: "other", label: "Other" },
];

function blank(): CandidateInput {
  return { full_name: "", emails: [""], phones: [""], links: [], location: "", time_zone: "", source: "", tags: [], notes: "" };
}

function toInput(c: Candidate): CandidateInput {
  return {
    full_name: c.full_name,
    emails: c.emails.length ? c.emails : [""],
    phones: c.phones.length ? c.phones : [""],
    links: c.links,
    location: c.location,
    time_zone: c.time_zone,
    source: c.source,
    tags: c.tags,
    notes: c.notes,
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}

function guessKind(url: string): LinkKind {
  const lower = url.toLowerCase();
  if (lower.includes("github.com/")) return "github";
  if (lower.includes("linkedin.com/")) return "linkedin";
  return "site";
}

/** Create a candidate (optionally straight into a role) or edit one. */
export function CandidateForm({ candidate, roleId, onClose }: { candidate?: Candidate; roleId?: string; onClose: () => void }) {
  const [input, setInput] = useState<CandidateInput>(() => (candidate ? toInput(candidate) : blank()));
  const [tagsText, setTagsText] = useState(() => input.tags.join(", "));
  const [role, setRole] = useState(roleId ?? "");
  // Warnings are keyed by the email they are about, so they follow the value as rows change.
  const [warnings, setWarnings] = useState<Map<string, Warning>>(new Map());
  const roles = useRoleOptions();
  const save = useSaveCandidate();
  const toast = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  // After a failed save, put the cursor on the first field that needs attention.
  useEffect(() => {
    if (save.error) formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [save.error]);
  const fields = useFieldErrors(save.error);
  /** Sets a field, which answers the errors the last save found in it. */
  const set = <K extends keyof CandidateInput>(key: K, value: CandidateInput[K], edited: string | null = key) => {
    setInput((i) => ({ ...i, [key]: value }));
    if (edited) fields.edit(edited);
  };
  const err = fields.errors;
  const ownErr = fields.own;

  // What is sent: blank rows dropped and repeats removed, exactly as the server normalises, so
  // that the server's `emails.1`-style errors point at the rows the form then shows.
  const payload = (): CandidateInput => ({
    ...input,
    emails: unique(input.emails.map((e) => e.trim().toLowerCase())),
    phones: unique(input.phones.map((p) => p.trim())),
    links: input.links.map((l) => ({ ...l, url: l.url.trim() })).filter((l) => l.url),
    tags: tagsText.split(",").map((t) => t.trim()).filter(Boolean),
  });

  const checkWarnings = async () => {
    const sent = payload();
    try {
      const found = await unwrap(commands.checkCandidate(sent, candidate?.id ?? null));
      const byEmail = new Map<string, Warning>();
      for (const w of found) {
        const email = sent.emails[Number(w.field.split(".")[1])];
        if (email) byEmail.set(email, w);
      }
      setWarnings(byEmail);
    } catch (error) {
      // Advisory only: saving still reports real problems, but say that the check did not run.
      toast.error(error);
    }
  };

  const submit = () => {
    const sent = payload();
    setInput((i) => ({
      ...i,
      emails: sent.emails.length ? sent.emails : [""],
      phones: sent.phones.length ? sent.phones : [""],
      links: sent.links,
    }));
    save.mutate(
      { id: candidate?.id, input: sent, roleId: role || undefined },
      {
        onSuccess: (saved) => {
          const verb = candidate ? "Saved" : "Added";
          const first = saved.warnings[0];
          if (first?.related_id) {
            const related = first.related_id;
            toast.show(`${verb} ${saved.candidate.full_name}. ${first.message}`, {
              label: "Open the other candidate",
              run: () => navigate({ page: "candidates", id: related }),
            });
          } else {
            toast.show(`${verb} ${saved.candidate.full_name}.`);
          }
          onClose();
          if (!candidate && !roleId) navigate({ page: "candidates", id: saved.candidate.id });
        },
      },
    );
  };

  const listEditor = (field: "emails" | "phones", label: string, type: string, placeholder: string) => (
    <fieldset className="list-field">
      <legend>{label}</legend>
      {input[field].map((value, i) => {
        const error = fields.item(field, i);
        const warning = field === "emails" ? warnings.get(value.trim().toLowerCase()) : undefined;
        return (
          <div key={i} className={error ? "field field-invalid" : "field"}>
            <div className="list-field-row">
              <input
                type={type}
                name={`${field}.${i}`}
                aria-label={`${label} ${i + 1}`}
                aria-invalid={Boolean(error)}
                value={value}
                placeholder={placeholder}
                onChange={(e) => set(field, input[field].map((v, j) => (j === i ? e.target.value : v)), `${field}.${i}`)}
                onBlur={field === "emails" ? checkWarnings : undefined}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove ${label.toLowerCase()} ${i + 1}`}
                onClick={() => set(field, input[field].filter((_, j) => j !== i))}
              >
                ×
              </button>
            </div>
            <ItemMessages
              error={error}
              warning={
                warning && (
                  <>
                    {warning.message}{" "}
                    {warning.related_id && (
                      <a href={`#/candidates/${warning.related_id}`} onClick={onClose}>
                        Open
                      </a>
                    )}
                  </>
                )
              }
            />
          </div>
        );
      })}
      {ownErr(field).map((m) => (
        <p key={m} className="field-error" role="alert">
          {m}
        </p>
      ))}
      <button type="button" className="button button-small" onClick={() => set(field, [...input[field], ""])}>
        + Add {field === "emails" ? "email" : "phone"}
      </button>
    </fieldset>
  );

  const setLink = (i: number, link: Link, edited = true) => set("links", input.links.map((l, j) => (j === i ? link : l)), edited ? `links.${i}` : null);

  return (
    <Dialog title={candidate ? `Edit ${candidate.full_name}` : "New candidate"} onClose={onClose} wide>
      <form
        ref={formRef}
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <FormError error={save.error} />
        {save.error instanceof CommandError && save.error.kind === "validation" && fields.count > 1 && (
          <p className="banner banner-error" role="alert">
            {fields.count} fields need attention; each is marked below.
          </p>
        )}
        <TextField label="Full name" name="full_name" value={input.full_name} onChange={(v) => set("full_name", v)} errors={err("full_name")} autoFocus />
        <div className="form-row">
          {listEditor("emails", "Emails", "email", "name@example.com")}
          {listEditor("phones", "Phones", "tel", "+49 30 1234567")}
        </div>
        <fieldset className="list-field">
          <legend>Links</legend>
          {input.links.map((link, i) => {
            const error = fields.item("links", i);
            return (
              <div key={i} className={error ? "field field-invalid" : "field"}>
                <div className="list-field-row">
                  <select aria-label={`Link ${i + 1} kind`} value={link.kind} onChange={(e) => setLink(i, { ...link, kind: e.target.value as LinkKind })}>
                    {LINK_KINDS.map((k) => (
                      <option key={k.kind} value={k.kind}>
                        {k.label}
                      </option>
                    ))}
                  </select>
                  <input
                    aria-label={`Link ${i + 1} address`}
                    name={`links.${i}`}
                    value={link.url}
                    placeholder="https://github.com/…"
                    onChange={(e) => setLink(i, { kind: link.url ? link.kind : guessKind(e.target.value), url: e.target.value })}
                    onBlur={(e) => setLink(i, { kind: guessKind(e.target.value) === "site" ? link.kind : guessKind(e.target.value), url: e.target.value }, false)}
                  />
                  <button type="button" className="icon-button" aria-label={`Remove link ${i + 1}`} onClick={() => set("links", input.links.filter((_, j) => j !== i))}>
                    ×
                  </button>
                </div>
                <ItemMessages error={error} />
              </div>
            );
          })}
          <button type="button" className="button button-small" onClick={() => set("links", [...input.links, { kind: "github", url: "" }])}>
            + Add link
          </button>
        </fieldset>
        <div className="form-row">
          <TextField label="Location" name="location" value={input.location} onChange={(v) => set("location", v)} errors={err("location")} placeholder="Berlin, Germany" />
          <TextField label="Time zone" name="time_zone" value={input.time_zone} onChange={(v) => set("time_zone", v)} errors={err("time_zone")} placeholder="Europe/Berlin" />
          <TextField label="Source" name="source" value={input.source} onChange={(v) => set("source", v)} errors={err("source")} placeholder="Referral" />
        </div>
        <Field label="Tags" errors={err("tags")} hint="Separate tags with commas.">
          {(p) => (
            <input
              {...p}
              name="tags"
              value={tagsText}
              onChange={(e) => {
                setTagsText(e.target.value);
                fields.edit("tags");
              }}
              placeholder="rust, payments"
            />
          )}
        </Field>
        <Field label="Notes" errors={err("notes")}>
          {(p) => <textarea {...p} name="notes" rows={4} value={input.notes} onChange={(e) => set("notes", e.target.value)} />}
        </Field>
        {!candidate && (
          <Field label="Add to role" hint="Optional: the candidate starts in Sourced.">
            {(p) => (
              <select {...p} name="role" value={role} onChange={(e) => setRole(e.target.value)}>
                <option value="">No role yet</option>
                {rolesForPicker(roles.data).map((r) => (
                  <option key={r.role.id} value={r.role.id}>
                    {r.role.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <FormActions onCancel={onClose} submitLabel={candidate ? "Save candidate" : "Add candidate"} pending={save.isPending} />
      </form>
    </Dialog>
  );
}
