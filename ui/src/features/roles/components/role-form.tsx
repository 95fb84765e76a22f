import { useEffect, useRef, useState } from "react";

import type { Plays, Role, RoleInput, RoleStatus } from "../../../lib/types";
import { Dialog } from "../../../components/dialog";
import { Field } from "../../../components/field";
import { FormActions, FormError, TextField, useFieldErrors } from "../../../components/form";
import { useToast } from "../../../components/toast";
import { navigate } from "../../../app/router";
import { todayIso } from "../../../lib/format";
import { usePeople } from "../../../api/use-people";
import { useSaveRole } from "../api/use-save-role";

const STATUS_LABELS: Record<RoleStatus, string> = { draft: "Draft", open: "Open", on_hold: "On hold", closed: "Closed" };

function blank(): RoleInput {
  // New roles start as drafts: they open once the intake is calibrated (see the Intake tab).
  return { title: "", team: "", level: "", status: "draft", hiring_manager: "", recruiter: "", opened_on: todayIso(), closed_on: null };
}

/** Create a role (no `role`) or edit one. */
export function RoleForm({ role, onClose }: { role?: Role; onClose: () => void }) {
  const [input, setInput] = useState<RoleInput>(() => (role ? toInput(role) : blank()));
  const save = useSaveRole();
  const people = usePeople();
  const toast = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  // After a failed save, put the cursor on the first field that needs attention.
  useEffect(() => {
    if (save.error || dateError) formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [save.error, dateError]);
  const fields = useFieldErrors(save.error);
  /** Sets a field, which answers the errors the last save found in it. */
  const set = <K extends keyof RoleInput>(key: K, value: RoleInput[K]) => {
    setInput((i) => ({ ...i, [key]: value }));
    fields.edit(key);
  };
  const err = fields.errors;
  const namesOf = (play: Plays) => (people.data ?? []).filter((p) => p.plays.includes(play)).map((p) => p.name);

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
        <FormError error={save.error} />
        <TextField label="Title" name="title" value={input.title} onChange={(v) => set("title", v)} errors={err("title")} placeholder="Senior Backend Engineer" autoFocus />
        <div className="form-row">
          <TextField label="Team" name="team" value={input.team} onChange={(v) => set("team", v)} errors={err("team")} placeholder="Payments" />
          <TextField label="Level" name="level" value={input.level} onChange={(v) => set("level", v)} errors={err("level")} placeholder="Senior" />
        </div>
        <div className="form-row">
          <TextField suggestions={namesOf("hiring_manager")} label="Hiring manager" name="hiring_manager" value={input.hiring_manager} onChange={(v) => set("hiring_manager", v)} errors={err("hiring_manager")} />
          <TextField suggestions={namesOf("recruiter")} label="Recruiter" name="recruiter" value={input.recruiter} onChange={(v) => set("recruiter", v)} errors={err("recruiter")} />
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
                  fields.edit("status");
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
        <FormActions onCancel={onClose} submitLabel={role ? "Save role" : "Create role"} pending={save.isPending} />
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
    intake: role.intake,
  };
}

export { STATUS_LABELS, toInput };
