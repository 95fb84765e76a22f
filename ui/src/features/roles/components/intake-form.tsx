// The calibrated intake of a role: the business problem, the true level, must-haves versus
// trainable skills, the three questions that matter most, the impact summary and the band.
import { useEffect, useRef, useState } from "react";

import { Field } from "../../../components/field";
import { FormError, useFieldErrors } from "../../../components/form";
import { useToast } from "../../../components/toast";
import type { BusinessProblem, Role, RoleIntake, TrueLevel } from "../../../lib/types";
import { useSaveRole } from "../api/use-save-role";
import { toInput } from "./role-form";

export const LEVELS: { level: TrueLevel; label: string }[] = [
  { level: "executes", label: "Executes in an established architecture" },
  { level: "owns_service", label: "Owns a service end to end" },
  { level: "leads_design", label: "Leads design discussions" },
];

export const PROBLEMS: { kind: BusinessProblem; label: string }[] = [
  { kind: "slow_apis", label: "Slow APIs" },
  { kind: "brittle_integrations", label: "Brittle integrations" },
  { kind: "data_consistency", label: "Data consistency" },
  { kind: "scaling_pain", label: "Scaling pain" },
  { kind: "platform_migration", label: "Platform migration" },
  { kind: "internal_tooling_debt", label: "Internal tooling debt" },
  { kind: "other", label: "Other" },
];

/** Minor units per major unit for a currency code (100 for EUR, 1 for JPY). */
export function minorUnits(currency: string): number {
  try {
    const digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    return 10 ** digits;
  } catch {
    return 100;
  }
}

const lines = (text: string) => text.split("\n").map((l) => l.trim()).filter(Boolean);
const commas = (text: string) => text.split(",").map((l) => l.trim()).filter(Boolean);

type Draft = {
  intake: RoleIntake;
  mustHaves: string;
  trainable: string;
  languages: string;
  compMin: string;
  compMax: string;
};

function toDraft(intake: RoleIntake): Draft {
  const unit = minorUnits(intake.currency || "EUR");
  return {
    intake,
    mustHaves: intake.must_haves.join("\n"),
    trainable: intake.trainable.join("\n"),
    languages: intake.languages.join(", "),
    compMin: intake.comp_min === null ? "" : String(intake.comp_min / unit),
    compMax: intake.comp_max === null ? "" : String(intake.comp_max / unit),
  };
}

function amount(text: string, currency: string): number | null {
  const value = Number(text.replace(/[\s,_]/g, ""));
  if (!text.trim() || Number.isNaN(value)) return null;
  return Math.round(value * minorUnits(currency || "EUR"));
}

export function IntakeForm({ role }: { role: Role }) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(role.intake));
  const save = useSaveRole();
  const toast = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const intake = draft.intake;
  const fields = useFieldErrors(save.error);
  /** Sets an intake field, which answers the errors the last save found in it. */
  const set = <K extends keyof RoleIntake>(key: K, value: RoleIntake[K]) => {
    setDraft((d) => ({ ...d, intake: { ...d.intake, [key]: value } }));
    fields.edit(`intake.${key}`);
  };
  /** Sets one of the texts the form keeps for a list or an amount (`field` is the intake field it becomes). */
  const setText = (key: "mustHaves" | "trainable" | "languages" | "compMin" | "compMax", field: keyof RoleIntake, value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    fields.edit(`intake.${field}`);
  };
  const err = (field: string) => fields.errors(`intake.${field}`);
  // Fields the role still needs before it can open are marked until they are filled in.
  const needed = (field: string) =>
    role.status !== "open" && role.readiness.some((g) => g.field === `intake.${field}`) && !err(field).length ? ["Needed before the role can open."] : [];
  useEffect(() => {
    if (save.error) formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [save.error]);

  const edited = (): RoleIntake => ({
    ...intake,
    must_haves: lines(draft.mustHaves),
    trainable: lines(draft.trainable),
    languages: commas(draft.languages),
    comp_min: amount(draft.compMin, intake.currency),
    comp_max: amount(draft.compMax, intake.currency),
  });
  const mustHaveCount = lines(draft.mustHaves).length;

  const text = (field: keyof RoleIntake & string, label: string, hint?: string, rows = 3) => (
    <Field label={label} errors={err(field)} warnings={needed(field)} hint={hint}>
      {(p) => (
        <textarea
          {...p}
          name={`intake.${field}`}
          rows={rows}
          value={String(intake[field] ?? "")}
          onChange={(e) => set(field, e.target.value as never)}
        />
      )}
    </Field>
  );

  return (
    <form
      ref={formRef}
      className="form intake"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          { id: role.id, input: { ...toInput(role), intake: edited() } },
          { onSuccess: (saved) => toast.show(saved.readiness.length ? "Intake saved." : `Intake saved: ${saved.title} is ready to open.`) },
        );
      }}
    >
      <FormError error={save.error} />
      <section className="card intake-section" aria-labelledby="intake-three">
        <h2 id="intake-three">The three questions that matter most</h2>
        {text("must_do_unaided", "What must this hire do without help?")}
        {text("can_learn", "What can they learn on the job?")}
        {text("reject_if", "What would make you reject a final-round candidate?")}
      </section>

      <section className="card intake-section" aria-labelledby="intake-problem">
        <h2 id="intake-problem">The problem and the level</h2>
        <Field label="Business problem" errors={err("problem_kind")}>
          {(p) => (
            <select {...p} name="intake.problem_kind" value={intake.problem_kind ?? ""} onChange={(e) => set("problem_kind", (e.target.value || null) as BusinessProblem | null)}>
              <option value="">Choose the kind of problem…</option>
              {PROBLEMS.map((k) => (
                <option key={k.kind} value={k.kind}>
                  {k.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text("problem_statement", "Problem statement", "Problem first: what hurts today, for whom, and how you will know it is fixed.")}
        <fieldset className="radio-group" aria-invalid={err("true_level").length > 0}>
          <legend>True level</legend>
          {LEVELS.map((l) => (
            <label key={l.level} className="radio">
              <input type="radio" name="intake.true_level" value={l.level} checked={intake.true_level === l.level} onChange={() => set("true_level", l.level)} />
              {l.label}
            </label>
          ))}
          {needed("true_level").map((m) => (
            <p key={m} className="field-warning">
              {m}
            </p>
          ))}
          {err("true_level").map((m) => (
            <p key={m} className="field-error" role="alert">
              {m}
            </p>
          ))}
        </fieldset>
      </section>

      <section className="card intake-section" aria-labelledby="intake-skills">
        <h2 id="intake-skills">Must-have versus trainable</h2>
        <div className="form-row">
          <Field
            label={`Must-haves (${mustHaveCount})`}
            errors={err("must_haves")}
            warnings={
              mustHaveCount > 6
                ? [`${mustHaveCount} must-haves reads like a shopping list. Keep the 6 or fewer a finalist truly cannot lack; move the rest to trainable.`]
                : needed("must_haves")
            }
            hint="One per line."
          >
            {(p) => <textarea {...p} name="intake.must_haves" rows={6} value={draft.mustHaves} onChange={(e) => setText("mustHaves", "must_haves", e.target.value)} />}
          </Field>
          <Field label="Trainable" errors={err("trainable")} hint="One per line: what you will teach.">
            {(p) => <textarea {...p} name="intake.trainable" rows={6} value={draft.trainable} onChange={(e) => setText("trainable", "trainable", e.target.value)} />}
          </Field>
        </div>
        <div className="form-row">
          <Field label="Core languages" errors={err("languages")} hint="Separate with commas.">
            {(p) => <input {...p} name="intake.languages" value={draft.languages} onChange={(e) => setText("languages", "languages", e.target.value)} placeholder="Go, Rust" />}
          </Field>
          <label className="checkbox">
            <input type="checkbox" checked={intake.adjacent_ok} onChange={(e) => set("adjacent_ok", e.target.checked)} />
            Adjacent backend experience is acceptable
          </label>
        </div>
        <div className="form-row">
          <Field label="Cloud" errors={err("cloud")}>
            {(p) => <input {...p} name="intake.cloud" value={intake.cloud} onChange={(e) => set("cloud", e.target.value)} placeholder="AWS" />}
          </Field>
          <Field label="CI/CD" errors={err("ci_cd")}>
            {(p) => <input {...p} name="intake.ci_cd" value={intake.ci_cd} onChange={(e) => set("ci_cd", e.target.value)} placeholder="GitHub Actions" />}
          </Field>
          <Field label="Containers" errors={err("containers")}>
            {(p) => <input {...p} name="intake.containers" value={intake.containers} onChange={(e) => set("containers", e.target.value)} placeholder="Docker, Kubernetes" />}
          </Field>
          <label className="checkbox">
            <input type="checkbox" checked={intake.on_call} onChange={(e) => set("on_call", e.target.checked)} />
            On-call / incident duty
          </label>
        </div>
      </section>

      <section className="card intake-section" aria-labelledby="intake-impact">
        <h2 id="intake-impact">Role Impact Summary</h2>
        <div className="form-row">
          {text("impact_first_focus", "First focus area", undefined, 2)}
          {text("impact_systems", "Systems context", undefined, 2)}
        </div>
        <div className="form-row">
          {text("impact_success", "What success looks like", undefined, 2)}
          {text("impact_collaboration", "Collaboration", undefined, 2)}
        </div>
      </section>

      <section className="card intake-section" aria-labelledby="intake-band">
        <h2 id="intake-band">Compensation band</h2>
        <div className="form-row">
          <Field label="Minimum" errors={err("comp_min")}>
            {(p) => <input {...p} name="intake.comp_min" inputMode="decimal" value={draft.compMin} onChange={(e) => setText("compMin", "comp_min", e.target.value)} placeholder="75000" />}
          </Field>
          <Field label="Maximum" errors={err("comp_max")}>
            {(p) => <input {...p} name="intake.comp_max" inputMode="decimal" value={draft.compMax} onChange={(e) => setText("compMax", "comp_max", e.target.value)} placeholder="95000" />}
          </Field>
          <Field label="Currency" errors={err("currency")}>
            {(p) => <input {...p} name="intake.currency" value={intake.currency} maxLength={3} onChange={(e) => set("currency", e.target.value.toUpperCase())} placeholder="EUR" />}
          </Field>
        </div>
      </section>

      <div className="form-actions sticky-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          Save intake
        </button>
      </div>
    </form>
  );
}
