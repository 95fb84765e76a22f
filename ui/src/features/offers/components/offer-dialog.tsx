// An offer for one application: the terms (with the four sections strong candidates want spelled
// out, warned about when empty), a live preview of the letter, approvals in order, the status with
// its history, versions with a diff, and exports (PDF, DOCX, HTML).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";

import { commands } from "../../../bindings";
import { usePeople } from "../../../api/use-people";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { Dialog } from "../../../components/dialog";
import { FormError, useFieldErrors } from "../../../components/form";
import { useToast } from "../../../components/toast";
import { useUserZone } from "../../../lib/clock";
import { dateInDays, formatDateTime } from "../../../lib/format";
import { describe, fieldErrors, unwrap } from "../../../lib/ipc";
import { keys } from "../../../lib/query-keys";
import type { ApplicationView, ApprovalRule, LetterFormat, OfferAction, OfferStatus, OfferTerms, OfferView, Role } from "../../../lib/types";

const STATUS: Record<OfferStatus, string> = {
  draft: "Draft",
  pending_approval: "Pending approval",
  approved: "Approved",
  sent: "Sent",
  accepted: "Accepted",
  declined: "Declined",
  expired: "Expired",
};

/** Steps that cannot be taken back: each asks first and says what follows (issue 12.5). */
type FinalAction = "send" | "accept" | "decline" | "expire";
const FINAL: Record<FinalAction, { button: string; title: string; confirm: string; cancel: string; says: (name: string, role: string) => string }> = {
  send: {
    button: "Mark as sent…",
    title: "Mark the offer as sent?",
    confirm: "Mark as sent",
    cancel: "Not yet",
    says: (name) => `Records that ${name} has the letter. From then on its terms are fixed: the offer can only be accepted, declined or expire, and this cannot be undone.`,
  },
  accept: {
    button: "Accepted…",
    title: "Record the offer as accepted?",
    confirm: "Record acceptance",
    cancel: "Keep the offer open",
    says: (name, role) => `${name} moves to Hired for ${role}. An accepted offer is final: this cannot be undone.`,
  },
  decline: {
    button: "Declined…",
    title: "Record the offer as declined?",
    confirm: "Record decline",
    cancel: "Keep the offer open",
    says: (name) => `A declined offer is final: it cannot be sent again or undone. ${name} stays in the Offer stage until you move them.`,
  },
  expire: {
    button: "Expired…",
    title: "Mark the offer as expired?",
    confirm: "Mark as expired",
    cancel: "Keep the offer open",
    says: (name) => `An expired offer is final: it cannot be sent again or undone. ${name} stays in the Offer stage until you move them.`,
  },
};

const ZERO_DECIMALS = ["JPY", "KRW"];
const unit = (currency: string) => (ZERO_DECIMALS.includes(currency) ? 1 : 100);

/** New terms: dates count from today on the app's clock in the user's zone, like the store's expiry check. */
function defaults(role: Role): OfferTerms {
  const i = role.intake;
  const mid = i.comp_min !== null && i.comp_max !== null ? Math.round((i.comp_min + i.comp_max) / 2) : 0;
  return {
    title: role.title,
    level: role.level,
    base_salary: mid,
    currency: i.currency || "EUR",
    bonus: "",
    equity: "",
    start_date: dateInDays(45),
    location: "",
    remote_policy: "",
    expires_on: dateInDays(10),
    scope: i.impact_first_focus,
    decision_ownership: "",
    growth_path: "",
    team_environment: i.impact_collaboration,
  };
}

export function OfferDialog({ view, onClose }: { view: ApplicationView; onClose: () => void }) {
  const offer = useQuery({ queryKey: keys.offer(view.application.id), queryFn: () => unwrap(commands.getOffer(view.application.id)) });
  const role = useQuery({ queryKey: keys.role(view.application.role_id), queryFn: () => unwrap(commands.getRole(view.application.role_id)) });
  if (!offer.isSuccess || !role.data) return null;
  return <OfferEditor key={offer.data ? `${offer.data.id}:${offer.data.version}:${offer.data.status}` : "new"} view={view} role={role.data.role} offer={offer.data} onClose={onClose} />;
}

function OfferEditor({ view, role, offer, onClose }: { view: ApplicationView; role: Role; offer: OfferView | null; onClose: () => void }) {
  const client = useQueryClient();
  const toast = useToast();
  const zone = useUserZone();
  const people = usePeople();
  const templates = useQuery({ queryKey: ["offer-templates"], queryFn: () => unwrap(commands.offerTemplates()) });
  const [terms, setTerms] = useState<OfferTerms>(offer?.terms ?? defaults(role));
  const [templateId, setTemplateId] = useState(offer?.template_id ?? "default");
  const [rule, setRule] = useState<ApprovalRule>(offer?.approval_rule ?? "outside_band");
  const [approvers, setApprovers] = useState<string[]>(offer?.approvers.map((a) => a.person_id) ?? []);
  const [salaryText, setSalaryText] = useState(() => (terms.base_salary ? String(terms.base_salary / unit(terms.currency)) : ""));
  const [comment, setComment] = useState("");
  const [compare, setCompare] = useState<number[]>([]);
  const deferred = useDeferredValue(JSON.stringify({ terms, templateId, rule }));
  const preview = useQuery({
    queryKey: ["offer-preview", view.application.id, deferred],
    queryFn: async () => {
      const p = JSON.parse(deferred) as { terms: OfferTerms; templateId: string; rule: ApprovalRule };
      const letter = await unwrap(commands.previewLetter(view.application.id, p.terms, p.templateId, p.rule));
      return { ...letter, html: letter.letter ? await commands.renderMarkdown(letter.letter) : "" };
    },
    placeholderData: keepPreviousData,
  });
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: keys.offer(view.application.id) }),
      client.invalidateQueries({ queryKey: keys.role(view.application.role_id) }),
      client.invalidateQueries({ queryKey: keys.candidates }),
    ]);
  const save = useMutation({
    mutationFn: () => unwrap(commands.saveOffer({ application_id: view.application.id, terms, template_id: templateId, approval_rule: rule, approver_ids: approvers })),
    onSuccess: (o) => {
      toast.show(`Saved version ${o.version} of the offer.`);
      void refresh();
    },
  });
  const [confirming, setConfirming] = useState<FinalAction | null>(null);
  const act = useMutation({
    mutationFn: ({ action }: { action: OfferAction }) => (offer ? unwrap(commands.offerAction(offer.id, action, null)) : Promise.reject(new Error("Save the offer first."))),
    onSuccess: (o, { action }) => {
      setConfirming(null);
      // Submitting and going back to draft undo each other; the final steps asked first instead.
      const undo: OfferAction | null = action === "submit" ? "reopen" : action === "reopen" ? "submit" : null;
      toast.show(
        `The offer is ${STATUS[o.status].toLowerCase()}.${o.status === "accepted" ? ` ${o.candidate_name} moved to Hired.` : ""}`,
        undo
          ? {
              label: "Undo",
              run: () =>
                void unwrap(commands.offerAction(o.id, undo, null))
                  .then(async (back) => {
                    await refresh();
                    toast.show(`The offer is ${STATUS[back.status].toLowerCase()} again.`);
                  })
                  .catch(toast.error),
            }
          : undefined,
      );
      void refresh();
    },
    onError: () => setConfirming(null),
  });
  const decide = useMutation({
    mutationFn: (decision: "approved" | "rejected") => (offer ? unwrap(commands.decideOffer(offer.id, decision, comment)) : Promise.reject(new Error("No offer"))),
    onSuccess: (o) => {
      toast.show(o.status === "approved" ? "Approved: the offer can be sent." : o.status === "draft" ? "Rejected: the offer is back in draft." : "Approved: the next approver is asked.");
      void refresh();
    },
  });
  const diff = useQuery({
    queryKey: ["offer-diff", offer?.id, compare],
    queryFn: () => (offer && compare.length === 2 ? unwrap(commands.offerDiff(offer.id, Math.min(...compare), Math.max(...compare))) : null),
    enabled: compare.length === 2,
  });
  const exportAs = (format: LetterFormat) =>
    offer &&
    unwrap(commands.exportOffer(offer.id, format)).then(
      (path) => toast.show(`Saved ${path}`),
      (e: unknown) => toast.error(e),
    );

  const status = offer?.status ?? "draft";
  const editable = status === "draft" || status === "pending_approval" || status === "approved";
  const fields = useFieldErrors(save.error);
  const changeApprovers = (change: (a: string[]) => string[]) => {
    setApprovers(change);
    fields.edit("approver_ids");
  };
  /** Sets a term, which answers the errors the last save found in it. */
  const set = <K extends keyof OfferTerms>(k: K, v: OfferTerms[K]) => {
    setTerms((t) => ({ ...t, [k]: v }));
    fields.edit(k);
  };
  const warnings = preview.data?.warnings ?? [];
  const warn = (field: string) => warnings.filter((w) => w.field === field).map((w) => w.message);
  const err = fields.errors;
  const errorsOf = (field: string) =>
    err(field).map((m) => (
      <span key={m} className="field-error" role="alert">
        {m}
      </span>
    ));
  const directory = people.data ?? [];
  const turn = offer?.approvers.find((a) => a.current);

  const text = (field: "title" | "level" | "bonus" | "equity" | "location" | "remote_policy", label: string) => (
    <label className="offer-field">
      <span>{label}</span>
      <input name={field} value={terms[field]} disabled={!editable} onChange={(e) => set(field, e.target.value)} aria-invalid={err(field).length > 0} />
      {errorsOf(field)}
    </label>
  );
  const section = (field: "scope" | "decision_ownership" | "growth_path" | "team_environment", label: string, hint: string) => (
    <label className="offer-field offer-section" data-section={field}>
      <span>{label}</span>
      <textarea name={field} rows={3} placeholder={hint} value={terms[field]} disabled={!editable} onChange={(e) => set(field, e.target.value)} />
      {warn(field).map((m) => (
        <span key={m} className="field-warning" role="status">
          <span aria-hidden>⚠ </span>
          {m}
        </span>
      ))}
    </label>
  );

  return (
    <Dialog title={`Offer: ${view.candidate_name}`} onClose={onClose} wide>
      <div className="offer-head">
        <span className={`offer-status offer-status-${status}`}>{STATUS[status]}</span>
        {offer && <span className="muted">version {offer.version}</span>}
        <span className="muted">{view.role_title}</span>
        {offer?.past_expiry && <span className="field-warning">⚠ Past its expiry date: mark it expired or send a new one.</span>}
        <span className="offer-actions">
          {offer && status === "draft" && (
            <button type="button" className="button button-primary" disabled={act.isPending} onClick={() => act.mutate({ action: "submit" })}>
              {offer.approval_needed ? "Submit for approval" : "Approve (inside the band)"}
            </button>
          )}
          {offer && status === "approved" && (
            <button type="button" className="button button-primary" data-offer-action="send" onClick={() => setConfirming("send")}>
              {FINAL.send.button}
            </button>
          )}
          {offer && status === "sent" && (
            <>
              <button type="button" className="button button-primary" data-offer-action="accept" onClick={() => setConfirming("accept")}>
                {FINAL.accept.button}
              </button>
              <button type="button" className="button" data-offer-action="decline" onClick={() => setConfirming("decline")}>
                {FINAL.decline.button}
              </button>
            </>
          )}
          {offer && (status === "sent" || status === "approved") && (
            <button type="button" className="button" data-offer-action="expire" onClick={() => setConfirming("expire")}>
              {FINAL.expire.button}
            </button>
          )}
          {offer && (status === "pending_approval" || status === "approved") && (
            <button type="button" className="button" data-offer-action="reopen" disabled={act.isPending} onClick={() => act.mutate({ action: "reopen" })}>
              Back to draft
            </button>
          )}
        </span>
      </div>
      {act.isError && (
        <p className="banner banner-error" role="alert">
          {[...fieldErrors(act.error, "approver_ids"), ...fieldErrors(act.error, "action"), ...warnings.map((w) => w.field).flatMap((f) => fieldErrors(act.error, f))][0] ?? describe(act.error)}
        </p>
      )}
      <div className="offer-layout">
        <form
          className="offer-form"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <div className="offer-row">
            {text("title", "Title")}
            {text("level", "Level")}
          </div>
          <div className="offer-row">
            <label className="offer-field">
              <span>Base salary (a year)</span>
              <input
                name="base_salary"
                inputMode="decimal"
                value={salaryText}
                disabled={!editable}
                aria-invalid={err("base_salary").length > 0}
                onChange={(e) => {
                  setSalaryText(e.target.value);
                  const n = Number(e.target.value.replace(/[,\s]/g, ""));
                  set("base_salary", Number.isFinite(n) ? Math.round(n * unit(terms.currency)) : 0);
                }}
              />
              {errorsOf("base_salary")}
            </label>
            <label className="offer-field offer-currency">
              <span>Currency</span>
              <input name="currency" value={terms.currency} maxLength={3} disabled={!editable} onChange={(e) => set("currency", e.target.value.toUpperCase())} />
              {errorsOf("currency")}
            </label>
          </div>
          <div className="offer-row">
            {text("bonus", "Bonus")}
            {text("equity", "Equity")}
          </div>
          <div className="offer-row">
            <label className="offer-field">
              <span>Start date</span>
              <input type="date" name="start_date" value={terms.start_date ?? ""} disabled={!editable} onChange={(e) => set("start_date", e.target.value || null)} />
              {errorsOf("start_date")}
            </label>
            <label className="offer-field">
              <span>Offer expires on</span>
              <input type="date" name="expires_on" value={terms.expires_on ?? ""} disabled={!editable} onChange={(e) => set("expires_on", e.target.value || null)} />
              {errorsOf("expires_on")}
            </label>
          </div>
          <div className="offer-row">
            {text("location", "Location")}
            {text("remote_policy", "Remote policy")}
          </div>
          {section("scope", "Immediate scope", "Which services, migrations or reliability work they own first")}
          {section("decision_ownership", "Decision ownership", "What they decide on their own")}
          {section("growth_path", "Growth path", "What the next level looks like and how they get there")}
          {section("team_environment", "Team environment", "Who they work with and how the team works")}
          <div className="offer-row">
            <label className="offer-field">
              <span>Letter template</span>
              <select name="template" value={templateId} disabled={!editable} onChange={(e) => setTemplateId(e.target.value)}>
                {(templates.data ?? []).map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="offer-field">
              <span>Approval</span>
              <select name="approval_rule" value={rule} disabled={!editable} onChange={(e) => setRule(e.target.value as ApprovalRule)}>
                <option value="always">Always</option>
                <option value="outside_band">Only outside the role's band</option>
              </select>
            </label>
          </div>
          <fieldset className="approvers" disabled={!editable}>
            <legend>Approvers, in order</legend>
            <ol>
              {approvers.map((id, i) => (
                <li key={id} data-approver={directory.find((p) => p.id === id)?.name}>
                  {directory.find((p) => p.id === id)?.name ?? "Removed person"}
                  <button type="button" className="icon-button" aria-label="Earlier" disabled={i === 0} onClick={() => changeApprovers((a) => { const b = [...a]; [b[i - 1], b[i]] = [b[i] as string, b[i - 1] as string]; return b; })}>
                    ↑
                  </button>
                  <button type="button" className="icon-button" aria-label="Remove approver" onClick={() => changeApprovers((a) => a.filter((x) => x !== id))}>
                    ×
                  </button>
                </li>
              ))}
            </ol>
            <select
              name="add_approver"
              aria-label="Add an approver"
              value=""
              onChange={(e) => e.target.value && changeApprovers((a) => [...a, e.target.value])}
            >
              <option value="">Add an approver…</option>
              {directory
                .filter((p) => !approvers.includes(p.id))
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
            </select>
            {err("approver_ids").map((m) => (
              <p key={m} className="field-error" role="alert">
                {m}
              </p>
            ))}
            {preview.data && <p className="muted">{preview.data.approval_reason}</p>}
          </fieldset>
          <FormError error={save.error} />
          {editable && (
            <button type="submit" className="button button-primary" disabled={save.isPending}>
              {offer ? (status === "draft" ? "Save new version" : "Save changes (back to draft)") : "Save draft"}
            </button>
          )}
        </form>
        <section className="offer-preview" aria-label="Letter preview">
          <div className="offer-preview-bar">
            <strong>Preview</strong>
            {warnings.length > 0 && <span className="field-warning">⚠ {warnings.length} empty section{warnings.length === 1 ? "" : "s"}</span>}
            {offer && (
              <span className="offer-exports">
                <button type="button" className="button button-small" onClick={() => void exportAs("pdf")}>
                  Export PDF
                </button>
                <button type="button" className="button button-small" onClick={() => void exportAs("docx")}>
                  Export DOCX
                </button>
                <button type="button" className="button button-small" onClick={() => void exportAs("html")}>
                  Export HTML
                </button>
              </span>
            )}
          </div>
          {preview.data?.error ? (
            <p className="banner banner-error" role="alert">
              {preview.data.error}
            </p>
          ) : (
            // The HTML comes from our own Markdown renderer, which escapes all text.
            <article className="letter" dangerouslySetInnerHTML={{ __html: preview.data?.html ?? "" }} />
          )}
        </section>
      </div>
      {offer && offer.approvers.length > 0 && (
        <section className="offer-approvals" aria-labelledby="approvals-title">
          <h3 id="approvals-title">Approvals (version {offer.version})</h3>
          <ol>
            {offer.approvers.map((a) => (
              <li key={a.person_id} className={a.current ? "is-current" : undefined} data-approver={a.name}>
                <strong>{a.name}</strong>{" "}
                {a.decision === "approved" ? "✓ approved" : a.decision === "rejected" ? "✕ rejected" : a.current ? "← their turn" : "waiting"}
                {a.comment && <span className="muted"> “{a.comment}”</span>}
                {a.decided_at && <span className="muted"> · {formatDateTime(a.decided_at, zone)}</span>}
              </li>
            ))}
          </ol>
          {turn?.mine && (
            <div className="decide">
              <textarea name="approval_comment" rows={2} placeholder="Comment (required to reject)" value={comment} onChange={(e) => setComment(e.target.value)} />
              <button type="button" className="button button-primary" disabled={decide.isPending} onClick={() => decide.mutate("approved")}>
                Approve
              </button>
              <button type="button" className="button button-danger" disabled={decide.isPending} onClick={() => decide.mutate("rejected")}>
                Reject
              </button>
              {fieldErrors(decide.error, "comment").map((m) => (
                <span key={m} className="field-error" role="alert">
                  {m}
                </span>
              ))}
            </div>
          )}
          {turn && !turn.mine && <p className="muted">Waiting for {turn.name}. Only they can approve (choose who you are in Settings).</p>}
          {decide.isError && !fieldErrors(decide.error, "comment").length && <FormError error={decide.error} />}
        </section>
      )}
      {offer && (
        <div className="offer-history">
          <section aria-labelledby="offer-events-title">
            <h3 id="offer-events-title">History</h3>
            <ol className="history">
              {[...offer.events].reverse().map((e, i) => (
                <li key={i}>
                  <strong>{STATUS[e.to_status]}</strong> <span className="muted">{formatDateTime(e.at, zone)} · {e.actor}</span>
                  {e.note && <div className="muted">{e.note}</div>}
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="offer-versions-title">
            <h3 id="offer-versions-title">Versions</h3>
            <p className="muted">Tick two to compare.</p>
            <ul className="versions" data-no-draft>
              {offer.versions.map((v) => (
                <li key={v.version}>
                  <label className="checkbox-inline">
                    <input
                      type="checkbox"
                      name={`version-${v.version}`}
                      checked={compare.includes(v.version)}
                      onChange={(e) => setCompare((c) => (e.target.checked ? [...c, v.version].slice(-2) : c.filter((x) => x !== v.version)))}
                    />
                    Version {v.version} <span className="muted">· {formatDateTime(v.at, zone)} · {v.actor}</span>
                  </label>
                </li>
              ))}
            </ul>
            {diff.data && (
              <div className="offer-diff" aria-label="Differences">
                <p>
                  Version {diff.data.from} → {diff.data.to}
                </p>
                {diff.data.fields.length > 0 && (
                  <table className="diff-fields">
                    <tbody>
                      {diff.data.fields.map((f) => (
                        <tr key={f.field}>
                          <th scope="row">{f.field}</th>
                          <td className="diff-removed">{f.before || "—"}</td>
                          <td className="diff-added">{f.after || "—"}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                <pre className="diff-letter">
                  {diff.data.letter
                    .filter((l) => l.change !== "same")
                    .map((l, i) => (
                      <div key={i} className={l.change === "added" ? "diff-added" : "diff-removed"}>
                        {l.change === "added" ? "+ " : "− "}
                        {l.text}
                      </div>
                    ))}
                </pre>
              </div>
            )}
          </section>
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title={FINAL[confirming].title}
          confirmLabel={FINAL[confirming].confirm}
          cancelLabel={FINAL[confirming].cancel}
          danger={confirming !== "send" && confirming !== "accept"}
          pending={act.isPending}
          onCancel={() => setConfirming(null)}
          onConfirm={() => act.mutate({ action: confirming })}
        >
          <p>{FINAL[confirming].says(view.candidate_name, view.role_title)}</p>
        </ConfirmDialog>
      )}
    </Dialog>
  );
}
