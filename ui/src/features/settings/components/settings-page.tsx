import { useState } from "react";

import { Field } from "../../../components/field";
import { LoadDemoButton } from "../../../components/load-demo-button";
import { useToast } from "../../../components/toast";
import { fieldErrors } from "../../../lib/ipc";
import { useSetDisplayName, useSettings } from "../api/use-settings";

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
          {settings.data && <NameForm key={settings.data.display_name} initial={settings.data.display_name} />}
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
