import type { Stage } from "./types";

export const STAGES: Stage[] = [
  "sourced",
  "applied",
  "profile_review",
  "technical_screen",
  "interviews",
  "debrief",
  "offer",
  "hired",
  "rejected",
  "withdrawn",
];

export const PIPELINE: Stage[] = STAGES.slice(0, 8);

const LABELS: Record<Stage, string> = {
  sourced: "Sourced",
  applied: "Applied",
  profile_review: "Profile review",
  technical_screen: "Technical screen",
  interviews: "Interviews",
  debrief: "Debrief",
  offer: "Offer",
  hired: "Hired",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
};

export function stageLabel(stage: Stage): string {
  return LABELS[stage];
}

export function isTerminal(stage: Stage): boolean {
  return stage === "hired" || stage === "rejected" || stage === "withdrawn";
}

const DAY = 86_400_000;

/** Whole days between an instant and now ("today" for under a day). */
export function daysSince(iso: string, now: number = Date.now()): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / DAY));
}

export function daysLabel(iso: string, now: number = Date.now()): string {
  const days = daysSince(iso, now);
  if (days === 0) return "today";
  if (days === 1) return "1 day";
  return `${days} days`;
}

export function relativeTime(iso: string, now: number = Date.now()): string {
  const days = daysSince(iso, now);
  if (days === 0) return "today";
  if (days === 1) return "yesterday";
  if (days < 30) return `${days} days ago`;
  if (days < 365) return `${Math.floor(days / 30)} mo ago`;
  return `${Math.floor(days / 365)} y ago`;
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

export function formatDate(date: string): string {
  // Plain dates (YYYY-MM-DD) have no zone: format them as written, not shifted to local time.
  const [y, m, d] = date.split("-").map(Number);
  if (!y || !m || !d) return date;
  return new Date(y, m - 1, d).toLocaleDateString(undefined, { dateStyle: "medium" });
}

export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A count with thousands separators in the user's language (WebKit's default locale may have none). */
export function formatCount(n: number): string {
  try {
    return n.toLocaleString(navigator.language || "en-US");
  } catch {
    // Some systems report a POSIX locale ("C") that is not a valid language tag.
    return n.toLocaleString("en-US");
  }
}

/** An instant as the wall-clock time in an IANA zone ("Mon 30 Nov, 10:00"); the browser's zone if unknown. */
export function formatInZone(iso: string, zone: string, withZone = false): string {
  const options: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
  if (withZone) options.timeZoneName = "short";
  try {
    return new Date(iso).toLocaleString(undefined, { ...options, timeZone: zone || undefined });
  } catch {
    return new Date(iso).toLocaleString(undefined, options);
  }
}

/** The zone this computer is in, as an IANA name. */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** How far an instant is from now, in words: "in 5 h", "3 h ago", "2 days ago". */
export function fromNow(iso: string, now: number = Date.now()): string {
  const diff = Date.parse(iso) - now;
  const hours = Math.round(Math.abs(diff) / 3_600_000);
  const text = hours < 1 ? "under an hour" : hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`;
  return diff >= 0 ? `in ${text}` : `${text} ago`;
}

/** A date and time as a datetime-local value ("2026-11-30T10:00") in this computer's zone. */
export function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
