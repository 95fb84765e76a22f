// Two records of one person side by side: pick each field's value, keep every email, phone,
// link and tag, and merge. The toast offers Undo, because an unmerge restores both exactly.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { commands } from "../../../bindings";
import { navigate } from "../../../app/router";
import { Dialog } from "../../../components/dialog";
import { FormError } from "../../../components/form";
import { useToast } from "../../../components/toast";
import { formatDayOf } from "../../../lib/format";
import { unwrap } from "../../../lib/ipc";
import { keys } from "../../../lib/query-keys";
import type { Candidate, CandidateInput } from "../../../lib/types";
import { useCandidate } from "../api/use-candidates";

type Side = "a" | "b";
const SCALARS = [
  ["full_name", "Name"],
  ["location", "Location"],
  ["time_zone", "Time zone"],
  ["source", "Source"],
] as const;

function union<T>(a: T[], b: T[], key: (x: T) => string): T[] {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((x) => !seen.has(key(x)))];
}

export function MergeDialog({ aId, bId, onClose }: { aId: string; bId: string; onClose: () => void }) {
  const a = useCandidate(aId);
  const b = useCandidate(bId);
  if (!a.data || !b.data) {
    return (
      <Dialog title="Compare and merge" onClose={onClose}>
        <p className="muted">{a.error?.message ?? b.error?.message ?? "Loading both records…"}</p>
      </Dialog>
    );
  }
  return <Compare a={a.data.candidate} b={b.data.candidate} onClose={onClose} />;
}

function Compare({ a, b, onClose }: { a: Candidate; b: Candidate; onClose: () => void }) {
  const client = useQueryClient();
  const toast = useToast();
  // The older record survives by default: its id is the one others may have noted.
  const [keep, setKeep] = useState<Side>(a.created_at <= b.created_at ? "a" : "b");
  const [pick, setPick] = useState<Record<string, Side>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const side = (s: Side) => (s === "a" ? a : b);
  const chosen = (field: (typeof SCALARS)[number][0]): Side => pick[field] ?? (side(keep)[field] ? keep : keep === "a" ? "b" : "a");
  const survivor = side(keep);
  const other = side(keep === "a" ? "b" : "a");
  const fields: CandidateInput = {
    full_name: side(chosen("full_name")).full_name,
    location: side(chosen("location")).location,
    time_zone: side(chosen("time_zone")).time_zone,
    source: side(chosen("source")).source,
    // Notes are never dropped: both records' notes are kept, the survivor's first.
    notes: [...new Set([survivor.notes.trim(), other.notes.trim()].filter(Boolean))].join("\n\n"),
    emails: union(survivor.emails, other.emails, (x) => x),
    phones: union(survivor.phones, other.phones, (x) => x),
    links: union(survivor.links, other.links, (x) => x.url),
    tags: union(survivor.tags, other.tags, (x) => x.toLowerCase()),
  };
  const refresh = () => client.invalidateQueries({ queryKey: keys.candidates });

  const merge = async () => {
    setBusy(true);
    setError(null);
    try {
      const record = await unwrap(commands.mergeCandidates(survivor.id, other.id, fields));
      await refresh();
      onClose();
      navigate({ page: "candidates", id: record.survivor_id });
      toast.show(`Merged ${record.merged_name} into ${record.survivor_name}.`, {
        label: "Undo",
        run: () =>
          unwrap(commands.undoMerge(record.id)).then(async (undone) => {
            await refresh();
            toast.show(`Unmerged: ${undone.survivor_name} and ${undone.merged_name} are separate again.`);
          }, toast.error),
      });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="Compare and merge" onClose={onClose} wide>
      <FormError error={error} />
      <table className="compare">
        <thead>
          <tr>
            <th scope="col">Field</th>
            {(["a", "b"] as const).map((s) => (
              <th key={s} scope="col">
                <label className="radio">
                  <input type="radio" name="keep" checked={keep === s} onChange={() => setKeep(s)} />
                  Keep this record
                </label>
                <span className="muted">added {formatDayOf(side(s).created_at)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SCALARS.map(([field, label]) => (
            <tr key={field} data-field={field}>
              <th scope="row">{label}</th>
              {(["a", "b"] as const).map((s) => (
                <td key={s}>
                  <label className="radio">
                    <input type="radio" name={field} checked={chosen(field) === s} onChange={() => setPick({ ...pick, [field]: s })} />
                    {side(s)[field] || <span className="muted">empty</span>}
                  </label>
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">Emails, phones, links, tags, notes</th>
            <td colSpan={2}>
              Kept from both records: {[...fields.emails, ...fields.phones].join(", ") || "none"}
              {fields.links.length > 0 && ` · ${fields.links.length} links`}
            </td>
          </tr>
          <tr>
            <th scope="row">Pipelines, scorecards, resumes</th>
            <td colSpan={2}>Move to the kept record (a second application to the same role is set aside, not lost).</td>
          </tr>
        </tbody>
      </table>
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void merge()}>
          Merge into {survivor.full_name}
        </button>
      </div>
    </Dialog>
  );
}
