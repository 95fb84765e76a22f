// The parsed fields beside the document text: every field editable, the ones the parser was
// unsure of marked. Saving keeps contacts and profile in one transaction.
import { useState } from "react";

import { Dialog } from "../../../components/dialog";
import { FormError } from "../../../components/form";
import { useToast } from "../../../components/toast";
import { fieldErrors } from "../../../lib/ipc";
import type { Candidate, CandidateProfile, Position } from "../../../lib/types";
import { useResumeText, useSaveReview } from "../api/use-profile";

const EMPTY: CandidateProfile = { headline: "", positions: [], education: [], skills: [], languages: [], years_experience: null, low_confidence: [] };

function list(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function ReviewDialog({ candidate, profile, resumeId, onClose }: { candidate: Candidate; profile: CandidateProfile | null; resumeId: string; onClose: () => void }) {
  const text = useResumeText(resumeId);
  const save = useSaveReview(candidate.id);
  const toast = useToast();
  const start = profile ?? EMPTY;
  const unsure = new Set(start.low_confidence);
  const [name, setName] = useState(candidate.full_name);
  const [location, setLocation] = useState(candidate.location);
  const [emails, setEmails] = useState(candidate.emails.join(", "));
  const [phones, setPhones] = useState(candidate.phones.join(", "));
  const [headline, setHeadline] = useState(start.headline);
  const [positions, setPositions] = useState<Position[]>(start.positions);
  const [skills, setSkills] = useState(start.skills.map((s) => s.name).join(", "));
  const [languages, setLanguages] = useState(start.languages.join(", "));
  const mark = (field: string) => (unsure.has(field) ? <span className="badge badge-warn">check</span> : null);
  const setPosition = (i: number, patch: Partial<Position>) => setPositions((all) => all.map((p, j) => (j === i ? { ...p, ...patch } : p)));

  const submit = () => {
    const names = list(skills);
    const kept = start.skills.filter((s) => names.includes(s.name));
    const added = names.filter((n) => !kept.some((s) => s.name === n)).map((name) => ({ name, category: "other", found_in: [], last_used: null }));
    save.mutate(
      {
        input: {
          full_name: name,
          emails: list(emails),
          phones: list(phones),
          links: candidate.links,
          location,
          time_zone: candidate.time_zone,
          source: candidate.source,
          tags: candidate.tags,
          notes: candidate.notes,
        },
        profile: { ...start, headline, positions, skills: [...kept, ...added], languages: list(languages), low_confidence: [] },
      },
      {
        onSuccess: () => {
          toast.show(`Saved the reviewed profile of ${name}.`);
          onClose();
        },
      },
    );
  };

  return (
    <Dialog title={`Review: ${candidate.full_name}`} onClose={onClose} wide>
      <div className="review">
        <form
          className="form review-fields"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <FormError error={save.error} />
          <label htmlFor="review-name">Name {mark("name")}</label>
          <input id="review-name" value={name} onChange={(e) => setName(e.target.value)} aria-invalid={fieldErrors(save.error, "full_name").length > 0} />
          {fieldErrors(save.error, "full_name").map((m) => (
            <p key={m} className="field-error" role="alert">
              {m}
            </p>
          ))}
          <label htmlFor="review-location">Location {mark("location")}</label>
          <input id="review-location" value={location} onChange={(e) => setLocation(e.target.value)} />
          <label htmlFor="review-emails">Emails (comma-separated)</label>
          <input id="review-emails" value={emails} onChange={(e) => setEmails(e.target.value)} />
          {fieldErrors(save.error, "emails").map((m) => (
            <p key={m} className="field-error" role="alert">
              {m}
            </p>
          ))}
          <label htmlFor="review-phones">Phones (comma-separated)</label>
          <input id="review-phones" value={phones} onChange={(e) => setPhones(e.target.value)} />
          <label htmlFor="review-headline">Headline</label>
          <input id="review-headline" value={headline} onChange={(e) => setHeadline(e.target.value)} />
          <fieldset className="list-field">
            <legend>Experience {mark("positions")}</legend>
            {positions.map((p, i) => (
              <div key={i} className="position-edit" data-position={i}>
                <input aria-label={`Title of job ${i + 1}`} value={p.title} placeholder="Title" onChange={(e) => setPosition(i, { title: e.target.value })} />
                <input aria-label={`Company of job ${i + 1}`} value={p.company} placeholder="Company" onChange={(e) => setPosition(i, { company: e.target.value })} />
                <input aria-label={`Start of job ${i + 1}`} value={p.start ?? ""} placeholder="YYYY-MM" onChange={(e) => setPosition(i, { start: e.target.value || null })} />
                <input
                  aria-label={`End of job ${i + 1}`}
                  value={p.current ? "present" : (p.end ?? "")}
                  placeholder="YYYY-MM or present"
                  onChange={(e) => setPosition(i, e.target.value.trim().toLowerCase() === "present" ? { end: null, current: true } : { end: e.target.value || null, current: false })}
                />
                <button type="button" className="icon-button" aria-label={`Remove job ${i + 1}`} onClick={() => setPositions(positions.filter((_, j) => j !== i))}>
                  ×
                </button>
              </div>
            ))}
            <button
              type="button"
              className="button button-small"
              onClick={() => setPositions([...positions, { title: "", company: "", start: null, end: null, current: false }])}
            >
              Add a job
            </button>
          </fieldset>
          <label htmlFor="review-skills">Skills (comma-separated)</label>
          <textarea id="review-skills" rows={3} value={skills} onChange={(e) => setSkills(e.target.value)} />
          <label htmlFor="review-languages">Languages</label>
          <input id="review-languages" value={languages} onChange={(e) => setLanguages(e.target.value)} />
          <div className="form-actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" disabled={save.isPending}>
              Save reviewed profile
            </button>
          </div>
        </form>
        <div className="review-text" aria-label="Resume text">
          {text.isError && <p className="banner banner-error">{text.error.message}</p>}
          <pre>{text.data}</pre>
        </div>
      </div>
    </Dialog>
  );
}
