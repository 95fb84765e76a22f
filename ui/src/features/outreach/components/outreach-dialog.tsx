// A first message to a candidate about a role: filled from the role's intake and the candidate's
// profile, every ingredient editable, linted as you type (what costs replies), then copied, opened
// in the mail client or saved as .eml, and recorded with a follow-up date.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";

import { rolesForPicker, useRoleOptions } from "../../../api/use-role-options";
import { commands } from "../../../bindings";
import { Dialog } from "../../../components/dialog";
import { FormError } from "../../../components/form";
import { useToast } from "../../../components/toast";
import { formatDate } from "../../../lib/format";
import { describe, unwrap } from "../../../lib/ipc";
import { keys } from "../../../lib/query-keys";
import type { OutreachChannel, OutreachDraft, OutreachFields } from "../../../lib/types";

const FIELDS: { key: keyof OutreachFields; label: string; hint: string }[] = [
  { key: "signal", label: "What stood out in their background", hint: "Your Kafka consumer rewrite at Stripe" },
  { key: "problem", label: "The team's specific problem", hint: "moving settlement off a nightly batch" },
  { key: "environment", label: "Language / service environment", hint: "Go services and Kafka" },
  { key: "cloud", label: "Cloud / infrastructure", hint: "AWS and Kubernetes" },
  { key: "ownership", label: "What they would own", hint: "the settlement service end to end" },
];

export function OutreachDialog({ candidateId, candidateName, roles, onClose }: { candidateId: string; candidateName: string; roles: { id: string; title: string }[]; onClose: () => void }) {
  const allRoles = useRoleOptions();
  const choices = roles.length
    ? roles
    : rolesForPicker(allRoles.data)
        .filter((r) => r.role.status === "open")
        .map((r) => ({ id: r.role.id, title: r.role.title }));
  const [roleId, setRoleId] = useState<string | null>(null);
  const role = roleId ?? choices[0]?.id ?? null;
  const [templateId, setTemplateId] = useState("default");
  const templates = useQuery({ queryKey: ["outreach-templates"], queryFn: () => unwrap(commands.outreachTemplates()) });
  const draft = useQuery({
    queryKey: ["outreach-draft", candidateId, role, templateId],
    queryFn: () => (role ? unwrap(commands.outreachDraft(candidateId, role, templateId)) : Promise.resolve(null)),
    enabled: role !== null,
  });
  return (
    <Dialog title={`Outreach: ${candidateName}`} onClose={onClose} wide>
      <div className="outreach-pickers" data-no-draft>
        <label>
          Role{" "}
          <select name="outreach_role" value={role ?? ""} onChange={(e) => setRoleId(e.target.value)}>
            {choices.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Template{" "}
          <select name="outreach_template" value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
            {(templates.data ?? []).map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {choices.length === 0 && <p className="muted">Open a role first: a message names the role's problem.</p>}
      {draft.isError && <FormError error={draft.error} />}
      {draft.data && role && (
        <Composer key={`${role}:${templateId}`} candidateId={candidateId} roleId={role} templateId={templateId} initial={draft.data} onDone={onClose} />
      )}
    </Dialog>
  );
}

function Composer({ candidateId, roleId, templateId, initial, onDone }: { candidateId: string; roleId: string; templateId: string; initial: OutreachDraft; onDone: () => void }) {
  const client = useQueryClient();
  const toast = useToast();
  const [fields, setFields] = useState<OutreachFields>(initial.fields);
  const [edited, setEdited] = useState<string | null>(null);
  const [subject, setSubject] = useState(initial.subject);
  const [channel, setChannel] = useState<OutreachChannel>("email");
  const [followUp, setFollowUp] = useState(5);
  const deferredFields = useDeferredValue(fields);
  // Ingredients re-render the message until it is edited by hand; then only the lint follows.
  const rendered = useQuery({
    queryKey: ["outreach-preview", initial.to, templateId, deferredFields],
    queryFn: () => unwrap(commands.outreachPreview(initial.to, deferredFields.role_title, templateId, deferredFields)),
    placeholderData: keepPreviousData,
  });
  const current = rendered.data ?? initial;
  const text = edited ?? current.text;
  const deferredText = useDeferredValue(text);
  const lint = useQuery({
    queryKey: ["outreach-lint", deferredText, deferredFields],
    queryFn: () => commands.lintOutreach(deferredText, deferredFields),
  });
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const message = { to: initial.to, subject, body: text };
  const record = useMutation({
    mutationFn: () =>
      unwrap(commands.recordOutreach({ candidate_id: candidateId, role_id: roleId, channel, subject, body: text, follow_up_days: followUp > 0 ? followUp : null })),
    onSuccess: (o) => {
      void client.invalidateQueries({ queryKey: keys.outreach(candidateId) });
      void client.invalidateQueries({ queryKey: keys.myWeek });
      toast.show(`Recorded the message to ${o.candidate_name}${o.follow_up_on ? `; follow up on ${formatDate(o.follow_up_on)}` : ""}.`);
      onDone();
    },
  });
  const findings = lint.data ?? [];
  return (
    <div className="outreach">
      <div className="outreach-fields">
        {FIELDS.map((f) => (
          <label key={f.key} className="offer-field">
            <span>{f.label}</span>
            <input name={`field-${f.key}`} placeholder={f.hint} value={fields[f.key]} onChange={(e) => setFields((x) => ({ ...x, [f.key]: e.target.value }))} />
          </label>
        ))}
        {edited !== null && (
          <button type="button" className="button button-small" onClick={() => setEdited(null)}>
            Refill the message from these
          </button>
        )}
      </div>
      <div className="outreach-message">
        <label className="offer-field">
          <span>To</span>
          <input readOnly value={initial.to || "no email on file"} />
        </label>
        <label className="offer-field">
          <span>Subject</span>
          <input name="subject" value={subject} onChange={(e) => setSubject(e.target.value)} />
        </label>
        <label className="offer-field">
          <span>
            Message <span className={words > 120 ? "field-warning" : "muted"}>{words} words</span>
          </span>
          <textarea name="outreach_message" rows={12} value={text} onChange={(e) => setEdited(e.target.value)} />
        </label>
        {current.error && (
          <p className="banner banner-error" role="alert">
            {current.error}
          </p>
        )}
        <ul className="lint" aria-label="What may cost replies">
          {findings.length === 0 ? (
            <li className="lint-ok">✓ Short, specific and about them.</li>
          ) : (
            findings.map((f, i) => (
              <li key={i} className="lint-finding" data-lint={f.kind}>
                <span aria-hidden>⚠ </span>
                {f.message}
              </li>
            ))
          )}
        </ul>
        <div className="form-actions outreach-actions">
          <button
            type="button"
            className="button"
            onClick={() =>
              navigator.clipboard.writeText(`Subject: ${subject}\n\n${text}`).then(
                () => toast.show("Message copied."),
                (e: unknown) => toast.error(e),
              )
            }
          >
            Copy
          </button>
          <button type="button" className="button" onClick={() => unwrap(commands.openMail(message)).catch((e: unknown) => toast.error(e))}>
            Open in mail
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              unwrap(commands.exportEml(message)).then(
                (path) => toast.show(`Saved ${path}`),
                (e: unknown) => toast.error(e),
              )
            }
          >
            Save .eml
          </button>
        </div>
        <div className="outreach-record">
          <label>
            Sent by{" "}
            <select name="channel" value={channel} onChange={(e) => setChannel(e.target.value as OutreachChannel)}>
              <option value="email">Email</option>
              <option value="linkedin">LinkedIn</option>
              <option value="other">Other</option>
            </select>
          </label>
          <label>
            Follow up in{" "}
            <input type="number" name="follow_up_days" min={0} max={90} value={followUp} onChange={(e) => setFollowUp(Math.max(0, Math.trunc(e.target.valueAsNumber) || 0))} /> days
          </label>
          <button type="button" className="button button-primary" disabled={record.isPending} onClick={() => record.mutate()}>
            Record as sent
          </button>
        </div>
        {record.isError && (
          <p className="banner banner-error" role="alert">
            {describe(record.error)}
          </p>
        )}
      </div>
    </div>
  );
}
