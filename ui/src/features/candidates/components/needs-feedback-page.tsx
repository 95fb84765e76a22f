// Scorecards still owed for interviews that have ended, most urgent first: mine by default,
// everyone's for the recruiter chasing a debrief.
import { useState } from "react";

import { useAppSettings } from "../../../api/use-app-settings";
import { useNeedsFeedback } from "../../../api/use-interviews";
import { EmptyState } from "../../../components/empty-state";
import { useUserZone } from "../../../lib/clock";
import { formatInZone, fromNow } from "../../../lib/format";
import type { FeedbackDue } from "../../../lib/types";
import type { ScorecardTarget } from "./scorecard-dialog";
import { ScorecardDialog } from "./scorecard-dialog";

export function NeedsFeedbackPage() {
  const owed = useNeedsFeedback();
  const settings = useAppSettings();
  const hasMe = Boolean(settings.data?.me);
  const [scope, setScope] = useState<"mine" | "everyone" | null>(null);
  const shown = scope ?? (hasMe ? "mine" : "everyone");
  const [writing, setWriting] = useState<ScorecardTarget | null>(null);
  const rows = (owed.data ?? []).filter((d) => shown === "everyone" || d.mine);
  const overdue = rows.filter((d) => d.feedback === "overdue").length;

  return (
    <section className="page" aria-labelledby="feedback-title">
      <header className="page-header">
        <div>
          <h1 id="feedback-title">Needs feedback</h1>
          <p className="muted">
            {rows.length === 0 ? "Nothing owed." : `${rows.length} scorecard${rows.length === 1 ? "" : "s"} owed, ${overdue} overdue.`} Deadlines count on each
            interviewer's own clock.
          </p>
        </div>
        <div className="segmented" role="group" aria-label="Whose feedback">
          {(["mine", "everyone"] as const).map((s) => (
            <button key={s} type="button" className={shown === s ? "button button-small button-primary" : "button button-small"} aria-pressed={shown === s} onClick={() => setScope(s)}>
              {s === "mine" ? "Mine" : "Everyone"}
            </button>
          ))}
        </div>
      </header>
      {!hasMe && shown === "mine" && (
        <p className="banner banner-warning" role="status">
          Choose who you are in <a href="#/settings">Settings</a> to see the scorecards you owe.
        </p>
      )}
      {owed.isError && (
        <p className="banner banner-error" role="alert">
          {owed.error.message}
        </p>
      )}
      {owed.isSuccess && rows.length === 0 ? (
        <EmptyState title={shown === "mine" ? "You owe no feedback" : "No feedback is owed"}>
          <p>A scorecard shows up here when its interview ends, and turns red when it is past the deadline set in the role's interview plan.</p>
        </EmptyState>
      ) : (
        <ul className="list owed" aria-label="Owed scorecards">
          {rows.map((d) => (
            <OwedRow key={`${d.interview_id}:${d.interviewer_id}`} due={d} onWrite={() => setWriting(targetOf(d))} />
          ))}
        </ul>
      )}
      {writing && <ScorecardDialog target={writing} onClose={() => setWriting(null)} />}
    </section>
  );
}

function targetOf(d: FeedbackDue): ScorecardTarget {
  return { applicationId: d.application_id, roleId: d.role_id, candidateName: d.candidate_name, roleTitle: d.role_title, stepId: d.step_id };
}

function OwedRow({ due: d, onWrite }: { due: FeedbackDue; onWrite: () => void }) {
  const zone = useUserZone();
  // Overdue or not is the store's fact (counted on the interviewer's clock), never recomputed here.
  const late = d.feedback === "overdue";
  return (
    <li className={late ? "list-row owed-row owed-overdue" : "list-row owed-row"} data-owed={`${d.candidate_name} · ${d.step_name}`}>
      <span className="col-title">
        <a href={`#/candidates/${d.candidate_id}`}>
          <strong>{d.candidate_name}</strong>
        </a>
        <span className="muted">
          {d.step_name} · {d.role_title}
        </span>
      </span>
      <span>
        {d.interviewer_name}
        {d.draft_started && <span className="muted"> · draft started</span>}
      </span>
      <span className="muted">Ended {formatInZone(d.ended_at, zone)}</span>
      <span className={late ? "seat seat-overdue" : "seat seat-due"}>{late ? `Overdue, due ${fromNow(d.due_at)}` : `Due ${fromNow(d.due_at)}`}</span>
      <span className="page-actions">
        {d.mine ? (
          <button type="button" className="button button-small button-primary" onClick={onWrite}>
            Write scorecard
          </button>
        ) : (
          <a className="button button-small" href={`#/candidates/${d.candidate_id}`}>
            Open candidate
          </a>
        )}
      </span>
    </li>
  );
}
