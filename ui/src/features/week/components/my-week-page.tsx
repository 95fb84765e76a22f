// My week: my interviews this week (with the interview kit one click away), the scorecards I owe,
// and stalled candidates in the roles I recruit or hire for.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { commands } from "../../../bindings";
import { PageSkeleton } from "../../../components/page-skeleton";
import { EmptyState } from "../../../components/empty-state";
import { useUserZone } from "../../../lib/clock";
import { dayInZone, formatDate, formatInZone, fromNow } from "../../../lib/format";
import { unwrap } from "../../../lib/ipc";
import { keys } from "../../../lib/query-keys";
import type { AgendaItem } from "../../../lib/types";
import { useRole } from "../../roles/api/use-role";
import { Kit } from "../../roles/components/plan-tab";
import { StalledList } from "./stalled-page";

export function MyWeekPage() {
  const week = useQuery({ queryKey: keys.myWeek, queryFn: () => unwrap(commands.myWeek()) });
  const [kit, setKit] = useState<AgendaItem | null>(null);
  const zone = useUserZone();
  if (week.isError) {
    return (
      <section className="page">
        <p className="banner banner-error" role="alert">
          {week.error.message}
        </p>
      </section>
    );
  }
  if (!week.data) return <PageSkeleton label="my week" />;
  const w = week.data;
  // The store counts the week in the user's zone: its days are shown in the zone it was counted
  // in, and the times in the user's (named, should the two ever differ).
  const weekZone = w.time_zone || zone;
  const lastDay = new Date(Date.parse(w.week_end) - 1).toISOString();
  const overdue = w.feedback.filter((f) => f.feedback === "overdue").length;
  return (
    <section className="page" aria-labelledby="week-title">
      <header className="page-header">
        <div>
          <h1 id="week-title">My week</h1>
          <p className="muted">
            {w.me ? `${w.me} · ` : ""}
            {dayInZone(w.week_start, weekZone)} – {dayInZone(lastDay, weekZone)} ({weekZone})
          </p>
        </div>
      </header>
      {!w.me && (
        <p className="banner banner-warning" role="status">
          Choose who you are in <a href="#/settings">Settings</a> to see your interviews, the feedback you owe and your roles' stalled candidates.
        </p>
      )}
      <section className="card week-section" aria-labelledby="week-interviews">
        <h2 id="week-interviews">
          Interviews <span className="muted">{w.interviews.length}</span>
        </h2>
        {w.interviews.length === 0 ? (
          <p className="muted">No interviews on your calendar this week.</p>
        ) : (
          <ul className="list agenda">
            {w.interviews.map((item) => (
              <li key={item.interview.id} className="agenda-row" data-interview={item.interview.id}>
                <span className="agenda-when">
                  <strong>{formatInZone(item.interview.starts_at, zone, weekZone !== zone)}</strong>
                  <span className="muted"> {fromNow(item.interview.starts_at)}</span>
                </span>
                <span className="agenda-what">
                  <a href={`#/candidates/${item.candidate_id}`}>{item.candidate_name}</a>
                  <span className="muted">
                    {" "}
                    · {item.interview.step_name} · {item.role_title}
                  </span>
                </span>
                <span className="muted agenda-panel">{item.interview.panel.map((p) => p.name).join(", ")}</span>
                <button type="button" className="button button-small" onClick={() => setKit(item)}>
                  Interview kit
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card week-section" aria-labelledby="week-feedback">
        <h2 id="week-feedback">
          Feedback I owe <span className="muted">{w.feedback.length}</span>
          {overdue > 0 && <span className="seat seat-overdue"> {overdue} overdue</span>}
        </h2>
        {w.feedback.length === 0 ? (
          <p className="muted">Nothing owed.</p>
        ) : (
          <ul className="list">
            {w.feedback.map((f) => (
              <li key={`${f.interview_id}:${f.interviewer_id}`} className="agenda-row">
                <span className="agenda-what">
                  <a href={`#/candidates/${f.candidate_id}`}>{f.candidate_name}</a>
                  <span className="muted">
                    {" "}
                    · {f.step_name} · {f.role_title}
                  </span>
                </span>
                <span className={f.feedback === "overdue" ? "seat seat-overdue" : "seat seat-due"}>
                  {f.feedback === "overdue" ? `Overdue, due ${fromNow(f.due_at)}` : `Due ${fromNow(f.due_at)}`}
                </span>
                <a className="button button-small" href="#/feedback">
                  Write scorecard
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card week-section" aria-labelledby="week-follow-ups">
        <h2 id="week-follow-ups">
          Follow-ups due <span className="muted">{w.follow_ups.length}</span>
        </h2>
        {w.follow_ups.length === 0 ? (
          <p className="muted">No outreach is waiting for a follow-up.</p>
        ) : (
          <ul className="list">
            {w.follow_ups.map((o) => (
              <li key={o.id} className="agenda-row" data-follow-up={o.candidate_name}>
                <span className="agenda-what">
                  <a href={`#/candidates/${o.candidate_id}`}>{o.candidate_name}</a>
                  <span className="muted">
                    {" "}
                    · {o.subject || "message"} · sent {formatDate(o.sent_on)}
                  </span>
                </span>
                <span className="follow-up">Due {o.follow_up_on ? formatDate(o.follow_up_on) : ""}</span>
                <span className="muted">{o.channel}</span>
                <a className="button button-small" href={`#/candidates/${o.candidate_id}`}>
                  Record the response
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card week-section" aria-labelledby="week-stalled">
        <h2 id="week-stalled">
          Stalled in my roles <span className="muted">{w.stalled.length}</span>
        </h2>
        {w.stalled.length === 0 ? <p className="muted">Nothing is past its stage's time limit in the roles you own.</p> : <StalledList rows={w.stalled} />}
      </section>
      {kit && <AgendaKit item={kit} onClose={() => setKit(null)} />}
    </section>
  );
}

function AgendaKit({ item, onClose }: { item: AgendaItem; onClose: () => void }) {
  const role = useRole(item.role_id);
  if (!role.data) return null;
  const r = role.data.role;
  const step = r.plan.steps.find((s) => s.id === item.interview.step_id);
  if (!step) {
    return (
      <EmptyState title="This step is no longer in the plan" actions={<button type="button" className="button" onClick={onClose}>Close</button>}>
        <p>The role's interview plan changed after this interview was scheduled.</p>
      </EmptyState>
    );
  }
  return <Kit step={step} plan={r.plan} role={r} onClose={onClose} />;
}
