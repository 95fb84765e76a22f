// The interview plan and scorecard template of a role: steps with distinct jobs, the
// competencies each step rates, and a printable interview kit per step.
import { useState } from "react";

import { Dialog } from "../../../components/dialog";
import { FormError } from "../../../components/form";
import { InfoIcon } from "../../../components/icons";
import { useToast } from "../../../components/toast";
import { fieldErrors, itemError } from "../../../lib/ipc";
import { PIPELINE, stageLabel } from "../../../lib/format";
import type { Competency, InterviewPlan, PlanStep, Role, Stage } from "../../../lib/types";
import { useSaveRole } from "../api/use-save-role";
import { toInput } from "./role-form";

/** Same rule as the Rust side: "System Design Judgment" → "system-design-judgment". */
export function slug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

const SLA_STAGES: Stage[] = PIPELINE.filter((s) => s !== "hired");

export function PlanTab({ role }: { role: Role }) {
  const [plan, setPlan] = useState<InterviewPlan>(role.plan);
  const [newName, setNewName] = useState("");
  const [addError, setAddError] = useState<string | null>(null);
  const [kit, setKit] = useState<PlanStep | null>(null);
  const save = useSaveRole();
  const toast = useToast();
  const dirty = JSON.stringify(plan) !== JSON.stringify(role.plan);
  const unassessed = plan.competencies.filter((c) => !plan.steps.some((s) => s.competencies.includes(c.id)));

  const setCompetency = (id: string, patch: Partial<Competency>) =>
    setPlan((p) => ({ ...p, competencies: p.competencies.map((c) => (c.id === id ? { ...c, ...patch } : c)) }));
  const removeCompetency = (id: string) =>
    setPlan((p) => ({ ...p, competencies: p.competencies.filter((c) => c.id !== id), steps: p.steps.map((s) => ({ ...s, competencies: s.competencies.filter((x) => x !== id) })) }));
  const toggle = (step: string, competency: string, on: boolean) =>
    setPlan((p) => ({
      ...p,
      steps: p.steps.map((s) => (s.id !== step ? s : { ...s, competencies: on ? [...s.competencies, competency] : s.competencies.filter((c) => c !== competency) })),
    }));
  const add = () => {
    const id = slug(newName);
    if (!id) return setAddError("Give the competency a name.");
    if (plan.competencies.some((c) => c.id === id)) return setAddError(`“${newName.trim()}” is already on the scorecard.`);
    setPlan((p) => ({ ...p, competencies: [...p.competencies, { id, name: newName.trim(), look_for: "", strong: "", weak: "", mixed: "" }] }));
    setNewName("");
    setAddError(null);
  };

  return (
    <div className="plan">
      <div className="jd-toolbar">
        <span className="muted">{dirty ? "Unsaved changes" : "Saved"}</span>
        <button
          type="button"
          className="button button-primary"
          disabled={!dirty || save.isPending}
          onClick={() => save.mutate({ id: role.id, input: { ...toInput(role), plan } }, { onSuccess: () => toast.show("Saved the interview plan.") })}
        >
          Save plan
        </button>
      </div>
      <FormError error={save.error} />
      {fieldErrors(save.error, "plan").map((m) => (
        <p key={m} className="banner banner-error" role="alert">
          {m}
        </p>
      ))}
      {unassessed.length > 0 && (
        <p className="banner banner-warning" role="status">
          <InfoIcon />No step rates {unassessed.map((c) => c.name).join(", ")}: nobody would gather evidence for{" "}
          {unassessed.length === 1 ? "it" : "them"}.
        </p>
      )}
      <div className="inline-setting">
        <label htmlFor="feedback-hours">Scorecards are due</label>
        <input
          id="feedback-hours"
          type="number"
          min={1}
          max={336}
          value={plan.feedback_hours || ""}
          onChange={(e) => setPlan((p) => ({ ...p, feedback_hours: Math.trunc(e.target.valueAsNumber) || 0 }))}
        />
        <span>hours after each interview ends, counted on each interviewer's own clock.</span>
      </div>
      <fieldset className="sla-editor">
        <legend>Stage time limits (days a card may wait before it shows as stalled; empty: no limit)</legend>
        {SLA_STAGES.map((stage) => {
          const sla = plan.stage_slas.find((s) => s.stage === stage);
          return (
            <label key={stage} className="sla-field">
              <span>{stageLabel(stage)}</span>
              <input
                type="number"
                name={`sla-${stage}`}
                min={1}
                max={365}
                value={sla?.days ?? ""}
                onChange={(e) => {
                  const days = Math.trunc(e.target.valueAsNumber);
                  setPlan((p) => ({
                    ...p,
                    stage_slas: [...p.stage_slas.filter((s) => s.stage !== stage), ...(Number.isFinite(days) ? [{ stage, days }] : [])],
                  }));
                }}
              />
              {fieldErrors(save.error, `plan.stage_slas.${stage}`).map((m) => (
                <span key={m} className="field-error" role="alert">
                  {m}
                </span>
              ))}
            </label>
          );
        })}
      </fieldset>
      <section aria-labelledby="plan-steps">
        <h2 id="plan-steps" className="section-title">
          Interview steps
        </h2>
        <ol className="steps">
          {plan.steps.map((step) => (
            <li key={step.id} className="card step" data-step={step.id}>
              <div className="step-head">
                <h3>{step.name}</h3>
                <span className="muted">{step.duration_minutes} min</span>
                <button type="button" className="button button-small" onClick={() => setKit(step)}>
                  Interview kit
                </button>
              </div>
              <p>{step.purpose}</p>
              {step.paths.length > 0 && <p className="muted">The candidate chooses: {step.paths.join(" or ")}.</p>}
              {plan.competencies.length > 0 && step.kind !== "profile_review" && (
                <fieldset className="chips">
                  <legend>Rates</legend>
                  {plan.competencies.map((c) => (
                    <label key={c.id} className={step.competencies.includes(c.id) ? "chip chip-on" : "chip"}>
                      <input type="checkbox" checked={step.competencies.includes(c.id)} onChange={(e) => toggle(step.id, c.id, e.target.checked)} />
                      {c.name}
                    </label>
                  ))}
                </fieldset>
              )}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="plan-competencies">
        <h2 id="plan-competencies" className="section-title">
          Scorecard competencies
        </h2>
        <ul className="competencies">
          {plan.competencies.map((c, i) => (
            <li key={c.id} className="card competency">
              <div className="list-field-row">
                <input aria-label={`Competency ${i + 1} name`} name={`plan.competencies.${i}`} value={c.name} onChange={(e) => setCompetency(c.id, { name: e.target.value })} />
                <button type="button" className="button button-small button-danger" onClick={() => removeCompetency(c.id)}>
                  Remove
                </button>
              </div>
              {itemError(save.error, "plan.competencies", i) && (
                <p className="field-error" role="alert">
                  {itemError(save.error, "plan.competencies", i)}
                </p>
              )}
              <label className="field">
                <span>What to look for</span>
                <textarea rows={2} value={c.look_for} onChange={(e) => setCompetency(c.id, { look_for: e.target.value })} />
              </label>
            </li>
          ))}
        </ul>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <label htmlFor="new-competency">Add a competency</label>
          <input id="new-competency" value={newName} onChange={(e) => setNewName(e.target.value)} placeholder="Security Mindset" aria-invalid={Boolean(addError)} />
          <button type="submit" className="button">
            Add
          </button>
          {addError && (
            <p className="field-error" role="alert">
              {addError}
            </p>
          )}
        </form>
      </section>
      {kit && <Kit step={kit} plan={plan} role={role} onClose={() => setKit(null)} />}
    </div>
  );
}

/** What an interviewer needs in the room: purpose, prompts, competencies and their signals. */
export function Kit({ step, plan, role, onClose }: { step: PlanStep; plan: InterviewPlan; role: Role; onClose: () => void }) {
  const rated = plan.competencies.filter((c) => step.competencies.includes(c.id));
  return (
    <Dialog title={`${step.name} — interview kit`} onClose={onClose} wide>
      <article className="kit">
        <p className="muted">
          {role.title} · {step.duration_minutes} minutes
        </p>
        <h3>Purpose</h3>
        <p>{step.purpose}</p>
        {step.paths.length > 0 && (
          <>
            <h3>Paths</h3>
            <ul>
              {step.paths.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </>
        )}
        <h3>Prompts</h3>
        <ol>
          {step.prompts.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ol>
        {rated.length > 0 && <h3>Competencies</h3>}
        {rated.map((c) => (
          <section key={c.id} className="kit-competency">
            <h4>{c.name}</h4>
            {c.look_for && <p>Look for: {c.look_for}</p>}
            <dl>
              {c.strong && (<><dt>Strong</dt><dd>{c.strong}</dd></>)}
              {c.mixed && (<><dt>Mixed</dt><dd>{c.mixed}</dd></>)}
              {c.weak && (<><dt>Weak</dt><dd>{c.weak}</dd></>)}
            </dl>
          </section>
        ))}
        {role.intake.reject_if && (
          <>
            <h3>The manager would reject a finalist who…</h3>
            <p>{role.intake.reject_if}</p>
          </>
        )}
      </article>
      <div className="form-actions no-print">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          Print kit
        </button>
      </div>
    </Dialog>
  );
}
