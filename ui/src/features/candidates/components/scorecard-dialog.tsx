// My scorecard for one interview step: ratings 1–5 (or not assessed) each backed by evidence,
// key takeaways and a recommendation with no neutral option. Drafts save as you type; others'
// scorecards stay hidden until yours is submitted.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";

import { commands } from "../../../bindings";
import { invalidateFeedback, useInterviews } from "../../../api/use-interviews";
import { useDraftScope } from "../../../components/close-guard";
import { Dialog } from "../../../components/dialog";
import { FormError } from "../../../components/form";
import { useToast } from "../../../components/toast";
import { CommandError, fieldErrors, unwrap } from "../../../lib/ipc";
import { useUserZone } from "../../../lib/clock";
import { fromNow, formatInZone } from "../../../lib/format";
import { keys } from "../../../lib/query-keys";
import type { ApplicationView, Recommendation, Scorecard, ScorecardInput, Verdict } from "../../../lib/types";

export const RECOMMENDATIONS: { value: Recommendation; label: string }[] = [
  { value: "strong_no", label: "Strong no" },
  { value: "no", label: "No" },
  { value: "yes", label: "Yes" },
  { value: "strong_yes", label: "Strong yes" },
];

/** Which application a scorecard dialog is for (from a pipeline card or the Needs feedback list). */
export type ScorecardTarget = { applicationId: string; roleId: string; candidateName: string; roleTitle: string; stepId?: string };

export function scorecardTarget(view: ApplicationView): ScorecardTarget {
  return { applicationId: view.application.id, roleId: view.application.role_id, candidateName: view.candidate_name, roleTitle: view.role_title };
}

export function ScorecardDialog({ target, onClose }: { target: ScorecardTarget; onClose: () => void }) {
  const role = useQuery({ queryKey: keys.role(target.roleId), queryFn: () => unwrap(commands.getRole(target.roleId)) });
  const steps = role.data?.role.plan.steps ?? [];
  const [stepId, setStepId] = useState<string | null>(target.stepId ?? null);
  // Interviewers mostly come here for an interview step; the profile review is one pick away.
  const step = steps.find((s) => s.id === stepId) ?? steps.find((s) => s.kind !== "profile_review") ?? steps[0];
  const rule = useQuery({ queryKey: ["settings", "feedback-visibility"], queryFn: () => unwrap(commands.getFeedbackVisibility()) });
  const others = useQuery({
    queryKey: keys.scorecards(target.applicationId),
    queryFn: () => unwrap(commands.scorecardsForApplication(target.applicationId)),
  });
  const interviews = useInterviews(target.applicationId);
  // One rule for times on screen: the user's zone from Settings, named here.
  const zone = useUserZone();
  const mySeat = interviews.data
    ?.filter((i) => i.status === "scheduled" && i.step_id === step?.id)
    .flatMap((i) => i.panel.filter((seat) => seat.mine).map((seat) => ({ seat, interview: i })))[0];

  return (
    <Dialog title={`Scorecards: ${target.candidateName}, ${target.roleTitle}`} onClose={onClose} wide>
      {role.error && (
        <p className="banner banner-error" role="alert">
          {role.error.message}
        </p>
      )}
      {step && (
        <>
          <label htmlFor="scorecard-step">Interview step</label>
          <select id="scorecard-step" data-no-draft value={step.id} onChange={(e) => setStepId(e.target.value)}>
            {steps.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          {mySeat && mySeat.seat.feedback !== "submitted" && mySeat.seat.feedback !== "upcoming" && (
            <p className={mySeat.seat.feedback === "overdue" ? "banner banner-error" : "banner banner-warning"} role="status" data-deadline>
              {mySeat.seat.feedback === "overdue" ? "Overdue: " : "Due "}
              {formatInZone(mySeat.seat.due_at, zone, true)} ({fromNow(mySeat.seat.due_at)}) — the interview ended{" "}
              {formatInZone(mySeat.interview.ends_at, zone, true)}.
            </p>
          )}
          <MyScorecard
            key={step.id}
            applicationId={target.applicationId}
            stepId={step.id}
            profileReview={step.kind === "profile_review"}
            competencies={(role.data?.role.plan.competencies ?? []).filter((c) => step.competencies.includes(c.id))}
          />
        </>
      )}
      <section aria-labelledby="others-title" className="others">
        <h3 id="others-title">Everyone's feedback</h3>
        {others.data?.filter((v) => !v.mine).length === 0 && <p className="muted">No one else has started a scorecard.</p>}
        <ul className="list">
          {others.data
            ?.filter((v) => !v.mine)
            .map((v) => (
              <li key={v.id} className="other-card" data-interviewer={v.interviewer_name}>
                <strong>{v.interviewer_name}</strong> <span className="muted">· {steps.find((s) => s.id === v.step_id)?.name ?? v.step_id} · {v.status === "submitted" ? "submitted" : "draft"}</span>
                {v.card ? (
                  <div className="other-body">
                    <p>
                      Recommendation: <strong>{RECOMMENDATIONS.find((r) => r.value === v.card?.input.recommendation)?.label ?? "—"}</strong>
                    </p>
                    {v.card.input.ratings
                      .filter((r) => r.score !== null)
                      .map((r) => (
                        <p key={r.competency_id}>
                          {r.competency_id}: {r.score} — <em>{r.evidence}</em>
                        </p>
                      ))}
                  </div>
                ) : (
                  <p className="muted hidden-note">
                    <span aria-hidden>🔒 </span>
                    {v.status !== "submitted"
                      ? "Still a draft."
                      : rule.data === "always_hidden"
                        ? "Hidden: feedback is shared in the debrief."
                        : "Hidden until you submit your own scorecard."}
                  </p>
                )}
              </li>
            ))}
        </ul>
      </section>
    </Dialog>
  );
}

type Focus = { id: string; name: string; look_for: string }[];

function MyScorecard({ applicationId, stepId, competencies, profileReview }: { applicationId: string; stepId: string; competencies: Focus; profileReview: boolean }) {
  const mine = useQuery({ queryKey: [...keys.scorecards(applicationId), "mine", stepId], queryFn: () => unwrap(commands.myScorecard(applicationId, stepId)), retry: false });
  if (mine.error) {
    return (
      <p className="banner banner-error" role="alert">
        {mine.error.message}
      </p>
    );
  }
  return mine.data ? <ScorecardForm card={mine.data} competencies={competencies} profileReview={profileReview} /> : null;
}

/** The profile review checklist; the server checks the same five items (plan::PROFILE_CHECKLIST). */
const CHECKLIST = ["Service ownership", "Stack realism", "Environment fit", "Career narrative", "Evidence of communication"];
const VERDICTS: { value: Verdict; label: string }[] = [
  { value: "pass", label: "Pass" },
  { value: "concern", label: "Concern" },
  { value: "fail", label: "Fail" },
];

function ScorecardForm({ card, competencies, profileReview }: { card: Scorecard; competencies: Focus; profileReview: boolean }) {
  const client = useQueryClient();
  const toast = useToast();
  const [input, setInput] = useState<ScorecardInput>(() => ({
    ...card.input,
    ratings: competencies.map((c) => card.input.ratings.find((r) => r.competency_id === c.id) ?? { competency_id: c.id, score: null, evidence: "" }),
    checklist: profileReview ? CHECKLIST.map((item) => card.input.checklist.find((c) => c.item === item) ?? { item, verdict: null, note: "" }) : [],
  }));
  const setItem = (item: string, patch: { verdict?: Verdict; note?: string }) => {
    setState("unsaved");
    setInput((i) => ({ ...i, checklist: i.checklist.map((c) => (c.item === item ? { ...c, ...patch } : c)) }));
  };
  const [state, setState] = useState<"saved" | "saving" | "unsaved">("saved");
  const [error, setError] = useState<unknown>(null);
  const [submitted, setSubmitted] = useState(card.status === "submitted");
  const first = useRef(true);
  // Drafts save as you type, so Esc only asks about what has not reached the store yet.
  const formRef = useRef<HTMLFormElement>(null);
  const saved = useDraftScope(formRef);

  // Autosave drafts shortly after typing stops, so a crash loses at most a second of work.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (submitted) return;
    // Typing while a save is on its way makes that save stale: the next one saves the new text.
    let stale = false;
    const timer = window.setTimeout(() => {
      setState("saving");
      unwrap(commands.saveScorecardDraft(card.id, input)).then(
        () => {
          if (stale) return;
          setState("saved");
          saved();
        },
        (e: unknown) => {
          setState("unsaved");
          setError(e);
        },
      );
    }, 600);
    return () => {
      stale = true;
      window.clearTimeout(timer);
    };
  }, [input, card.id, submitted, saved]);

  const setRating = (id: string, patch: { score?: number | null; evidence?: string }) => {
    setState("unsaved");
    setInput((i) => ({ ...i, ratings: i.ratings.map((r) => (r.competency_id === id ? { ...r, ...patch } : r)) }));
  };
  const submit = () =>
    unwrap(commands.submitScorecard(card.id, input)).then(
      () => {
        setError(null);
        setSubmitted(true);
        setState("saved");
        saved();
        toast.show(card.status === "submitted" ? "Amended your scorecard; the original is kept." : "Submitted your scorecard.");
        return Promise.all([client.invalidateQueries({ queryKey: keys.scorecards(card.application_id) }), invalidateFeedback(client)]);
      },
      (e: unknown) => setError(e),
    );
  const ratingError = (id: string) => fieldErrors(error, `ratings.${id}`);

  return (
    <form
      ref={formRef}
      className="form scorecard"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p className="muted autosave" role="status">
        {submitted ? "Submitted — changes are saved as an amendment." : state === "saved" ? "Draft saved" : state === "saving" ? "Saving draft…" : "Unsaved changes"}
      </p>
      <FormError error={error instanceof CommandError && error.fields.length === 0 ? error : null} />
      {fieldErrors(error, "ratings")
        .filter((m) => !m.startsWith("A rating"))
        .map((m) => (
          <p key={m} className="banner banner-error" role="alert">
            {m}
          </p>
        ))}
      {input.checklist.map((c) => {
        const errors = fieldErrors(error, `checklist.${c.item}`);
        return (
          <fieldset key={c.item} className={errors.length ? "card rating field-invalid" : "card rating"} data-checklist={c.item}>
            <legend>{c.item}</legend>
            <div className="score-choices" role="radiogroup" aria-label={`${c.item} verdict`}>
              {VERDICTS.map((v) => (
                <label key={v.value} className={c.verdict === v.value ? "chip chip-on" : "chip"}>
                  <input type="radio" name={`verdict-${c.item}`} value={v.value} checked={c.verdict === v.value} onChange={() => setItem(c.item, { verdict: v.value })} />
                  {v.label}
                </label>
              ))}
            </div>
            <input aria-label={`${c.item} note`} value={c.note} onChange={(e) => setItem(c.item, { note: e.target.value })} placeholder="One-line note" />
            {errors.map((m) => (
              <p key={m} className="field-error" role="alert">
                {m}
              </p>
            ))}
          </fieldset>
        );
      })}
      {competencies.map((c) => {
        const r = input.ratings.find((x) => x.competency_id === c.id);
        const errors = ratingError(c.id);
        return (
          <fieldset key={c.id} className={errors.length ? "card rating field-invalid" : "card rating"} data-competency={c.id}>
            <legend>{c.name}</legend>
            {c.look_for && <p className="muted">Look for: {c.look_for}</p>}
            <div className="score-choices" role="radiogroup" aria-label={`${c.name} rating`}>
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n} className={r?.score === n ? "chip chip-on" : "chip"}>
                  <input type="radio" name={`score-${c.id}`} value={n} checked={r?.score === n} onChange={() => setRating(c.id, { score: n })} />
                  {n}
                </label>
              ))}
              <label className={r?.score === null ? "chip chip-on" : "chip"}>
                <input type="radio" name={`score-${c.id}`} value="none" checked={r?.score === null} onChange={() => setRating(c.id, { score: null })} />
                Not assessed
              </label>
            </div>
            <label className="field">
              <span>Evidence</span>
              <textarea name={`evidence-${c.id}`} rows={2} aria-invalid={errors.length > 0} value={r?.evidence ?? ""} onChange={(e) => setRating(c.id, { evidence: e.target.value })} placeholder="What did you see or hear?" />
            </label>
            {errors.map((m) => (
              <p key={m} className="field-error" role="alert">
                <span aria-hidden>⚠ </span>
                {m}
              </p>
            ))}
          </fieldset>
        );
      })}
      <label className="field">
        <span>Key takeaways</span>
        <textarea name="takeaways" rows={3} value={input.takeaways} onChange={(e) => { setState("unsaved"); setInput((i) => ({ ...i, takeaways: e.target.value })); }} />
      </label>
      <fieldset className="radio-group" aria-invalid={fieldErrors(error, "recommendation").length > 0}>
        <legend>Overall recommendation</legend>
        <div className="score-choices">
          {RECOMMENDATIONS.map((rec) => (
            <label key={rec.value} className={input.recommendation === rec.value ? "chip chip-on" : "chip"}>
              <input type="radio" name="recommendation" value={rec.value} checked={input.recommendation === rec.value} onChange={() => { setState("unsaved"); setInput((i) => ({ ...i, recommendation: rec.value })); }} />
              {rec.label}
            </label>
          ))}
        </div>
        {fieldErrors(error, "recommendation").map((m) => (
          <p key={m} className="field-error" role="alert">
            {m}
          </p>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {submitted ? "Amend scorecard" : "Submit scorecard"}
        </button>
      </div>
    </form>
  );
}
