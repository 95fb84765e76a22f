// Moving an application: a select for any stage, one-key advance, reject and withdraw with a
// reason. Every move can be undone from the toast (the undo is itself a recorded move).
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { commands } from "../bindings";
import type { ApplicationView, Stage } from "../lib/types";
import { refreshAfterMove, useMoveStage } from "../api/use-move-stage";
import { fieldErrors, unwrap } from "../lib/ipc";
import { PIPELINE, STAGES, isTerminal, stageLabel } from "../lib/format";
import { Dialog } from "./dialog";
import { Field } from "./field";
import { FormActions, useFieldErrors } from "./form";
import { useToast } from "./toast";

/** What a stage control needs to know about the application it moves. */
export type MoveTarget = { applicationId: string; name: string; stage: Stage };

export function targetOf(view: ApplicationView): MoveTarget {
  return { applicationId: view.application.id, name: view.candidate_name, stage: view.application.stage };
}

/** `compact` (board cards) leaves out the any-stage select: cards move anywhere by drag or keyboard. */
export function StageActions({ target, compact = false }: { target: MoveTarget; compact?: boolean }) {
  const move = useMoveStage();
  const client = useQueryClient();
  const toast = useToast();
  const [exit, setExit] = useState<"rejected" | "withdrawn" | null>(null);
  const current = target.stage;
  const next = PIPELINE[PIPELINE.indexOf(current) + 1];
  const name = target.name;

  // The row moves to another stage section (and remounts) once the move lands, so the toast and
  // its undo are driven by promises and the long-lived query client, not by this component.
  const moveTo = async (to: Stage, reason: string | null = null) => {
    try {
      await move.mutateAsync({ application_id: target.applicationId, to, reason });
    } catch (error) {
      if (!fieldErrors(error, "reason").length) toast.error(error);
      return;
    }
    setExit(null);
    toast.show(`${name} moved to ${stageLabel(to)}.`, {
      label: "Undo",
      run: () => {
        unwrap(commands.moveStage({ application_id: target.applicationId, to: current, reason: null }))
          .then((back) => refreshAfterMove(client, back))
          .then(() => toast.show(`${name} is back in ${stageLabel(current)}.`))
          .catch(toast.error);
      },
    });
  };

  return (
    <div className="stage-actions">
      {!compact && (
        <>
      <label className="visually-hidden" htmlFor={`move-${target.applicationId}`}>
        Move {name} to stage
      </label>
      <select
        id={`move-${target.applicationId}`}
        className="select-compact"
        value=""
        disabled={move.isPending}
        onChange={(e) => {
          const to = e.target.value as Stage;
          if (to === "rejected" || to === "withdrawn") setExit(to);
          else if (to) void moveTo(to);
        }}
      >
        <option value="">Move to…</option>
        {STAGES.filter((s) => s !== current).map((s) => (
          <option key={s} value={s}>
            {stageLabel(s)}
          </option>
        ))}
      </select>
        </>
      )}
      {next && !isTerminal(current) && (
        <button type="button" className="button button-small" disabled={move.isPending} onClick={() => void moveTo(next)}>
          → {stageLabel(next)}
        </button>
      )}
      {!isTerminal(current) && (
        <button type="button" className="button button-small button-danger" onClick={() => setExit("rejected")}>
          Reject
        </button>
      )}
      {exit && (
        <ExitDialog
          kind={exit}
          name={name}
          pending={move.isPending}
          error={move.error}
          onCancel={() => {
            move.reset();
            setExit(null);
          }}
          onConfirm={(reason) => void moveTo(exit, reason)}
        />
      )}
    </div>
  );
}

export function ExitDialog(props: {
  kind: "rejected" | "withdrawn";
  name: string;
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}) {
  const [reason, setReason] = useState("");
  const fields = useFieldErrors(props.error);
  const rejecting = props.kind === "rejected";
  const title = rejecting ? `Reject ${props.name}` : `${props.name} withdrew`;
  return (
    <Dialog title={title} onClose={props.onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          props.onConfirm(reason);
        }}
      >
        <Field
          label={rejecting ? "Reason (required)" : "Reason (optional)"}
          errors={fields.errors("reason")}
          hint={rejecting ? "Be specific: the reason is kept in the stage history and read in debriefs." : undefined}
        >
          {(p) => (
            <textarea
              {...p}
              name="reason"
              rows={4}
              autoFocus
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                fields.edit("reason");
              }}
            />
          )}
        </Field>
        <FormActions onCancel={props.onCancel} submitLabel={rejecting ? "Reject candidate" : "Mark as withdrawn"} pending={props.pending} danger={rejecting} />
      </form>
    </Dialog>
  );
}
