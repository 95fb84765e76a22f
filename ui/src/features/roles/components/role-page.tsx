import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import { ConfirmDialog } from "../../../components/confirm-dialog";
import { EmptyState } from "../../../components/empty-state";
import { InfoIcon } from "../../../components/icons";
import { useToast } from "../../../components/toast";
import { navigate } from "../../../app/router";
import { formatDate, isTerminal } from "../../../lib/format";
import type { ApplicationView } from "../../../lib/types";
import { onPageAction, openDialog } from "../../../lib/ui-store";
import { useRole } from "../api/use-role";
import { reopenRole, useSetRoleOpen } from "../api/use-save-role";
import { AddExistingDialog } from "./add-existing-dialog";
import { IntakeForm } from "./intake-form";
import { JobDescriptionTab } from "./job-description-tab";
import { MatchingTab } from "./matching-tab";
import { PageSkeleton } from "../../../components/page-skeleton";
import { PipelineBoard } from "./pipeline-board";
import { PlanTab } from "./plan-tab";
import { SourcingTab } from "./sourcing-tab";
import { STATUS_LABELS } from "./role-form";

export function RolePage({ id }: { id: string }) {
  const role = useRole(id);
  const setOpen = useSetRoleOpen();
  const toast = useToast();
  const client = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [closing, setClosing] = useState(false);
  const status = role.data?.role.status;
  // The palette's "Close role…" asks here, the same question as the button.
  useEffect(
    () =>
      onPageAction((action) => {
        if (action.kind === "close-role" && action.roleId === id && status === "open") setClosing(true);
      }),
    [id, status],
  );
  const [tab, setTab] = useState<"pipeline" | "intake" | "plan" | "job" | "matching" | "sourcing">("pipeline");
  const [openError, setOpenError] = useState<string | null>(null);

  if (role.isError) {
    return (
      <EmptyState title="This role could not be opened" actions={<button type="button" className="button" onClick={() => navigate({ page: "roles" })}>Back to roles</button>}>
        <p>{role.error.message}</p>
      </EmptyState>
    );
  }
  if (!role.data) return <PageSkeleton label="the role" />;
  const { role: r, applications } = role.data;

  return (
    <section className="page" aria-labelledby="role-title">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <a href="#/roles">Roles</a> <span aria-hidden>›</span>
      </nav>
      <header className="page-header">
        <div>
          <h1 id="role-title">{r.title}</h1>
          <p className="muted role-facts">
            <span className={`status-${r.status}`}>{STATUS_LABELS[r.status]}</span>
            {r.status === "open" && (
              <button type="button" className="button button-small button-ghost role-close" data-role-status-action="close" onClick={() => setClosing(true)}>
                Close role…
              </button>
            )}
            {r.team && <span>Team: {r.team}</span>}
            {r.level && <span>Level: {r.level}</span>}
            {r.hiring_manager && <span>Hiring manager: {r.hiring_manager}</span>}
            {r.recruiter && <span>Recruiter: {r.recruiter}</span>}
            <span>Opened {formatDate(r.opened_on)}</span>
            {r.closed_on && <span>Closed {formatDate(r.closed_on)}</span>}
          </p>
        </div>
        <div className="page-actions">
          <button type="button" className="button button-primary" onClick={() => openDialog({ kind: "new-candidate", roleId: r.id })}>
            New candidate <kbd>N</kbd>
          </button>
          <button type="button" className="button" onClick={() => setAdding(true)}>
            Add existing…
          </button>
          <button type="button" className="button" onClick={() => openDialog({ kind: "import", roleId: r.id })}>
            Import resumes… <kbd>I</kbd>
          </button>
          <button type="button" className="button" onClick={() => openDialog({ kind: "edit-role", id: r.id })}>
            Edit <kbd>E</kbd>
          </button>
          {/* Opening lives here and closing next to the status, never in the same place: a double click on Open role opens the role and nothing more. */}
          {r.status !== "open" && (
            <button
              type="button"
              className="button button-primary"
              data-role-status-action="open"
              disabled={setOpen.isPending}
              onClick={() => {
                setOpenError(null);
                setOpen.mutate(
                  { id: r.id, open: true },
                  {
                    onSuccess: (saved) => toast.show(`${saved.title} is ${STATUS_LABELS[saved.status].toLowerCase()}.`),
                    onError: (error) => {
                      setOpenError(error.message);
                      setTab("intake");
                    },
                  },
                );
              }}
            >
              {r.status === "closed" ? "Reopen role" : "Open role"}
            </button>
          )}
        </div>
      </header>

      {openError && (
        <p className="banner banner-error" role="alert">
          {openError}
        </p>
      )}
      {r.status !== "open" && r.readiness.length > 0 && (
        <section className="card readiness" aria-labelledby="readiness-title">
          <h2 id="readiness-title">Before this role can open</h2>
          <ul>
            {r.readiness.map((gap) => (
              <li key={gap.field}>
                <span aria-hidden>○ </span>
                {gap.label}
              </li>
            ))}
          </ul>
          {tab !== "intake" && (
            <button type="button" className="button button-small" onClick={() => setTab("intake")}>
              Complete the intake
            </button>
          )}
        </section>
      )}
      {r.must_have_warning && (
        <p className="banner banner-warning" role="status">
          <InfoIcon />
          {r.must_have_warning}
        </p>
      )}
      <div className="tabs" role="tablist" aria-label="Role sections">
        <button type="button" role="tab" aria-selected={tab === "pipeline"} className="tab" onClick={() => setTab("pipeline")}>
          Pipeline <span className="muted">{applications.length}</span>
        </button>
        <button type="button" role="tab" aria-selected={tab === "intake"} className="tab" onClick={() => setTab("intake")}>
          Intake {r.readiness.length > 0 && <span className="muted">({r.readiness.length} missing)</span>}
        </button>
        <button type="button" role="tab" aria-selected={tab === "plan"} className="tab" onClick={() => setTab("plan")}>
          Interview plan
        </button>
        <button type="button" role="tab" aria-selected={tab === "job"} className="tab" onClick={() => setTab("job")}>
          Job description
        </button>
        <button type="button" role="tab" aria-selected={tab === "matching"} className="tab" onClick={() => setTab("matching")}>
          Matching
        </button>
        <button type="button" role="tab" aria-selected={tab === "sourcing"} className="tab" onClick={() => setTab("sourcing")}>
          Sourcing
        </button>
      </div>
      {tab === "intake" ? (
        <IntakeForm key={r.updated_at} role={r} />
      ) : tab === "plan" ? (
        <PlanTab key={r.updated_at} role={r} />
      ) : tab === "job" ? (
        <JobDescriptionTab role={r} />
      ) : tab === "matching" ? (
        <MatchingTab roleId={r.id} />
      ) : tab === "sourcing" ? (
        <SourcingTab role={r} />
      ) : (
        <>
      {applications.length === 0 ? (
        <EmptyState
          title="No candidates in this pipeline yet"
          actions={
            <>
              <button type="button" className="button button-primary" onClick={() => openDialog({ kind: "new-candidate", roleId: r.id })}>
                Add a new candidate
              </button>
              <button type="button" className="button" onClick={() => setAdding(true)}>
                Add an existing candidate
              </button>
            </>
          }
        >
          <p>Add candidates to {r.title}; they start in Sourced and move stage by stage from here.</p>
        </EmptyState>
      ) : (
        <PipelineBoard roleId={r.id} />
      )}
        </>
      )}
      {adding && <AddExistingDialog roleId={r.id} roleTitle={r.title} onClose={() => setAdding(false)} />}
      {closing && (
        <ConfirmDialog
          title={`Close ${r.title}?`}
          confirmLabel="Close role"
          cancelLabel="Keep it open"
          danger
          pending={setOpen.isPending}
          onCancel={() => setClosing(false)}
          onConfirm={() =>
            setOpen.mutate(
              { id: r.id, open: false },
              {
                onSuccess: (saved) => {
                  setClosing(false);
                  toast.show(`${saved.title} is closed.`, {
                    label: "Undo",
                    run: () => void reopenRole(client, saved.id).then((back) => toast.show(`${back.title} is open again.`), toast.error),
                  });
                },
                onError: (error) => {
                  setClosing(false);
                  toast.error(error);
                },
              },
            )
          }
        >
          <p>
            {r.title} leaves the open roles: it is no longer offered when you add or import candidates, and its cards stop counting as stalled.
          </p>
          <p>
            {activeCount(applications)} active {activeCount(applications) === 1 ? "candidate stays" : "candidates stay"} in their stages; nothing is rejected or deleted. You
            can reopen the role at any time, or undo from the notice that follows.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}

/** Applications still moving through the pipeline (not hired, rejected or withdrawn). */
function activeCount(applications: ApplicationView[]): number {
  return applications.filter((a) => !isTerminal(a.application.stage)).length;
}
