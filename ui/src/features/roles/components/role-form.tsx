import { useEffect, useRef, useState } from "react";

import type { Role, RoleInput, RoleStatus } from "../../../lib/types";
import { Dialog } from "../../../components/dialog";
import { Field } from "../../../components/field";
import { useToast } from "../../../components/toast";
import { navigate } from "../../../app/router";
import { CommandError, fieldErrors } from "../../../lib/ipc";
import { todayIso } from "../../../lib/format";
import { useSaveRole } from "../api/use-save-role";

const STATUS_LABELS: Record<RoleStatus, string> = { open: "Open", on_hold: "On hold", closed: "Closed" };

function blank(): RoleInput {
  return { title: "", team: "", level: "", status: "open", hiring_manager: "", recruiter: "", opened_on: todayIso(), closed_on: null };
}

/** Create a role (no `role`) or edit one. */
export function RoleForm({ role, onClose }: { role?: Role; onClose: () => void }) {
  const [input, setInput] = useState<RoleInput>(() => (role ? toInput(role) : blank()));
  const save = useSaveRole();
  const toast = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  // After a failed save, put the cursor on the first field that needs attention.
  useEffect(() => {
    if (save.error || dateError) formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [save.error, dateError]);
  const set = <K extends keyof RoleInput>(key: K, value: RoleInput[K]) => setInput((i) => ({ ...i, [key]: value }));
  const err = (field: string) => fieldErrors(save.error, field);

  const submit = () => {
    if (!input.opened_on) {
      setDateError("The date the role opened is required.");
      return;
    }
    if (input.status === "closed" && !input.closed_on) {
      setDateError("A closed role needs the date it closed.");
      return;
    }
    setDateError(null);
    save.mutate(
      { id: role?.id, input },
      {
        onSuccess: (saved) => {
          toast.show(role ? `Saved ${saved.title}.` : `Created ${saved.title}.`);
          onClose();
          if (!role) navigate({ page: "role", id: saved.id });
        },
      },
    );
  };

  return (
    <Dialog title={role ? `Edit ${role.title}` : "New role"} onClose={onClose}>
      <form
        ref={formRef}
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {save.error instanceof CommandError && save.error.kind !== "validation" && (
          <p className="banner banner-error" role="alert">
            {save.error.message}
          </p>
        )}
        <Field label="Title" errors={err("title")}>
          {(p) => <input {...p} name="title" autoFocus value={input.title} onChange={(e) => set("title", e.target.value)} placeholder="Senior Backend Engineer" />}
        </Field>
        <div className="form-row">
          <Field label="Team" errors={err("team")}>
            {(p) => <input {...p} name="team" value={input.team} onChange={(e) => set("team", e.target.value)} placeholder="Payments" />}
          </Field>
          <Field label="Level" errors={err("level")}>
            {(p) => <input {...p} name="level" value={input.level} onChange={(e) => set("level", e.target.value)} placeholder="Senior" />}
          </Field>
        </div>
        <div className="form-row">
          <Field label="Hiring manager" errors={err("hiring_manager")}>
            {(p) => <input {...p} name="hiring_manager" value={input.hiring_manager} onChange={(e) => set("hiring_manager", e.target.value)} />}
          </Field>
          <Field label="Recruiter" errors={err("recruiter")}>
            {(p) => <input {...p} name="recruiter" value={input.recruiter} onChange={(e) => set("recruiter", e.target.value)} />}
          </Field>
        </div>
        <div className="form-row">
          <Field label="Status" errors={err("status")}>
            {(p) => (
              <select
                {...p}
                name="status"
                value={input.status}
                onChange={(e) => {
                  const status = e.target.value as RoleStatus;
                  setInput((i) => ({ ...i, status, closed_on: status === "closed" ? (i.closed_on ?? todayIso()) : null }));
                }}
              >
                {(Object.keys(STATUS_LABELS) as RoleStatus[]).map((s) => (
                  <option key={s} value={s}>
                    {STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Opened on" errors={[...err("opened_on"), ...(dateError && !input.opened_on ? [dateError] : [])]}>
            {(p) => <input {...p} type="date" name="opened_on" value={input.opened_on} onChange={(e) => set("opened_on", e.target.value)} />}
          </Field>
          {input.status === "closed" && (
            <Field label="Closed on" errors={[...err("closed_on"), ...(dateError && input.opened_on ? [dateError] : [])]}>
              {(p) => <input {...p} type="date" name="closed_on" value={input.closed_on ?? ""} onChange={(e) => set("closed_on", e.target.value || null)} />}
            </Field>
          )}
        </div>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {role ? "Save role" : "Create role"}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function toInput(role: Role): RoleInput {
  return {
    title: role.title,
    team: role.team,
    level: role.level,
    status: role.status,
    hiring_manager: role.hiring_manager,
    recruiter: role.recruiter,
    opened_on: role.opened_on,
    closed_on: role.closed_on,
  };
}

export { STATUS_LABELS };
