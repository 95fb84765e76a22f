// Scheduling a loop: choose the steps and who interviews for each, say when the candidate can do
// it (in their zone), and pick one of the suggested times. Every suggestion fits every
// interviewer's working hours in their own zone, their busy time and weekly cap, with buffers,
// and the candidate's windows or, without any for these dates, their working hours in their zone.
// The candidate's zone is theirs (their profile, else their location, else asked here), never
// assumed to be the user's. Once booked: invites for the panel and the candidate, and a message.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import type { ReactNode } from "react";

import { commands } from "../../../bindings";
import { invalidateFeedback } from "../../../api/use-interviews";
import { usePeople } from "../../../api/use-people";
import { Autocomplete } from "../../../components/autocomplete";
import { Dialog } from "../../../components/dialog";
import { Field } from "../../../components/field";
import { FormError } from "../../../components/form";
import { useToast } from "../../../components/toast";
import { useUserZone, zoneNames } from "../../../lib/clock";
import { dateInDays, formatInZone, timeInZone } from "../../../lib/format";
import { describe, fieldErrors, unwrap } from "../../../lib/ipc";
import { keys } from "../../../lib/query-keys";
import type { ApplicationView, Interview, LoopMode, LoopOption, PlanStep, Ranking } from "../../../lib/types";
import { MessagePanel, InviteButtons } from "./invite-actions";

/** Where the candidate's zone comes from, as the dialog says it beside the zone. */
function zoneSource(source: string, location: string): string {
  switch (source) {
    case "profile":
      return "set on their profile";
    case "location":
      return `from their location ${location}`;
    case "chosen":
      return "chosen here";
    default:
      return location ? `not known: their location “${location}” does not say` : "not known: their profile has no zone or location";
  }
}

export function ScheduleDialog({ view, candidateZone, onClose }: { view: ApplicationView; candidateZone: string; onClose: () => void }) {
  const role = useQuery({ queryKey: keys.role(view.application.role_id), queryFn: () => unwrap(commands.getRole(view.application.role_id)) });
  const people = usePeople();
  const client = useQueryClient();
  const toast = useToast();
  const steps = useMemo(() => (role.data?.role.plan.steps ?? []).filter((s) => s.kind !== "profile_review"), [role.data]);
  // The user's zone from Settings (chosen there, else "me"'s, else this computer's).
  const myZone = useUserZone();
  // The candidate's: their profile's, else their location's (the store reads it), else asked
  // for here. Never the user's: a candidate in Seattle is not in New York because the user is.
  const known = useQuery({ queryKey: ["candidate-zone", view.application.id], queryFn: () => unwrap(commands.candidateZone(view.application.id)) });
  const [zoneChoice, setZoneChoice] = useState<string | null>(null);
  // The profile's zone (passed in) only until the store answers: it may not be a zone at all.
  const knownZone = known.data ? (known.data.zone ?? "") : candidateZone;
  const theirZone = (zoneChoice ?? knownZone).trim();
  const source = zoneChoice !== null && theirZone !== knownZone ? "chosen" : known.data?.source ?? (candidateZone ? "profile" : "unknown");
  // Their working hours, Monday to Friday in their zone: what holds their side without windows.
  const [hoursFrom, setHoursFrom] = useState("09:00");
  const [hoursUntil, setHoursUntil] = useState("17:00");
  // Two zones side by side: name them, so nobody reads one as the other.
  const named = theirZone !== myZone;

  const [chosen, setChosen] = useState<string[] | null>(null);
  const [panels, setPanels] = useState<Record<string, string[]>>({});
  // Tomorrow on the app's clock, in the user's zone.
  const [fromDate, setFromDate] = useState(() => dateInDays(1));
  const [days, setDays] = useState(14);
  const [mode, setMode] = useState<LoopMode>("back_to_back");
  const [ranking, setRanking] = useState<Ranking>("earliest");
  const [buffer, setBuffer] = useState(10);
  const [pick, setPick] = useState<number | null>(null);
  const [booked, setBooked] = useState<Interview[] | null>(null);

  const selected = chosen ?? steps.filter((s) => s.kind === "deep_dive" || s.kind === "system_design").map((s) => s.id);
  const loopSteps = steps.filter((s) => selected.includes(s.id));
  const panelOf = (s: PlanStep) => panels[s.id] ?? [];

  const suggest = useMutation({
    mutationFn: () =>
      unwrap(
        commands.suggestLoop({
          application_id: view.application.id,
          steps: loopSteps.map((s) => ({ step_id: s.id, interviewer_ids: panelOf(s) })),
          from_date: fromDate,
          days,
          mode,
          ranking,
          buffer_minutes: buffer,
          gap_minutes: 15,
          // What the dialog shows is what the finder uses.
          candidate_zone: theirZone || null,
          candidate_hours: [hoursFrom, hoursUntil],
        }),
      ),
    onSuccess: () => setPick(0),
  });
  const book = useMutation({
    mutationFn: (option: LoopOption) =>
      unwrap(
        commands.scheduleLoop(
          view.application.id,
          myZone,
          loopSteps.map((s, i) => ({ step_id: s.id, starts_at: option.slots[i]?.start ?? "", interviewer_ids: panelOf(s) })),
        ),
      ),
    onSuccess: (interviews) => {
      setBooked(interviews);
      void invalidateFeedback(client);
      void client.invalidateQueries({ queryKey: keys.role(view.application.role_id) });
      void client.invalidateQueries({ queryKey: keys.myWeek });
      toast.show(`Scheduled ${interviews.length} interview${interviews.length === 1 ? "" : "s"} for ${view.candidate_name}.`);
    },
  });

  const directory = people.data ?? [];
  const options = suggest.data?.options ?? [];
  const zoneErrors = fieldErrors(suggest.error, "candidate_zone");
  const hoursErrors = fieldErrors(suggest.error, "candidate_hours");
  // The zone the suggestions were found in (the one shown, unless changed since).
  const shownZone = suggest.data?.candidate_zone ?? theirZone;

  if (booked) {
    return (
      // A dialog of its own (key): what was typed to find the times is booked, nothing to discard.
      <Dialog key="booked" title={`Scheduled: ${view.candidate_name}`} onClose={onClose} wide>
        <ul className="booked" aria-label="Scheduled interviews">
          {booked.map((i) => (
            <li key={i.id} className="booked-row" data-interview={i.step_name}>
              <strong>{i.step_name}</strong>
              <span>
                <span className="muted">You ({myZone})</span> {formatInZone(i.starts_at, myZone)}–{timeInZone(i.ends_at, myZone, named)}
              </span>
              <span>
                <span className="muted">Candidate ({shownZone})</span> {formatInZone(i.starts_at, shownZone)}–{timeInZone(i.ends_at, shownZone, named)}
              </span>
              <InviteButtons interview={i} />
            </li>
          ))}
        </ul>
        <MessagePanel applicationId={view.application.id} interviewIds={booked.map((i) => i.id)} />
        <div className="form-actions">
          <button type="button" className="button button-primary" onClick={onClose}>
            Done
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={`Schedule interviews: ${view.candidate_name}`} onClose={onClose} wide>
      <p className="muted">{view.role_title}</p>
      <fieldset className="candidate-windows candidate-zones">
        <legend>Time zones</legend>
        <ul className="list zone-sides">
          <li>
            <strong>You ({myZone})</strong> <span className="muted">· set in Settings</span>
          </li>
          <li>
            <strong>Candidate ({theirZone || "time zone not known"})</strong> <span className="muted">· {known.isPending && zoneChoice === null ? "reading their profile…" : zoneSource(source, known.data?.location ?? "")}</span>
          </li>
        </ul>
        <Field label="Candidate's time zone" errors={zoneErrors} hint="Their times, windows and working hours are in this zone.">
          {(p) => <Autocomplete {...p} name="candidate_zone" options={zoneNames()} placeholder="e.g. America/Los_Angeles" value={zoneChoice ?? knownZone} onChange={setZoneChoice} />}
        </Field>
      </fieldset>
      <fieldset className="loop-steps">
        <legend>Steps and panels</legend>
        {steps.map((s) => {
          const on = selected.includes(s.id);
          return (
            <div key={s.id} className="loop-step" data-step={s.id}>
              <label className="checkbox-inline">
                <input
                  type="checkbox"
                  name={`step-${s.id}`}
                  checked={on}
                  onChange={(e) => setChosen(e.target.checked ? [...selected, s.id] : selected.filter((x) => x !== s.id))}
                />
                <strong>{s.name}</strong> <span className="muted">{s.duration_minutes} min</span>
              </label>
              {on && (
                <div className="loop-panel" role="group" aria-label={`Panel for ${s.name}`}>
                  {directory.length === 0 && <span className="muted">Add interviewers on the People page first.</span>}
                  {directory.map((p) => (
                    <label key={p.id} className={panelOf(s).includes(p.id) ? "chip chip-on" : "chip"}>
                      <input
                        type="checkbox"
                        name={`panel-${s.id}`}
                        value={p.id}
                        checked={panelOf(s).includes(p.id)}
                        onChange={(e) =>
                          setPanels((all) => ({
                            ...all,
                            [s.id]: e.target.checked ? [...panelOf(s), p.id] : panelOf(s).filter((x) => x !== p.id),
                          }))
                        }
                      />
                      {p.name}
                      {p.time_zone && <span className="muted"> · {p.time_zone.split("/").pop()?.replace("_", " ")}</span>}
                    </label>
                  ))}
                </div>
              )}
            </div>
          );
        })}
      </fieldset>
      <CandidateWindows applicationId={view.application.id} zone={theirZone} hours={[hoursFrom, hoursUntil]}>
        <div className="window-add" role="group" aria-label="Candidate's working hours">
          <span>Without windows for these dates, their working hours (Monday–Friday{theirZone ? `, ${theirZone}` : ""}) hold:</span>
          <input type="time" aria-label="Candidate's hours from" name="candidate_hours_from" value={hoursFrom} onChange={(e) => setHoursFrom(e.target.value)} />
          <span>to</span>
          <input type="time" aria-label="Candidate's hours until" name="candidate_hours_until" value={hoursUntil} onChange={(e) => setHoursUntil(e.target.value)} />
        </div>
        {hoursErrors.map((m) => (
          <p key={m} className="field-error" role="alert">
            {m}
          </p>
        ))}
      </CandidateWindows>
      <div className="loop-options">
        <label>
          From <input type="date" name="from_date" value={fromDate} onChange={(e) => setFromDate(e.target.value)} />
        </label>
        <label>
          for{" "}
          <input type="number" name="days" min={1} max={42} value={days} onChange={(e) => setDays(Math.trunc(e.target.valueAsNumber) || 1)} /> days
        </label>
        <label>
          <span className="visually-hidden">Arrangement</span>
          <select name="mode" value={mode} onChange={(e) => setMode(e.target.value as LoopMode)}>
            <option value="back_to_back">Back to back, one day</option>
            <option value="spread">Spread, one step a day</option>
          </select>
        </label>
        <label>
          Rank by{" "}
          <select name="ranking" value={ranking} onChange={(e) => setRanking(e.target.value as Ranking)}>
            <option value="earliest">Earliest</option>
            <option value="fewest_days">Fewest days for the candidate</option>
            <option value="balanced">Balanced interviewer load</option>
          </select>
        </label>
        <label>
          Buffer{" "}
          <input type="number" name="buffer" min={0} max={120} value={buffer} onChange={(e) => setBuffer(Math.max(0, Math.trunc(e.target.valueAsNumber) || 0))} /> min
        </label>
        <button type="button" className="button button-primary" disabled={suggest.isPending || loopSteps.length === 0 || !hoursFrom || !hoursUntil} onClick={() => suggest.mutate()}>
          Find times
        </button>
      </div>
      {suggest.isError && zoneErrors.length === 0 && hoursErrors.length === 0 && (
        <p className="banner banner-warning" role="alert">
          {[...fieldErrors(suggest.error, "slots"), ...loopSteps.flatMap((_, i) => fieldErrors(suggest.error, `steps.${i}`)), ...fieldErrors(suggest.error, "days"), ...fieldErrors(suggest.error, "steps")][0] ??
            describe(suggest.error)}
        </p>
      )}
      {suggest.isSuccess && (
        <section aria-labelledby="suggestions-title">
          <h3 id="suggestions-title">Suggestions</h3>
          <p className="muted">{suggest.data.candidate_note}</p>
          <ol className="suggestions">
            {options.map((o, n) => (
              <li key={n} className={pick === n ? "suggestion is-picked" : "suggestion"}>
                <label>
                  <input type="radio" name="suggestion" checked={pick === n} onChange={() => setPick(n)} />
                  <span className="suggestion-facts muted">
                    {o.days === 1 ? "1 day" : `${o.days} days`} for the candidate · busiest interviewer {o.max_load} this week
                  </span>
                </label>
                <table className="suggestion-times">
                  <thead>
                    <tr>
                      <th scope="col">
                        <span className="visually-hidden">Step</span>
                      </th>
                      <th scope="col">You ({myZone})</th>
                      <th scope="col">Candidate ({suggest.data.candidate_zone})</th>
                    </tr>
                  </thead>
                  <tbody>
                    {o.slots.map((slot, i) => (
                      <tr key={i}>
                        <th scope="row">{loopSteps[i]?.name}</th>
                        <td>
                          {formatInZone(slot.start, myZone)}–{timeInZone(slot.end, myZone, named)}
                        </td>
                        <td>
                          {formatInZone(slot.start, suggest.data.candidate_zone)}–{timeInZone(slot.end, suggest.data.candidate_zone, named)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </li>
            ))}
          </ol>
          <FormError error={book.error} />
          <div className="form-actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={pick === null || book.isPending}
              onClick={() => {
                const option = pick === null ? undefined : options[pick];
                if (option) book.mutate(option);
              }}
            >
              Schedule {loopSteps.length === 1 ? "interview" : "loop"}
            </button>
          </div>
        </section>
      )}
    </Dialog>
  );
}

function CandidateWindows({ applicationId, zone, hours, children }: { applicationId: string; zone: string; hours: [string, string]; children: ReactNode }) {
  const client = useQueryClient();
  const key = ["candidate-windows", applicationId];
  const windows = useQuery({ queryKey: key, queryFn: () => unwrap(commands.candidateWindows(applicationId)) });
  const [date, setDate] = useState("");
  // A new window spans their working hours until its times are changed.
  const [fromChoice, setFrom] = useState<string | null>(null);
  const [untilChoice, setUntil] = useState<string | null>(null);
  const from = fromChoice ?? hours[0];
  const until = untilChoice ?? hours[1];
  const add = useMutation({
    mutationFn: () => unwrap(commands.addCandidateWindow({ application_id: applicationId, local_start: `${date}T${from}`, local_end: `${date}T${until}`, time_zone: zone })),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
  const remove = useMutation({
    mutationFn: (id: string) => unwrap(commands.deleteCandidateWindow(id)),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
  return (
    <fieldset className="candidate-windows">
      <legend>When the candidate can interview{zone ? ` (${zone})` : ""}</legend>
      {(windows.data ?? []).length === 0 && <p className="muted">No windows entered.</p>}
      <ul className="list">
        {(windows.data ?? []).map((w) => (
          <li key={w.id} className="window-row">
            <span>
              {formatInZone(w.starts_at, w.time_zone)}–{timeInZone(w.ends_at, w.time_zone)}
            </span>
            <button type="button" className="button button-small" onClick={() => remove.mutate(w.id)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div className="window-add">
        <input type="date" aria-label="Candidate free on" name="window_date" value={date} onChange={(e) => setDate(e.target.value)} />
        <input type="time" aria-label="Candidate free from" name="window_from" value={from} onChange={(e) => setFrom(e.target.value)} />
        <input type="time" aria-label="Candidate free until" name="window_until" value={until} onChange={(e) => setUntil(e.target.value)} />
        <button type="button" className="button button-small" disabled={!date || !zone || add.isPending} onClick={() => add.mutate()}>
          Add window
        </button>
      </div>
      {!zone && <p className="muted">Choose the candidate's time zone above to enter windows in it.</p>}
      {[...fieldErrors(add.error, "local_start"), ...fieldErrors(add.error, "local_end")].map((m) => (
        <p key={m} className="field-error" role="alert">
          {m}
        </p>
      ))}
      {children}
    </fieldset>
  );
}
