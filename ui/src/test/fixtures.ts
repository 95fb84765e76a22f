// Records as the store returns them, for tests that render whole pages (the shell, a role page,
// the candidates page). Each builder takes what the test is about and fills in the rest.
import type { ApplicationView, Board, BoardCard, Candidate, CandidateDetail, CandidateRow, Role, RoleSummary } from "../lib/types";

const AT = "2031-05-10T10:00:00Z";

export function roleOf(id: string, title: string, extra: Partial<Role> = {}): Role {
  return {
    id,
    title,
    team: "Payments",
    level: "Senior",
    status: "open",
    hiring_manager: "Dana Ito",
    recruiter: "Ana Ruiz",
    opened_on: "2031-04-01",
    closed_on: null,
    intake: {
      languages: [],
      adjacent_ok: false,
      cloud: "",
      ci_cd: "",
      containers: "",
      on_call: false,
      true_level: null,
      problem_kind: null,
      problem_statement: "",
      must_haves: [],
      trainable: [],
      comp_min: null,
      comp_max: null,
      currency: "EUR",
      must_do_unaided: "",
      can_learn: "",
      reject_if: "",
      impact_first_focus: "",
      impact_systems: "",
      impact_success: "",
      impact_collaboration: "",
      job_description: "",
    },
    plan: { steps: [], competencies: [], feedback_hours: 24, stage_slas: [] },
    readiness: [],
    must_have_warning: null,
    created_at: AT,
    updated_at: AT,
    ...extra,
  } as Role;
}

export function summaryOf(role: Role, active = 0): RoleSummary {
  return { role, active_applications: active, total_applications: active, hired: 0 };
}

export function cardOf(id: string, name: string, stage: BoardCard["stage"] = "applied"): BoardCard {
  return {
    application_id: id,
    candidate_id: `c-${id}`,
    name,
    current: "Staff Engineer · Stripe",
    stage,
    stage_entered_at: AT,
    stage_reason: null,
    score: null,
    risks: 0,
    next_interview: null,
    feedback: { submitted: 0, expected: 0, overdue: 0 },
    sla_due_at: null,
    stalled: false,
    screen: null,
  };
}

export function boardOf(role: Role, cards: BoardCard[]): Board {
  return { role_id: role.id, role_title: role.title, slas: [], cards };
}

export function candidateOf(id: string, name: string): Candidate {
  return {
    id,
    full_name: name,
    emails: [`${name.split(" ")[0]?.toLowerCase()}@example.com`],
    phones: [],
    links: [],
    location: "Berlin",
    time_zone: "Europe/Berlin",
    source: "Referral",
    tags: [],
    notes: "",
    last_activity_at: AT,
    created_at: AT,
    updated_at: AT,
  };
}

export function applicationOf(id: string, candidate: Candidate, role: Role, stage: BoardCard["stage"] = "applied"): ApplicationView {
  return {
    application: { id, candidate_id: candidate.id, role_id: role.id, stage, stage_entered_at: AT, created_at: AT, updated_at: AT },
    candidate_name: candidate.full_name,
    role_title: role.title,
    stage_reason: null,
  };
}

export function detailOf(candidate: Candidate, applications: ApplicationView[] = []): CandidateDetail {
  return { candidate, applications, history: [] };
}

export function rowOf(candidate: Candidate): CandidateRow {
  return {
    id: candidate.id,
    full_name: candidate.full_name,
    email: candidate.emails[0] ?? null,
    location: candidate.location,
    source: candidate.source,
    tags: candidate.tags,
    last_activity_at: candidate.last_activity_at,
    created_at: candidate.created_at,
    active_applications: 0,
    latest_stage: null,
    latest_role: null,
  };
}

/** What every read the shell and its pages make returns when a test does not care: nothing. */
export function emptyRead(cmd: string): unknown {
  if (cmd === "list_candidates") return { total: 0, offset: 0, rows: [] };
  if (cmd === "candidate_profile") return null;
  if (cmd.startsWith("list_") || cmd.endsWith("_for_application") || cmd.endsWith("_for_candidate") || cmd === "needs_feedback") return [];
  if (["candidate_resumes", "candidate_duplicates", "risk_flags", "stalled_cards", "offer_templates", "outreach_templates", "saved_searches"].includes(cmd)) return [];
  return null;
}
