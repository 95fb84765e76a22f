// The technical screen's two paths: the candidate chooses a short async challenge (with a due
// date, so a late one shows as stalled) or a 90-minute paired session (scheduled like any
// interview).
import { useState } from "react";

import type { BoardCard, ScreenPath } from "../../../lib/types";
import { Dialog } from "../../../components/dialog";
import { Field } from "../../../components/field";
import { FormActions, FormError } from "../../../components/form";
import { useToast } from "../../../components/toast";
import { dateInDays, formatDate } from "../../../lib/format";
import { fieldErrors } from "../../../lib/ipc";
import { useSetScreenChoice } from "../api/use-board";

const LABELS: Record<ScreenPath, string> = { async_challenge: "Async challenge", paired_session: "Paired session" };

export function screenLabel(card: BoardCard): string | null {
  if (!card.screen) return null;
  const due = card.screen.due_on ? `, due ${formatDate(card.screen.due_on)}` : "";
  return `${LABELS[card.screen.path]}${due}`;
}

export function ScreenPathButton({ card, roleId }: { card: BoardCard; roleId: string }) {
  const [open, setOpen] = useState(false);
  const label = screenLabel(card);
  return (
    <>
      <button type="button" className="link-button screen-path" onClick={() => setOpen(true)} title="Which path through the technical screen the candidate chose">
        {label ? `Path: ${label}` : "Choose path…"}
      </button>
      {open && <ScreenPathDialog card={card} roleId={roleId} onClose={() => setOpen(false)} />}
    </>
  );
}

function ScreenPathDialog({ card, roleId, onClose }: { card: BoardCard; roleId: string; onClose: () => void }) {
  const save = useSetScreenChoice(roleId);
  const toast = useToast();
  const [path, setPath] = useState<ScreenPath>(card.screen?.path ?? "async_challenge");
  const [due, setDue] = useState(() => card.screen?.due_on ?? dateInDays(5));
  return (
    <Dialog title={`Technical screen: ${card.name}`} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(
            { applicationId: card.application_id, choice: { path, due_on: path === "async_challenge" ? due : null } },
            {
              onSuccess: () => {
                toast.show(`${card.name}: ${LABELS[path].toLowerCase()} recorded.`);
                onClose();
              },
            },
          );
        }}
      >
        <fieldset className="radio-group">
          <legend>The candidate chose</legend>
          <label>
            <input type="radio" name="path" checked={path === "async_challenge"} onChange={() => setPath("async_challenge")} />
            A short async challenge, due on a date
          </label>
          <label>
            <input type="radio" name="path" checked={path === "paired_session"} onChange={() => setPath("paired_session")} />
            A 90-minute paired session (schedule it from the candidate page)
          </label>
        </fieldset>
        {path === "async_challenge" && (
          <Field label="Due on" errors={fieldErrors(save.error, "due_on")} hint="Past this date the card shows as stalled.">
            {(p) => <input {...p} type="date" name="due_on" value={due} onChange={(e) => setDue(e.target.value)} />}
          </Field>
        )}
        <FormError error={save.error} />
        <FormActions onCancel={onClose} submitLabel="Record choice" pending={save.isPending} />
      </form>
    </Dialog>
  );
}
