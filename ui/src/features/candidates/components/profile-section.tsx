// What the resume says: headline, experience, skills with where they were found, education,
// languages; the resumes on file; and people who are probably the same person.
import { useState } from "react";

import { commands } from "../../../bindings";
import { InfoIcon } from "../../../components/icons";
import { useToast } from "../../../components/toast";
import { formatDayOf } from "../../../lib/format";
import { unwrap } from "../../../lib/ipc";
import type { Candidate, CandidateProfile, Position, SkillMention } from "../../../lib/types";
import { useDuplicatesOf, useProfile, useResumes } from "../api/use-profile";
import { MergeDialog } from "./merge-dialog";
import { ReviewDialog } from "./review-dialog";
import { RiskChecks } from "./risk-checks";

const SOURCE_LABEL = { skills_section: "listed", experience: "used in a job", elsewhere: "mentioned" } as const;

function span(p: Position): string {
  const month = (m: string | null) => (m ? m : "");
  return `${month(p.start)} – ${p.current ? "present" : month(p.end)}`;
}

function skillTitle(s: SkillMention): string {
  const where = s.found_in.map((f) => SOURCE_LABEL[f]).join(", ");
  return s.last_used ? `${where}; last used ${s.last_used}` : where;
}

export function ProfileSection({ candidate }: { candidate: Candidate }) {
  const profile = useProfile(candidate.id);
  const resumes = useResumes(candidate.id);
  const dupes = useDuplicatesOf(candidate.id);
  const toast = useToast();
  const [reviewing, setReviewing] = useState(false);
  const [comparing, setComparing] = useState<string | null>(null);
  const p: CandidateProfile | null | undefined = profile.data;
  const latest = resumes.data?.[0];
  return (
    <>
      {dupes.data && dupes.data.length > 0 && (
        <div className="banner banner-warning" role="status" data-duplicates>
          {dupes.data.slice(0, 3).map((m) => (
            <p key={m.candidate_id}>
              <InfoIcon />Possibly the same person as{" "}
              <a href={`#/candidates/${m.candidate_id}`}>{m.full_name}</a> ({Math.round((m.confidence ?? 0) * 100)}%):{" "}
              {m.reasons.map((r) => r.text).join("; ")}.{" "}
              <button type="button" className="button button-small" onClick={() => setComparing(m.candidate_id)}>
                Compare &amp; merge
              </button>
            </p>
          ))}
        </div>
      )}
      {p && (
        <section aria-labelledby="profile-title" className="profile">
          <h3 id="profile-title">
            Profile{" "}
            {p.low_confidence.length > 0 && (
              <span className="badge badge-warn" title={`Check: ${p.low_confidence.join(", ")}`}>
                check {p.low_confidence.join(", ")}
              </span>
            )}
          </h3>
          {p.headline && <p className="headline">{p.headline}</p>}
          {p.years_experience !== null && (
            <p className="muted">{p.years_experience} years of professional experience (overlapping jobs counted once)</p>
          )}
          {p.skills.length > 0 && (
            <ul className="skill-chips" aria-label="Skills">
              {p.skills.map((s) => (
                <li key={s.name} className={s.found_in.includes("experience") ? "chip chip-used" : "chip"} title={skillTitle(s)}>
                  {s.name}
                </li>
              ))}
            </ul>
          )}
          {p.positions.length > 0 && (
            <ol className="positions" aria-label="Experience">
              {p.positions.map((x, i) => (
                <li key={i}>
                  <strong>{x.title || "—"}</strong> · {x.company || "—"} <span className="muted">{span(x)}</span>
                </li>
              ))}
            </ol>
          )}
          {p.education.length > 0 && (
            <p className="muted">
              {p.education.map((e) => [e.degree, e.institution, e.year].filter(Boolean).join(", ")).join(" · ")}
            </p>
          )}
          {p.languages.length > 0 && <p className="muted">Speaks {p.languages.join(", ")}</p>}
        </section>
      )}
      {p && <RiskChecks candidateId={candidate.id} />}
      {resumes.data && resumes.data.length > 0 && (
        <section aria-labelledby="resumes-title">
          <h3 id="resumes-title">Resumes</h3>
          <ul className="list">
            {resumes.data.map((r) => (
              <li key={r.id} className="resume-row" data-resume={r.file_name}>
                <span>
                  {r.file_name}{" "}
                  <span className="muted">
                    · {r.format.toUpperCase()}
                    {r.pages ? ` · ${r.pages} p.` : ""} · {formatDayOf(r.created_at)}
                  </span>
                </span>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => unwrap(commands.openResume(r.id)).then(() => undefined, toast.error)}
                >
                  Open original
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => setReviewing(true)}>
            Review parsed fields
          </button>
        </section>
      )}
      {comparing && <MergeDialog aId={candidate.id} bId={comparing} onClose={() => setComparing(null)} />}
      {reviewing && latest && (
        <ReviewDialog candidate={candidate} profile={p ?? null} resumeId={latest.id} onClose={() => setReviewing(false)} />
      )}
    </>
  );
}
