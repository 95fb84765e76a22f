import { useState } from "react";

import { Field } from "../../../components/field";
import { FormError } from "../../../components/form";
import { LoadDemoButton } from "../../../components/load-demo-button";
import { useToast } from "../../../components/toast";
import { fieldErrors } from "../../../lib/ipc";
import { usePeople } from "../../../api/use-people";
import { zoneNames } from "../../../lib/clock";
import { openDialog } from "../../../lib/ui-store";
import { useFeedbackVisibility, useSetDefaultRegion, useSetDisplayName, useSetFeedbackVisibility, useSetMe, useSetTimeZone, useSettings } from "../api/use-settings";
import type { FeedbackVisibility, Settings } from "../../../lib/types";
import { TemplatesSection } from "./templates-section";

export function SettingsPage() {
  const settings = useSettings();

  return (
    <section className="page" aria-labelledby="settings-title">
      <header className="page-header">
        <h1 id="settings-title">Settings</h1>
      </header>
      {settings.isError && (
        <p className="banner banner-error" role="alert">
          {settings.error.message}
        </p>
      )}
      <div className="settings-grid">
        <section className="card" aria-labelledby="me-title">
          <h2 id="me-title">You</h2>
          {settings.data && <MePicker me={settings.data.me} />}
          {settings.data && !settings.data.me && <NameForm key={settings.data.display_name} initial={settings.data.display_name} />}
        </section>
        <section className="card" aria-labelledby="zone-title">
          <h2 id="zone-title">Time zone</h2>
          {settings.data && <TimeZoneForm key={settings.data.time_zone_choice ?? ""} settings={settings.data} />}
        </section>
        <section className="card" aria-labelledby="feedback-title">
          <h2 id="feedback-title">Independent feedback</h2>
          <VisibilityPicker />
        </section>
        <section className="card" aria-labelledby="region-title">
          <h2 id="region-title">Phone numbers</h2>
          {settings.data && <RegionForm key={settings.data.default_region} initial={settings.data.default_region} />}
        </section>
        <section className="card settings-wide" aria-labelledby="offer-templates-title">
          <h2 id="offer-templates-title">Offer letter templates</h2>
          <TemplatesSection kind="offer" />
        </section>
        <section className="card settings-wide" aria-labelledby="outreach-templates-title">
          <h2 id="outreach-templates-title">Outreach templates</h2>
          <TemplatesSection kind="outreach" />
        </section>
        <section className="card" aria-labelledby="data-title">
          <h2 id="data-title">Data</h2>
          <dl className="facts">
            <div>
              <dt>Database</dt>
              <dd className="mono">{settings.data?.db_path}</dd>
            </div>
            <div>
              <dt>Replica id</dt>
              <dd className="mono">{settings.data?.replica_id}</dd>
            </div>
          </dl>
          <p className="muted">Everything is stored in this one SQLite file on this computer.</p>
          {settings.data?.demo_loaded ? (
            <p className="muted">The demo data is loaded in this database.</p>
          ) : (
            <>
              <p>Load a realistic demo dataset: about 20 roles and 2,000 candidates with pipelines and history.</p>
              <LoadDemoButton />
            </>
          )}
        </section>
      </div>
    </section>
  );
}

function NameForm({ initial }: { initial: string }) {
  const save = useSetDisplayName();
  const toast = useToast();
  const [name, setName] = useState(initial);
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(name, { onSuccess: (s) => toast.show(`Stage moves will be recorded as ${s.display_name}.`) });
      }}
    >
      <Field label="Your name" errors={fieldErrors(save.error, "display_name")} hint="Recorded as the author of every stage move you make on this laptop.">
        {(p) => <input {...p} name="display_name" value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          Save
        </button>
      </div>
    </form>
  );
}

/** Who "me" is: recorded as the author of every stage move made on this laptop. */
function MePicker({ me }: { me: string | null }) {
  const people = usePeople();
  const setMe = useSetMe();
  const toast = useToast();
  const options = people.data ?? [];
  return (
    <div className="field me-picker">
      <label htmlFor="me">I am</label>
      <select
        id="me"
        name="me"
        value={me ?? ""}
        disabled={setMe.isPending}
        onChange={(e) =>
          setMe.mutate(e.target.value || null, {
            onSuccess: (s) => toast.show(`Stage moves will be recorded as ${s.display_name}.`),
            onError: toast.error,
          })
        }
      >
        <option value="">Not in the directory (use the name below)</option>
        {options.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
            {p.email ? ` (${p.email})` : ""}
          </option>
        ))}
      </select>
      {options.length === 0 && (
        <p className="field-hint">
          No one is in the directory yet.{" "}
          <button type="button" className="button button-small" onClick={() => openDialog({ kind: "new-person" })}>
            Add yourself
          </button>
        </p>
      )}
    </div>
  );
}

const RULES: { rule: FeedbackVisibility; label: string; hint: string }[] = [
  { rule: "hidden_until_own_submitted", label: "Hidden until you submit your own", hint: "Recommended: nobody anchors on a colleague's opinion." },
  { rule: "always_hidden", label: "Always hidden", hint: "Feedback is only shared in the debrief." },
  { rule: "visible", label: "Visible once submitted", hint: "Anyone can read submitted scorecards at any time." },
];

function VisibilityPicker() {
  const current = useFeedbackVisibility();
  const set = useSetFeedbackVisibility();
  const toast = useToast();
  return (
    <fieldset className="radio-group">
      <legend>Colleagues' scorecards are</legend>
      {RULES.map((r) => (
        <label key={r.rule} className="radio">
          <input
            type="radio"
            name="feedback-visibility"
            value={r.rule}
            checked={current.data === r.rule}
            onChange={() => set.mutate(r.rule, { onSuccess: () => toast.show(`Colleagues' scorecards: ${r.label.toLowerCase()}.`), onError: toast.error })}
          />
          <span>
            {r.label} <span className="muted">— {r.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** Imported and typed numbers without a country code are read in this region. */
function RegionForm({ initial }: { initial: string }) {
  const [region, setRegion] = useState(initial);
  const save = useSetDefaultRegion();
  const toast = useToast();
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(region, { onSuccess: (s) => toast.show(`Numbers without a country code are now read as ${s.default_region} numbers.`) });
      }}
    >
      <Field
        label="Default country (two letters)"
        errors={fieldErrors(save.error, "default_region")}
        hint="Used for numbers written without +country code, e.g. US, DE, IN. Duplicate checks are rebuilt when it changes."
      >
        {(p) => <input {...p} name="default-region" maxLength={2} value={region} onChange={(e) => setRegion(e.target.value.toUpperCase())} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending || region === initial}>
          Save
        </button>
      </div>
    </form>
  );
}

/**
 * The zone days, weeks and times are shown and counted in: one chosen here, or (null) "me"'s
 * zone in People, else this computer's. Late, overdue, stalled and "this week" all follow it.
 */
function TimeZoneForm({ settings }: { settings: Settings }) {
  const people = usePeople();
  const save = useSetTimeZone();
  const toast = useToast();
  const choice = settings.time_zone_choice;
  const [zone, setZone] = useState(choice ?? "");
  const [names] = useState(zoneNames);
  const me = people.data?.find((p) => p.id === settings.me);
  const source = choice ? "chosen here" : me?.time_zone ? `${me.name}'s zone in People` : "this computer's zone";
  const typed = zone.trim();
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(typed, { onSuccess: (s) => toast.show(`Days, weeks and times now follow ${s.time_zone}.`) });
      }}
    >
      <p data-zone-in-effect>
        Days, weeks and times are shown and counted in <strong>{settings.time_zone}</strong> <span className="muted">({source})</span>.
      </p>
      <Field
        label="Time zone"
        errors={fieldErrors(save.error, "time_zone")}
        hint="An IANA name such as Europe/Berlin or America/New_York. Late, overdue, stalled and “this week” are counted in it."
      >
        {(p) => <input {...p} name="time_zone" list="settings-zones" value={zone} placeholder={settings.time_zone} onChange={(e) => setZone(e.target.value)} />}
      </Field>
      <datalist id="settings-zones">
        {names.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <FormError error={save.error} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending || !typed || typed === choice}>
          Save
        </button>
        <button
          type="button"
          className="button"
          disabled={save.isPending || choice === null}
          onClick={() => save.mutate(null, { onSuccess: (s) => toast.show(`Following you and this computer: days, weeks and times are in ${s.time_zone}.`) })}
        >
          Follow me / this computer
        </button>
      </div>
    </form>
  );
}
