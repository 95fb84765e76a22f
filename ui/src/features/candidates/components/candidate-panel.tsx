import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import type { ApplicationView, CandidateDetail, Interview, Stage } from "../../../lib/types";
import { useAddToRole } from "../../../api/use-add-to-role";
import { rolesForPicker, useRoleOptions } from "../../../api/use-role-options";
import { MenuButton } from "../../../components/menu-button";
import { StageActions, targetOf } from "../../../components/stage-actions";
import { StageBadge } from "../../../components/stage-badge";
import { useToast } from "../../../components/toast";
import { navigate } from "../../../app/router";
import { appNow, useUserZone } from "../../../lib/clock";
import { daysLabel, formatDateTime, stageLabel } from "../../../lib/format";
import { commands } from "../../../bindings";
import { unwrap } from "../../../lib/ipc";
import { onPageAction, openDialog } from "../../../lib/ui-store";
import { useCandidate } from "../api/use-candidates";
import { restoreCandidate, useDeleteCandidate } from "../api/use-save-candidate";
import { DebriefView } from "./debrief-view";
import { InterviewDialog } from "./interview-dialog";
import { ProfileSection } from "./profile-section";
import { InterviewList } from "./interview-list";
import { OfferDialog } from "../../offers/components/offer-dialog";
import { OutreachDialog } from "../../outreach/components/outreach-dialog";
import { OutreachList } from "../../outreach/components/outreach-list";
import { MessageDialog } from "./message-dialog";
import { ScheduleDialog } from "./schedule-dialog";
import { ScorecardDialog, scorecardTarget } from "./scorecard-dialog";

const LINK_LABELS = { github: "GitHub", linkedin: "LinkedIn", site: "Website", other: "Link" } as const;
/** Stages where the offer, not another interview, is the next step. */
const OFFER_STAGES: Stage[] = ["debrief", "offer", "hired"];

/** The candidate's details beside the list: contacts, pipelines with stage moves, and history. */
export function CandidatePanel({ id, onClose }: { id: string; onClose: () => void }) {
  const detail = useCandidate(id);
  return (
    <aside className="panel" aria-label="Candidate details">
      <button type="button" className="icon-button panel-close" aria-label="Close details" onClick={onClose}>
        ×
      </button>
      {detail.isError && (
        <p className="banner banner-error" role="alert">
          {detail.error.message}
        </p>
      )}
      {detail.data && <Details detail={detail.data} />}
    </aside>
  );
}

function Details({ detail }: { detail: CandidateDetail }) {
  const { candidate: c, applications, history } = detail;
  const zone = useUserZone();
  const toast = useToast();
  const client = useQueryClient();
  const remove = useDeleteCandidate();
  const [scoring, setScoring] = useState<ApplicationView | null>(null);
  const [debriefing, setDebriefing] = useState<ApplicationView | null>(null);
  const [logging, setLogging] = useState<ApplicationView | null>(null);
  const [scheduling, setScheduling] = useState<ApplicationView | null>(null);
  const [messaging, setMessaging] = useState<ApplicationView | null>(null);
  const [offering, setOffering] = useState<ApplicationView | null>(null);
  const [reaching, setReaching] = useState(false);
  const [rescheduling, setRescheduling] = useState<{ view: ApplicationView; interview: Interview } | null>(null);
  // The palette's actions on this candidate open the same dialogs as the buttons below.
  useEffect(
    () =>
      onPageAction((action) => {
        if (action.kind === "close-role" || action.candidateId !== c.id) return;
        if (action.kind === "outreach") {
          setReaching(true);
          return;
        }
        const view = applications.find((a) => a.application.id === action.applicationId);
        if (!view) return;
        if (action.kind === "debrief") setDebriefing(view);
        else if (action.kind === "schedule") setScheduling(view);
        else if (action.kind === "log-interview") setLogging(view);
        else setOffering(view);
      }),
    [c.id, applications],
  );
  return (
    <div className="panel-body">
      <header className="panel-header">
        <h2 id="candidate-name">{c.full_name}</h2>
        <p className="muted">{[c.location, c.time_zone, c.source && `via ${c.source}`].filter(Boolean).join(" · ")}</p>
        <div className="page-actions">
          <button type="button" className="button" onClick={() => openDialog({ kind: "edit-candidate", id: c.id })}>
            Edit <kbd>E</kbd>
          </button>
          <button type="button" className="button" onClick={() => setReaching(true)}>
            Outreach…
          </button>
          {/* The rarer actions wait in a menu, so the panel's buttons fit one line in a narrow window. */}
          <MenuButton
            label="More…"
            name={`More actions for ${c.full_name}`}
            items={[
              {
                label: "Export JSON Resume",
                onSelect: () => void unwrap(commands.exportJsonResume(c.id)).then((path) => toast.show(`Saved ${c.full_name} as JSON Resume: ${path}`), toast.error),
              },
              {
                label: "Delete",
                danger: true,
                onSelect: () =>
                  void remove.mutateAsync(c.id).then(
                    () => {
                      navigate({ page: "candidates" });
                      toast.show(`Deleted ${c.full_name}.`, {
                        label: "Undo",
                        run: () =>
                          restoreCandidate(client, c.id).then(() => {
                            toast.show(`Restored ${c.full_name}.`);
                            navigate({ page: "candidates", id: c.id });
                          }, toast.error),
                      });
                    },
                    toast.error,
                  ),
              },
            ]}
          />
        </div>
      </header>

      <dl className="facts">
        {c.emails.map((e) => (
          <div key={e}>
            <dt>Email</dt>
            <dd>
              <a href={`mailto:${e}`}>{e}</a>
            </dd>
          </div>
        ))}
        {c.phones.map((p) => (
          <div key={p}>
            <dt>Phone</dt>
            <dd>{p}</dd>
          </div>
        ))}
        {c.links.map((l) => (
          <div key={l.url}>
            <dt>{LINK_LABELS[l.kind]}</dt>
            <dd>
              <a href={l.url} target="_blank" rel="noreferrer">
                {l.url.replace(/^https?:\/\/(www\.)?/, "")}
              </a>
            </dd>
          </div>
        ))}
        {c.tags.length > 0 && (
          <div>
            <dt>Tags</dt>
            <dd className="tags">
              {c.tags.map((t) => (
                <span key={t} className="tag">
                  {t}
                </span>
              ))}
            </dd>
          </div>
        )}
      </dl>
      {c.notes && <p className="notes">{c.notes}</p>}
      <ProfileSection candidate={c} />

      <section aria-labelledby="pipelines-title">
        <h3 id="pipelines-title">Pipelines</h3>
        {applications.length === 0 && <p className="muted">Not in any role's pipeline yet. Add {c.full_name} to a role below.</p>}
        <ul className="list">
          {applications.map((view) => (
            <li key={view.application.id} className="application-card" data-role={view.role_title}>
              <div className="application-card-head">
                <a href={`#/roles/${view.application.role_id}`}>
                  <strong>{view.role_title}</strong>
                </a>
                <StageBadge stage={view.application.stage} />
                <span className="muted">{daysLabel(view.application.stage_entered_at, appNow(), zone)} in stage</span>
              </div>
              {view.stage_reason && <p className="muted">Reason: {view.stage_reason}</p>}
              {/* Two rows at most: the stage moves, then the step this stage calls for, the
                  scorecards, the debrief and a menu with the rest. */}
              <div className="application-card-actions">
                <StageActions target={targetOf(view)} />
                {OFFER_STAGES.includes(view.application.stage) ? (
                  <button type="button" className="button button-small button-primary" onClick={() => setOffering(view)}>
                    Offer…
                  </button>
                ) : (
                  <button type="button" className="button button-small button-primary" onClick={() => setScheduling(view)}>
                    Schedule…
                  </button>
                )}
                <button type="button" className="button button-small" onClick={() => setScoring(view)}>
                  Scorecards
                </button>
                <button type="button" className="button button-small" onClick={() => setDebriefing(view)}>
                  Debrief
                </button>
                <MenuButton
                  label="More…"
                  name={`More actions for ${view.role_title}`}
                  className="button button-small"
                  items={[
                    OFFER_STAGES.includes(view.application.stage)
                      ? { label: "Schedule…", onSelect: () => setScheduling(view) }
                      : { label: "Offer…", onSelect: () => setOffering(view) },
                    { label: "Log interview", onSelect: () => setLogging(view) },
                    { label: "Message", onSelect: () => setMessaging(view) },
                  ]}
                />
              </div>
              <InterviewList applicationId={view.application.id} candidateZone={c.time_zone} onReschedule={(i) => setRescheduling({ view, interview: i })} />
            </li>
          ))}
        </ul>
        <AddToRole candidateId={c.id} name={c.full_name} exclude={applications.map((a) => a.application.role_id)} />
      </section>

      {scoring && <ScorecardDialog target={scorecardTarget(scoring)} onClose={() => setScoring(null)} />}
      {logging && <InterviewDialog view={logging} onClose={() => setLogging(null)} />}
      {rescheduling && <InterviewDialog view={rescheduling.view} existing={rescheduling.interview} onClose={() => setRescheduling(null)} />}
      {scheduling && <ScheduleDialog view={scheduling} candidateZone={c.time_zone} onClose={() => setScheduling(null)} />}
      {messaging && <MessageDialog view={messaging} onClose={() => setMessaging(null)} />}
      {offering && <OfferDialog view={offering} onClose={() => setOffering(null)} />}
      {reaching && (
        <OutreachDialog
          candidateId={c.id}
          candidateName={c.full_name}
          roles={applications.map((a) => ({ id: a.application.role_id, title: a.role_title }))}
          onClose={() => setReaching(false)}
        />
      )}
      <OutreachList candidateId={c.id} />
      {debriefing && <DebriefView view={debriefing} onClose={() => setDebriefing(null)} />}
      <section aria-labelledby="history-title">
        <h3 id="history-title">Stage history</h3>
        {history.length === 0 ? (
          <p className="muted">No stage moves yet.</p>
        ) : (
          <ol className="history" aria-label="Stage history">
            {history.map((e) => (
              <li key={e.id}>
                <span className="history-what">
                  <strong>{e.role_title}</strong>: {e.from_stage ? `${stageLabel(e.from_stage)} → ` : "added at "}
                  {stageLabel(e.to_stage)}
                </span>
                {e.reason && <span className="history-reason">“{e.reason}”</span>}
                <span className="muted history-when">
                  {formatDateTime(e.occurred_at, zone)} · {e.actor}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function AddToRole({ candidateId, name, exclude }: { candidateId: string; name: string; exclude: string[] }) {
  const roles = useRoleOptions();
  const add = useAddToRole();
  const toast = useToast();
  const [roleId, setRoleId] = useState("");
  const options = rolesForPicker(roles.data).filter((r) => !exclude.includes(r.role.id));
  if (!options.length) return null;
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!roleId) return;
        add.mutate(
          { candidateId, roleId, stage: null },
          {
            onSuccess: (view) => {
              toast.show(`Added ${name} to ${view.role_title}.`);
              setRoleId("");
            },
            onError: toast.error,
          },
        );
      }}
    >
      <label htmlFor="add-to-role">Add to role</label>
      <select id="add-to-role" value={roleId} onChange={(e) => setRoleId(e.target.value)}>
        <option value="">Choose a role…</option>
        {options.map((r) => (
          <option key={r.role.id} value={r.role.id}>
            {r.role.title}
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={!roleId || add.isPending}>
        Add
      </button>
    </form>
  );
}

