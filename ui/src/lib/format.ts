import { appNow, userZone } from "./clock";
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

let checkedTag: string | undefined;
let checkedLocale: string | undefined;

/** The user's language for dates (the WebView's; jsdom's is always en-US, so tests never depend on the machine's). */
function locale(): string | undefined {
  const tag = typeof navigator === "undefined" ? undefined : navigator.language;
  if (tag !== checkedTag) {
    checkedTag = tag;
    try {
      checkedLocale = tag && Intl.DateTimeFormat.supportedLocalesOf(tag).length ? tag : undefined;
    } catch {
      // Some systems report a POSIX locale ("C") that is not a valid language tag.
      checkedLocale = undefined;
    }
  }
  return checkedLocale;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached formatter for a zone; an unknown zone name falls back to this computer's rather than throwing. */
function formatter(zone: string | undefined, options: Intl.DateTimeFormatOptions, lang: string | undefined = locale()): Intl.DateTimeFormat {
  const key = JSON.stringify([lang, zone, options]);
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(lang, { ...options, timeZone: zone || undefined });
    } catch {
      f = new Intl.DateTimeFormat(lang, options);
    }
    formatters.set(key, f);
  }
  return f;
}

const NUMERIC: Intl.DateTimeFormatOptions = { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" };

/** The wall clock of an instant in a zone, as numbers. */
function wallClock(ms: number, zone: string): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = formatter(zone, NUMERIC, "en-US").formatToParts(ms);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour") % 24, minute: get("minute") };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Formats an instant, or gives the text back unchanged when it is not one. */
function format(iso: string, f: Intl.DateTimeFormat): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : f.format(ms);
}

/** The calendar day of an instant in a zone, as days since 1970-01-01. */
function dayNumber(ms: number, zone: string): number {
  const w = wallClock(ms, zone);
  return Math.round(Date.UTC(w.year, w.month - 1, w.day) / DAY);
}

/** The date ("YYYY-MM-DD") of an instant in a zone. */
export function dateInZone(ms: number, zone: string = userZone()): string {
  const w = wallClock(ms, zone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/**
 * Calendar days from an instant to now in the user's zone: entered at 23:30 yesterday and now
 * 07:00 is 1 day, not 0 (what counting 24-hour periods gives), however long the nights were.
 */
export function daysSince(iso: string, now: number = appNow(), zone: string = userZone()): number {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return 0;
  return Math.max(0, dayNumber(now, zone) - dayNumber(then, zone));
}

export function daysLabel(iso: string, now: number = appNow(), zone: string = userZone()): string {
  const days = daysSince(iso, now, zone);
  if (days === 0) return "today";
  if (days === 1) return "1 day";
  return `${days} days`;
}

export function relativeTime(iso: string, now: number = appNow(), zone: string = userZone()): string {
  const days = daysSince(iso, now, zone);
  if (days === 0) return "today";
  if (days === 1) return "yesterday";
  if (days < 30) return `${days} days ago`;
  if (days < 365) return `${Math.floor(days / 30)} mo ago`;
  return `${Math.floor(days / 365)} y ago`;
}

/**
 * The time of day in every date-time on screen, so one page never mixes "14:00" and "2:00 PM":
 * one 24-hour clock, the clock the store writes its own texts in (candidate messages, working
 * hours, zone notes); the date's words and order follow the user's language.
 */
const TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };

/** An instant as a date and time in the user's zone (or `zone`), optionally naming the zone. */
export function formatDateTime(iso: string, zone: string = userZone(), withZone = false): string {
  const options: Intl.DateTimeFormatOptions = { year: "numeric", month: "short", day: "numeric", ...TIME };
  if (withZone) options.timeZoneName = "short";
  return format(iso, formatter(zone, options));
}

export function formatDate(date: string): string {
  // Plain dates (YYYY-MM-DD) have no zone: format them as written, never shifted by one.
  const [y, m, d] = date.split("-").map(Number);
  if (!y || !m || !d) return date;
  return formatter("UTC", { dateStyle: "medium" }).format(Date.UTC(y, m - 1, d));
}

/** The day an instant falls on in the user's zone, written like `formatDate` (not the UTC day its ISO text starts with). */
export function formatDayOf(iso: string, zone: string = userZone()): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : formatDate(dateInZone(ms, zone));
}

/** Today's date ("YYYY-MM-DD") on the app's clock in the user's zone. */
export function todayIso(zone: string = userZone(), now: number = appNow()): string {
  return dateInZone(now, zone);
}

/** The date `days` calendar days after today in the user's zone ("YYYY-MM-DD"). */
export function dateInDays(days: number, zone: string = userZone(), now: number = appNow()): string {
  const w = wallClock(now, zone);
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
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

/** An instant as the wall-clock time in an IANA zone ("Mon, Nov 30, 10:00"); this computer's zone if unknown. */
export function formatInZone(iso: string, zone: string, withZone = false): string {
  const options: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short", ...TIME };
  if (withZone) options.timeZoneName = "short";
  return format(iso, formatter(zone, options));
}

/** Only the time of an instant in a zone ("10:00"), optionally naming the zone. */
export function timeInZone(iso: string, zone: string, withZone = false): string {
  const options: Intl.DateTimeFormatOptions = { ...TIME };
  if (withZone) options.timeZoneName = "short";
  return format(iso, formatter(zone, options));
}

/** Only the day of an instant in a zone ("Mon, Nov 23" in English). */
export function dayInZone(iso: string, zone: string): string {
  return format(iso, formatter(zone, { weekday: "short", day: "numeric", month: "short" }));
}

/** How far an instant is from now, in words: "in 5 h", "3 h ago", "2 days ago". */
export function fromNow(iso: string, now: number = appNow()): string {
  const diff = Date.parse(iso) - now;
  const hours = Math.round(Math.abs(diff) / 3_600_000);
  const text = hours < 1 ? "under an hour" : hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`;
  return diff >= 0 ? `in ${text}` : `${text} ago`;
}

/** An instant as a datetime-local value ("2026-11-30T10:00") on the wall clock of a zone. */
export function wallClockInput(ms: number, zone: string = userZone()): string {
  const w = wallClock(ms, zone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** The next whole hour after now on the app's clock, as a datetime-local value in a zone. */
export function nextHourInput(zone: string = userZone(), now: number = appNow()): string {
  return `${wallClockInput(now + 3_600_000, zone).slice(0, 14)}00`;
}
