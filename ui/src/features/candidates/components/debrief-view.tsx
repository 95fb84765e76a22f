// The debrief for one candidate: competencies × interviewers with evidence one click away,
// recommendations, missing feedback, disagreements as discussion points, the role's bar, and
// the decision. Presentation mode is large, high-contrast type for a projector. The decision
// stays in view while the matrix scrolls in its own area, and no decision is chosen for the room.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";

import { commands } from "../../../bindings";
import { DiscardConfirm, useCloseGuard } from "../../../components/close-guard";
import { Field } from "../../../components/field";
import { useToast } from "../../../components/toast";
import { useModalFocus } from "../../../components/use-modal-focus";
import { trapTab } from "../../../lib/focus";
import { fieldErrors, unwrap } from "../../../lib/ipc";
import { keys } from "../../../lib/query-keys";
import type { ApplicationView, Decision } from "../../../lib/types";
import { RECOMMENDATIONS } from "./scorecard-dialog";

const DECISIONS: { value: Decision; label: string }[] = [
  { value: "advance_to_offer", label: "Advance to offer" },
  { value: "reject", label: "Reject" },
  { value: "hold", label: "Hold" },
];

/** Up and down arrows walk the competencies (presentation mode is driven from the keyboard). */
function moveBetweenRows(e: React.KeyboardEvent<HTMLElement>) {
  if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
  e.preventDefault();
  const row = e.currentTarget.closest("tr");
  const next = e.key === "ArrowDown" ? row?.nextElementSibling : row?.previousElementSibling;
  next?.querySelector<HTMLElement>("th[tabindex]")?.focus();
}

export function DebriefView({ view, onClose }: { view: ApplicationView; onClose: () => void }) {
  const debrief = useQuery({ queryKey: [...keys.scorecards(view.application.id), "debrief"], queryFn: () => unwrap(commands.getDebrief(view.application.id)) });
  const [present, setPresent] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [decision, setDecision] = useState<Decision | null>(null);
  /** "Record decision" was pressed with no decision chosen. */
  const [unchosen, setUnchosen] = useState(false);
  const [rationale, setRationale] = useState("");
  const [error, setError] = useState<unknown>(null);
  const decisionId = useId();
  const choices = useRef<HTMLDivElement>(null);
  const client = useQueryClient();
  const toast = useToast();
  const ref = useRef<HTMLDivElement>(null);
  useModalFocus(ref);
  const guard = useCloseGuard(ref, onClose);
  const d = debrief.data;

  const record = (chosen: Decision) =>
    unwrap(commands.recordDecision(view.application.id, chosen, rationale)).then(
      async (moved) => {
        toast.show(`Recorded: ${DECISIONS.find((x) => x.value === chosen)?.label}. ${view.candidate_name} is in ${moved.application.stage.replace("_", " ")}.`);
        await client.invalidateQueries();
        onClose();
      },
      setError,
    );

  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={present ? "debrief debrief-present" : "debrief"}
      role="dialog"
      aria-modal="true"
      aria-label={`Debrief: ${view.candidate_name}`}
      data-debrief
      data-presenting={present}
      onKeyDown={(e) => {
        if (e.key === "Tab") {
          trapTab(e, e.currentTarget);
        } else if (e.key === "Escape" && !e.defaultPrevented && !e.nativeEvent.isComposing) {
          // Presentation mode is a layer of its own: Esc leaves it, and only then closes the debrief.
          e.preventDefault();
          if (present) setPresent(false);
          else guard.requestClose();
        }
      }}
    >
      <header className="debrief-head" inert={guard.asking}>
        <h1>
          Debrief: {view.candidate_name} <span className="muted">· {view.role_title}</span>
        </h1>
        <div className="page-actions">
          <button type="button" className="button" aria-pressed={present} data-autofocus data-presentation-toggle onClick={() => setPresent((p) => !p)}>
            {present ? "Leave presentation mode" : "Presentation mode"}
          </button>
          <button type="button" className="button" data-dialog-close onClick={onClose}>
            Close
          </button>
        </div>
      </header>
      {debrief.error && (
        <p className="banner banner-error" role="alert">
          {debrief.error.message}
        </p>
      )}
      {d && (
        <div className="debrief-body" inert={guard.asking}>
          <section className="debrief-main">
            {d.missing.length > 0 && (
              <div className="banner banner-warning" role="status">
                <strong>Missing feedback:</strong> {d.missing.join("; ")}
              </div>
            )}
            {d.columns.length === 0 ? (
              <p className="muted">No scorecard has been submitted yet.</p>
            ) : (
              <table className="matrix">
                <thead>
                  <tr>
                    <th scope="col">Competency</th>
                    {d.columns.map((c) => (
                      <th key={c} scope="col">
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {d.rows.map((row) => (
                    <tr key={row.competency_id} className={row.disagreement ? "disagree" : undefined}>
                      <th scope="row" tabIndex={0} onKeyDown={moveBetweenRows}>
                        {row.competency}
                        {row.disagreement && (
                          <span className="discuss">
                            <span aria-hidden>⚑ </span>Discuss: {row.spread}-point spread
                          </span>
                        )}
                      </th>
                      {row.cells.map((cell, i) => {
                        const id = `${row.competency_id}-${i}`;
                        return (
                          <td key={id}>
                            {cell.score === null ? (
                              <span className="muted">—</span>
                            ) : (
                              <button type="button" className="score" aria-expanded={open === id} onClick={() => setOpen(open === id ? null : id)} title="Show the evidence">
                                {cell.score}
                              </button>
                            )}
                            {open === id && <p className="evidence">{cell.evidence}</p>}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                  <tr className="verdicts">
                    <th scope="row">Recommendation</th>
                    {d.verdicts.map((v) => (
                      <td key={`${v.interviewer_name}-${v.step_id}`}>
                        <strong>{RECOMMENDATIONS.find((r) => r.value === v.recommendation)?.label ?? "—"}</strong>
                      </td>
                    ))}
                  </tr>
                </tbody>
              </table>
            )}
          </section>
          <aside className="debrief-side">
            <section className="debrief-bar" aria-labelledby={`${decisionId}-bar`}>
              <h2 id={`${decisionId}-bar`}>The bar</h2>
              <h3>Must-haves</h3>
              <ul>
                {d.must_haves.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
              <h3>We reject a finalist who…</h3>
              <p>{d.reject_if || <span className="muted">Not written down yet.</span>}</p>
            </section>
            <form
              className="form debrief-decision"
              onSubmit={(e) => {
                e.preventDefault();
                if (decision) void record(decision);
                else {
                  setUnchosen(true);
                  choices.current?.querySelector<HTMLInputElement>("input[type=radio]")?.focus();
                }
              }}
            >
              <h2 id={`${decisionId}-title`}>Decision</h2>
              <div
                ref={choices}
                className="decision-choices"
                role="radiogroup"
                aria-labelledby={`${decisionId}-title`}
                aria-required="true"
                aria-invalid={unchosen}
                aria-describedby={unchosen ? `${decisionId}-error` : undefined}
              >
                {DECISIONS.map((x) => (
                  <label key={x.value} className={decision === x.value ? "decision-choice is-chosen" : "decision-choice"}>
                    <input
                      type="radio"
                      name="decision"
                      value={x.value}
                      checked={decision === x.value}
                      onChange={() => {
                        setDecision(x.value);
                        setUnchosen(false);
                      }}
                    />
                    {x.label}
                  </label>
                ))}
              </div>
              {unchosen && (
                <p id={`${decisionId}-error`} className="field-error" role="alert">
                  <span aria-hidden>⚠ </span>
                  Choose a decision: advance to offer, reject or hold.
                </p>
              )}
              <Field label="Rationale" errors={fieldErrors(error, "rationale")}>
                {(p) => <textarea {...p} name="rationale" rows={4} value={rationale} onChange={(e) => setRationale(e.target.value)} />}
              </Field>
              <button type="submit" className="button button-primary">
                Record decision
              </button>
            </form>
          </aside>
        </div>
      )}
      {guard.asking && <DiscardConfirm onKeep={guard.keepEditing} onDiscard={onClose} />}
    </div>
  );
}
