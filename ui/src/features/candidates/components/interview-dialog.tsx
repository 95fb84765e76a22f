// Logs (schedules) one interview of a role's plan for an application: the step, when, in which
// time zone, and who interviews. Feedback from each interviewer is due after it ends.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { commands } from "../../../bindings";
import { useRescheduleInterview, useScheduleInterview } from "../../../api/use-interviews";
import { useAppSettings } from "../../../api/use-app-settings";
import { usePeople } from "../../../api/use-people";
import { Autocomplete } from "../../../components/autocomplete";
import { Dialog } from "../../../components/dialog";
import { Field } from "../../../components/field";
import { FormActions, FormError } from "../../../components/form";
import { useToast } from "../../../components/toast";
import { useUserZone } from "../../../lib/clock";
import { formatInZone, nextHourInput, wallClockInput } from "../../../lib/format";
import { fieldErrors, unwrap } from "../../../lib/ipc";
import { keys } from "../../../lib/query-keys";
import type { ApplicationView, Interview } from "../../../lib/types";

const COMMON_ZONES = [
  "America/Los_Angeles",
  "America/New_York",
  "America/Sao_Paulo",
  "Europe/London",
  "Europe/Berlin",
  "Africa/Lagos",
  "Asia/Kolkata",
  "Asia/Singapore",
  "Asia/Tokyo",
  "Australia/Sydney",
  "UTC",
];

/** Logs a new interview, or (with `existing`) reschedules one: the calendars get a new SEQUENCE. */
export function InterviewDialog({ view, existing, onClose }: { view: ApplicationView; existing?: Interview; onClose: () => void }) {
  const role = useQuery({ queryKey: keys.role(view.application.role_id), queryFn: () => unwrap(commands.getRole(view.application.role_id)) });
  const settings = useAppSettings();
  const people = usePeople();
  const myZone = useUserZone();
  const schedule = useScheduleInterview();
  const reschedule = useRescheduleInterview();
  const toast = useToast();
  const steps = role.data?.role.plan.steps ?? [];
  const me = people.data?.find((p) => p.id === settings.data?.me);

  const [stepId, setStepId] = useState<string | null>(existing?.step_id ?? null);
  // A new interview starts at the next whole hour on the app's clock, on the user's wall clock
  // (the zone field below defaults to the user's zone too).
  const [start, setStart] = useState(() => (existing ? wallClockInput(Date.parse(existing.starts_at), existing.time_zone) : nextHourInput(myZone)));
  const [duration, setDuration] = useState<number | null>(
    existing ? Math.round((Date.parse(existing.ends_at) - Date.parse(existing.starts_at)) / 60_000) : null,
  );
  const [zone, setZone] = useState<string | null>(existing?.time_zone ?? null);
  const [panel, setPanel] = useState<string[] | null>(existing ? existing.panel.map((p) => p.person_id) : null);
  const mutation = existing ? reschedule : schedule;

  // Until the user picks, defaults follow the data as it loads: the first interview step, its
  // length, my time zone (the one in Settings), and me on the panel.
  const step = steps.find((s) => s.id === stepId) ?? steps.find((s) => s.kind !== "profile_review") ?? steps[0];
  const minutes = duration ?? step?.duration_minutes ?? 60;
  const timeZone = zone ?? myZone;
  const interviewers = panel ?? (me ? [me.id] : []);
  const directory = [...(people.data ?? [])].sort((a, b) => Number(b.plays.includes("interviewer")) - Number(a.plays.includes("interviewer")));
  const errors = (field: string) => fieldErrors(mutation.error, field);

  return (
    <Dialog title={existing ? `Reschedule: ${view.candidate_name}` : `Log an interview: ${view.candidate_name}`} onClose={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          const input = {
            application_id: view.application.id,
            step_id: step?.id ?? "",
            local_start: start,
            time_zone: timeZone.trim(),
            duration_minutes: minutes,
            interviewer_ids: interviewers,
          };
          if (existing) {
            reschedule.mutate(
              { id: existing.id, input },
              {
                onSuccess: (moved) => {
                  toast.show(`Moved the ${moved.step_name.toLowerCase()} to ${formatInZone(moved.starts_at, timeZone, true)}. Send the updated invites.`);
                  onClose();
                },
              },
            );
            return;
          }
          schedule.mutate(
            input,
            {
              onSuccess: (interview) => {
                const due = interview.panel.find((s) => s.mine) ?? interview.panel[0];
                toast.show(
                  `Logged the ${interview.step_name.toLowerCase()} for ${view.candidate_name}.` +
                    (due ? ` Feedback due ${formatInZone(due.due_at, due.time_zone || timeZone, true)}.` : ""),
                );
                onClose();
              },
            },
          );
        }}
      >
        <p className="muted">{view.role_title}</p>
        <FormError error={mutation.error} />
        <Field label="Interview step" errors={errors("step_id")}>
          {(p) => (
            <select {...p} name="step" value={step?.id ?? ""} onChange={(e) => setStepId(e.target.value)}>
              {steps.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form-row">
          <Field label="Starts" errors={errors("local_start")}>
            {(p) => <input {...p} name="start" type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} />}
          </Field>
          <Field label="Minutes" errors={errors("duration_minutes")}>
            {(p) => (
              <input {...p} name="duration" type="number" min={5} max={480} value={minutes || ""} onChange={(e) => setDuration(Math.trunc(e.target.valueAsNumber) || 0)} />
            )}
          </Field>
        </div>
        <Field label="Time zone" errors={errors("time_zone")} hint="The start time is read in this zone.">
          {(p) => <Autocomplete {...p} name="time_zone" options={COMMON_ZONES} value={timeZone} onChange={setZone} />}
        </Field>
        <fieldset className={errors("interviewer_ids").length ? "list-field field-invalid" : "list-field"}>
          <legend>Interviewers</legend>
          {directory.length === 0 && <p className="muted">Add your interviewers on the People page first.</p>}
          <div className="checkbox-grid">
            {directory.map((person) => (
              <label key={person.id} className="checkbox">
                <input
                  type="checkbox"
                  name="interviewer"
                  value={person.id}
                  checked={interviewers.includes(person.id)}
                  onChange={(e) => setPanel(e.target.checked ? [...interviewers, person.id] : interviewers.filter((id) => id !== person.id))}
                />
                {person.name}
                {person.time_zone && <span className="muted"> · {person.time_zone}</span>}
              </label>
            ))}
          </div>
          {errors("interviewer_ids").map((m) => (
            <p key={m} className="field-error" role="alert">
              <span aria-hidden>⚠ </span>
              {m}
            </p>
          ))}
        </fieldset>
        <FormActions onCancel={onClose} submitLabel={existing ? "Reschedule" : "Log interview"} pending={mutation.isPending} />
      </form>
    </Dialog>
  );
}
