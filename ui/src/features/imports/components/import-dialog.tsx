// Import resumes: files dropped on the window or chosen here, into the database (optionally a
// role's pipeline), with a progress bar, a line per file and cancel.
import { useEffect, useRef, useState } from "react";

import { rolesForPicker, useRoleOptions } from "../../../api/use-role-options";
import { Dialog } from "../../../components/dialog";
import { FormError } from "../../../components/form";
import { navigate } from "../../../app/router";
import { commands } from "../../../bindings";
import { unwrap } from "../../../lib/ipc";
import type { CsvColumn, CsvPreview, ImportResult, ImportSource } from "../../../lib/types";
import { fileSources, useImportJob } from "../api/use-import-job";

const ACCEPT = ".pdf,.docx,.txt,.md,.markdown,.json,.csv";

const COLUMNS: { value: CsvColumn; label: string }[] = [
  { value: "ignore", label: "Ignore" },
  { value: "full_name", label: "Full name" },
  { value: "first_name", label: "First name" },
  { value: "last_name", label: "Last name" },
  { value: "email", label: "Email(s)" },
  { value: "phone", label: "Phone" },
  { value: "location", label: "Location" },
  { value: "source", label: "Source" },
  { value: "tags", label: "Tags" },
  { value: "notes", label: "Notes" },
  { value: "link", label: "Link(s)" },
];

const isCsv = (f: File) => /\.csv$/i.test(f.name);

/** A CSV's preview and the column mapping chosen for it. */
function CsvMapping({ file, mapping, onChange }: { file: File; mapping: CsvColumn[] | undefined; onChange: (m: CsvColumn[], total: number) => void }) {
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The preview is read once per file; the latest onChange only receives its guess.
  const report = useRef(onChange);
  useEffect(() => {
    report.current = onChange;
  });
  useEffect(() => {
    let live = true;
    file
      .arrayBuffer()
      .then((buf) => unwrap(commands.previewCsv(Array.from(new Uint8Array(buf)))))
      .then(
        (p) => {
          if (!live) return;
          setPreview(p);
          report.current(p.guessed, p.total);
        },
        (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
      );
    return () => {
      live = false;
    };
  }, [file]);
  if (error) return <p className="banner banner-error" role="alert">{file.name}: {error}</p>;
  if (!preview) return <p className="muted">Reading {file.name}…</p>;
  const current = mapping ?? preview.guessed;
  return (
    <div className="csv-mapping" data-csv={file.name}>
      <p>
        <strong>{file.name}</strong> <span className="muted">· {preview.total} rows · say what each column is</span>
      </p>
      <div className="csv-table-wrap">
        <table className="csv-table">
          <thead>
            <tr>
              {preview.headers.map((h, i) => (
                <th key={i}>
                  <div>{h || `Column ${i + 1}`}</div>
                  <select
                    aria-label={`Column ${h || i + 1}`}
                    value={current[i] ?? "ignore"}
                    onChange={(e) => onChange(current.map((c, j) => (j === i ? (e.target.value as CsvColumn) : c)), preview.total)}
                  >
                    {COLUMNS.map((c) => (
                      <option key={c.value} value={c.value}>
                        {c.label}
                      </option>
                    ))}
                  </select>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r, i) => (
              <tr key={i}>
                {preview.headers.map((_, j) => (
                  <td key={j}>{r[j] ?? ""}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!current.some((c) => c === "full_name" || c === "first_name" || c === "last_name") && (
        <p className="field-error" role="alert">
          Choose which column holds the name.
        </p>
      )}
    </div>
  );
}

function describe(r: ImportResult): { tone: string; icon: string; text: string; candidateId?: string } {
  const o = r.outcome;
  switch (o.kind) {
    case "imported":
      return {
        tone: "ok",
        icon: "✓",
        text: `Imported ${o.full_name}` + (r.low_confidence.length ? ` — check ${r.low_confidence.join(", ")}` : ""),
        candidateId: o.candidate_id,
      };
    case "merged":
      return { tone: "ok", icon: "⇄", text: `Merged into ${o.full_name}: ${o.reasons.slice(0, 2).join("; ")}`, candidateId: o.candidate_id };
    case "duplicate":
      return { tone: "muted", icon: "=", text: `Skipped: this exact file is already on ${o.full_name}`, candidateId: o.candidate_id };
    case "failed":
      return { tone: "error", icon: "✕", text: o.reason };
  }
}

/** `roleId`: the role the import goes into unless the user picks another (the role page it was opened on). */
export function ImportDialog({ paths, roleId: startRole, onClose }: { paths?: string[]; roleId?: string; onClose: () => void }) {
  const roles = useRoleOptions();
  const { state, start, cancel } = useImportJob();
  const [files, setFiles] = useState<File[]>([]);
  const [mappings, setMappings] = useState<Record<string, { mapping: CsvColumn[]; total: number }>>({});
  const [roleId, setRoleId] = useState(startRole ?? "");
  const [source, setSource] = useState("Resume import");
  const [error, setError] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const autoStarted = useRef(false);
  const running = state.job !== null && !state.finished;
  const started = state.job !== null || starting;
  const dropped = paths ?? [];

  const begin = async (sources: ImportSource[], count: number) => {
    setError(null);
    setStarting(true);
    try {
      await start(sources, roleId || null, source, count);
    } catch (e) {
      setError(e);
    } finally {
      setStarting(false);
    }
  };
  const resumes = files.filter((f) => !isCsv(f));
  const csvs = files.filter(isCsv);
  const csvRows = csvs.reduce((n, f) => n + (mappings[f.name]?.total ?? 0), 0);
  const csvReady = csvs.every((f) => mappings[f.name]?.mapping.some((c) => c === "full_name" || c === "first_name" || c === "last_name"));
  const run = async () => {
    const csvSources: ImportSource[] = await Promise.all(
      csvs.map(async (f) => ({
        kind: "csv" as const,
        name: f.name,
        bytes: Array.from(new Uint8Array(await f.arrayBuffer())),
        mapping: mappings[f.name]?.mapping ?? [],
      })),
    );
    const sources = [...dropped.map((path) => ({ kind: "path" as const, path })), ...(await fileSources(resumes)), ...csvSources];
    await begin(sources, dropped.length + resumes.length + csvRows);
  };
  // Files dropped on the window start at once: the drop was the decision.
  useEffect(() => {
    if (!paths?.length || autoStarted.current) return;
    autoStarted.current = true;
    setStarting(true);
    start(paths.map((path) => ({ kind: "path" as const, path })), startRole ?? null, "Resume import", paths.length)
      .catch(setError)
      .finally(() => setStarting(false));
  }, [paths, start, startRole]);

  const counts = { imported: 0, merged: 0, duplicate: 0, failed: 0 };
  for (const r of state.results) counts[r.outcome.kind] += 1;
  const total = Math.max(state.total, state.results.length);

  return (
    // Once the import has started, the choices are spent: nothing left to discard.
    <Dialog title="Import resumes" onClose={onClose} wide dirty={!started && (files.length > 0 || roleId !== (startRole ?? "") || source !== "Resume import")}>
      <FormError error={error} />
      {!started && (
        <div className="import-setup">
          <div className="drop-zone">
            <p>
              <strong>Drop resume files or whole folders anywhere on the window</strong>, or choose them here. PDF, DOCX, text,
              Markdown and JSON Resume; up to 10 MB each. A CSV list imports one candidate per row after you say what each column is.
            </p>
            <div className="page-actions">
              <label className="button">
                Choose files…
                <input
                  id="import-files"
                  type="file"
                  multiple
                  accept={ACCEPT}
                  className="visually-hidden"
                  onChange={(e) => setFiles([...files, ...Array.from(e.target.files ?? [])])}
                />
              </label>
              <label className="button">
                Choose a folder…
                <input
                  type="file"
                  className="visually-hidden"
                  webkitdirectory=""
                  onChange={(e) => setFiles([...files, ...Array.from(e.target.files ?? []).filter((f) => /\.(pdf|docx|txt|md|markdown|json|csv)$/i.test(f.name))])}
                />
              </label>
            </div>
          </div>
          {files.length > 0 && (
            <ul className="import-files" aria-label="Files to import">
              {files.map((f, i) => (
                <li key={`${f.name}-${i}`}>
                  {f.name} <span className="muted">· {Math.max(1, Math.round(f.size / 1024))} KB</span>
                  <button type="button" className="icon-button" aria-label={`Remove ${f.name}`} onClick={() => setFiles(files.filter((_, j) => j !== i))}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          {csvs.map((f) => (
            <CsvMapping
              key={f.name}
              file={f}
              mapping={mappings[f.name]?.mapping}
              onChange={(mapping, total) => setMappings((m) => ({ ...m, [f.name]: { mapping, total } }))}
            />
          ))}
          <div className="form-row">
            <div className="field">
              <label htmlFor="import-role">Add to a role's pipeline</label>
              <select id="import-role" value={roleId} onChange={(e) => setRoleId(e.target.value)}>
                <option value="">No role</option>
                {rolesForPicker(roles.data).map((r) => (
                  <option key={r.role.id} value={r.role.id}>
                    {r.role.title}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="import-source">Source</label>
              <input id="import-source" value={source} onChange={(e) => setSource(e.target.value)} />
            </div>
          </div>
          <div className="form-actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="button button-primary" disabled={!files.length || starting || !csvReady} onClick={() => void run()}>
              {csvs.length === 0
                ? `Import ${files.length || ""} ${files.length === 1 ? "file" : "files"}`
                : `Import ${resumes.length ? `${resumes.length} ${resumes.length === 1 ? "file" : "files"} and ` : ""}${csvRows} rows`}
            </button>
          </div>
        </div>
      )}
      {started && (
        <div className="import-run">
          <div className="import-progress">
            <progress value={state.results.length} max={total || 1} aria-label="Import progress" />
            <span role="status" data-import-status>
              {state.finished
                ? state.cancelled
                  ? `Cancelled after ${state.results.length} of ${total} files; the rest were not imported.`
                  : `Done: ${counts.imported} imported, ${counts.merged} merged, ${counts.duplicate} skipped, ${counts.failed} failed.`
                : `${state.results.length} of ${total || "…"} files`}
            </span>
            {running ? (
              <button type="button" className="button" onClick={cancel}>
                Cancel import
              </button>
            ) : (
              <button type="button" className="button button-primary" onClick={onClose} disabled={!state.finished}>
                Close
              </button>
            )}
          </div>
          <ul className="import-results" aria-label="Imported files">
            {state.results.map((r, i) => {
              const d = describe(r);
              return (
                <li key={i} className={`import-result import-${d.tone}`} data-outcome={r.outcome.kind} data-file={r.file_name}>
                  <span aria-hidden className="import-icon">
                    {d.icon}
                  </span>
                  <span className="import-file">{r.file_name}</span>
                  <span className="import-text">{d.text}</span>
                  {d.candidateId && (
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => {
                        navigate({ page: "candidates", id: d.candidateId });
                        onClose();
                      }}
                    >
                      Open
                    </button>
                  )}
                  {r.possible_duplicates.length > 0 && (
                    <span className="import-maybe">
                      Possibly also {r.possible_duplicates.map((m) => `${m.full_name} (${Math.round((m.confidence ?? 0) * 100)}%)`).join(", ")}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </Dialog>
  );
}
