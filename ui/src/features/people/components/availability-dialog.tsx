// A team member's availability for interviews: working hours per weekday in their own zone, a
// weekly cap, the interview steps they are trained for, and busy time (imported from a calendar
// export or entered by hand). The slot finder reads all of it.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";

import { commands } from "../../../bindings";
import { useDraftScope } from "../../../components/close-guard";
import { Dialog } from "../../../components/dialog";
import { FormError } from "../../../components/form";
import { useToast } from "../../../components/toast";
import { formatInZone } from "../../../lib/format";
import { fieldErrors, unwrap } from "../../../lib/ipc";
import type { Availability, Person, StepKind } from "../../../lib/types";

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
export const STEP_KINDS: { kind: StepKind; label: string }[] = [
  { kind: "profile_review", label: "Profile review" },
  { kind: "technical_screen", label: "Technical screen" },
  { kind: "deep_dive", label: "Deep dive" },
  { kind: "system_design", label: "System design" },
  { kind: "collaboration", label: "Collaboration" },
  { kind: "other", label: "Other" },
];

const hhmm = (t: string) => t.slice(0, 5);
const availabilityKey = (id: string) => ["availability", id] as const;
const busyKey = (id: string) => ["busy", id] as const;

export function AvailabilityDialog({ person, onClose }: { person: Person; onClose: () => void }) {
  const availability = useQuery({ queryKey: availabilityKey(person.id), queryFn: () => unwrap(commands.getAvailability(person.id)) });
  return (
    <Dialog title={`Availability: ${person.name}`} onClose={onClose} wide>
      <p className="muted">
        Times are in {person.name}'s own zone: <strong>{person.time_zone || "none set — add one with Edit so times are read correctly"}</strong>.
      </p>
      {availability.data && <HoursForm person={person} initial={availability.data} />}
      <BusyTime person={person} />
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

function HoursForm({ person, initial }: { person: Person; initial: Availability }) {
  const client = useQueryClient();
  const toast = useToast();
  const [a, setA] = useState<Availability>(initial);
  // Saving keeps the dialog open: after it, Esc has nothing of this form to ask about.
  const formRef = useRef<HTMLFormElement>(null);
  const draftSaved = useDraftScope(formRef);
  const save = useMutation({
    mutationFn: (value: Availability) => unwrap(commands.setAvailability(person.id, value)),
    onSuccess: (saved) => {
      client.setQueryData(availabilityKey(person.id), saved);
      setA(saved);
      draftSaved();
      toast.show(`${person.name}'s availability is saved.`);
    },
  });
  const setDay = (i: number, value: [string, string] | null) =>
    setA((prev) => {
      const days = [...prev.working_hours.days] as Availability["working_hours"]["days"];
      days[i] = value;
      return { ...prev, working_hours: { days } };
    });
  return (
    <form
      ref={formRef}
      className="availability-form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(a);
      }}
    >
      <fieldset className="hours">
        <legend>Working hours</legend>
        {DAYS.map((day, i) => {
          const hours = a.working_hours.days[i] ?? null;
          return (
            <div key={day} className="hours-row" data-day={day}>
              <label className="checkbox-inline">
                <input type="checkbox" checked={hours !== null} onChange={(e) => setDay(i, e.target.checked ? ["09:00:00", "17:00:00"] : null)} />
                {day}
              </label>
              {hours ? (
                <>
                  <input type="time" aria-label={`${day} from`} value={hhmm(hours[0])} onChange={(e) => setDay(i, [e.target.value, hours[1]])} />
                  <span aria-hidden>–</span>
                  <input type="time" aria-label={`${day} until`} value={hhmm(hours[1])} onChange={(e) => setDay(i, [hours[0], e.target.value])} />
                </>
              ) : (
                <span className="muted">Off</span>
              )}
              {fieldErrors(save.error, `working_hours.${i}`).map((m) => (
                <span key={m} className="field-error" role="alert">
                  {m}
                </span>
              ))}
            </div>
          );
        })}
      </fieldset>
      <label className="inline-setting">
        <span>At most</span>
        <input
          type="number"
          name="weekly_cap"
          min={0}
          max={100}
          placeholder="no cap"
          value={a.weekly_cap ?? ""}
          onChange={(e) => setA((p) => ({ ...p, weekly_cap: Number.isFinite(e.target.valueAsNumber) ? Math.trunc(e.target.valueAsNumber) : null }))}
        />
        <span>interviews a week (empty: no cap)</span>
      </label>
      {fieldErrors(save.error, "weekly_cap").map((m) => (
        <p key={m} className="field-error" role="alert">
          {m}
        </p>
      ))}
      <fieldset className="chips">
        <legend>Trained for (none ticked: any step)</legend>
        {STEP_KINDS.map(({ kind, label }) => (
          <label key={kind} className={a.trained_for.includes(kind) ? "chip chip-on" : "chip"}>
            <input
              type="checkbox"
              name={`trained-${kind}`}
              checked={a.trained_for.includes(kind)}
              onChange={(e) =>
                setA((p) => ({ ...p, trained_for: e.target.checked ? [...p.trained_for, kind] : p.trained_for.filter((k) => k !== kind) }))
              }
            />
            {label}
          </label>
        ))}
      </fieldset>
      <FormError error={save.error} />
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        Save availability
      </button>
    </form>
  );
}

function BusyTime({ person }: { person: Person }) {
  const client = useQueryClient();
  const toast = useToast();
  const busy = useQuery({ queryKey: busyKey(person.id), queryFn: () => unwrap(commands.busyBlocks(person.id)) });
  const refresh = () => client.invalidateQueries({ queryKey: busyKey(person.id) });
  const importFile = useMutation({
    mutationFn: async (file: File) => unwrap(commands.importCalendar(person.id, file.name, await file.text())),
    onSuccess: (r) => {
      void refresh();
      toast.show(`Read ${r.blocks} busy ${r.blocks === 1 ? "block" : "blocks"} from ${r.file_name}${r.replaced ? ` (replacing ${r.replaced} from the last import)` : ""}.`);
    },
  });
  const [date, setDate] = useState("");
  const [from, setFrom] = useState("09:00");
  const [until, setUntil] = useState("10:00");
  const [title, setTitle] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const draftSaved = useDraftScope(formRef);
  const add = useMutation({
    mutationFn: () =>
      unwrap(commands.addBusyBlock({ person_id: person.id, local_start: `${date}T${from}`, local_end: `${date}T${until}`, time_zone: person.time_zone || "UTC", title })),
    onSuccess: () => {
      void refresh();
      setTitle("");
      draftSaved();
      toast.show("Busy time added.");
    },
  });
  const remove = useMutation({ mutationFn: (id: string) => unwrap(commands.deleteBusyBlock(id)), onSuccess: () => void refresh(), onError: toast.error });
  const blocks = busy.data ?? [];
  const manual = blocks.filter((b) => b.source === "manual");
  const calendars = [...new Set(blocks.filter((b) => b.source !== "manual").map((b) => b.source))];
  const zone = person.time_zone || "UTC";
  return (
    <section className="busy-time" aria-labelledby="busy-title">
      <h3 id="busy-title">Busy time</h3>
      <div className="busy-import">
        <label className="button">
          Import calendar (.ics)…
          <input
            type="file"
            id="calendar-file"
            name="calendar"
            data-no-draft
            accept=".ics,text/calendar"
            className="visually-hidden"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) importFile.mutate(file);
              e.target.value = "";
            }}
          />
        </label>
        <span className="muted">An export from Google Calendar or Outlook; recurring events are expanded. Importing the same file again replaces it.</span>
      </div>
      {importFile.isPending && <p className="muted">Reading the calendar…</p>}
      <FormError error={importFile.error} />
      {calendars.length > 0 && (
        <ul className="list">
          {calendars.map((c) => {
            const of = blocks.filter((b) => b.source === c);
            return (
              <li key={c} className="busy-calendar">
                <strong>{c}</strong> <span className="muted">{of.length} busy blocks from {of[0] ? formatInZone(of[0].starts_at, zone) : ""}</span>
              </li>
            );
          })}
        </ul>
      )}
      <form
        ref={formRef}
        className="busy-add"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate();
        }}
      >
        <input type="date" aria-label="Busy on" name="busy_date" value={date} onChange={(e) => setDate(e.target.value)} required />
        <input type="time" aria-label="Busy from" name="busy_from" value={from} onChange={(e) => setFrom(e.target.value)} />
        <input type="time" aria-label="Busy until" name="busy_until" value={until} onChange={(e) => setUntil(e.target.value)} />
        <input type="text" aria-label="What" name="busy_title" placeholder="What (optional)" value={title} onChange={(e) => setTitle(e.target.value)} />
        <button type="submit" className="button" disabled={add.isPending}>
          Add busy time
        </button>
      </form>
      {[...fieldErrors(add.error, "local_start"), ...fieldErrors(add.error, "local_end"), ...fieldErrors(add.error, "time_zone")].map((m) => (
        <p key={m} className="field-error" role="alert">
          {m}
        </p>
      ))}
      {manual.length > 0 && (
        <ul className="list busy-list">
          {manual.map((b) => (
            <li key={b.id} className="busy-row">
              <span>
                {formatInZone(b.starts_at, zone)} – {formatInZone(b.ends_at, zone)}
              </span>
              <span className="muted">{b.title || "Busy"}</span>
              <button type="button" className="button button-small" onClick={() => remove.mutate(b.id)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
