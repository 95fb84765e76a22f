// The app's clock and the user's time zone: truly global, like ui-store.ts. The store counts
// days, weeks and deadlines on its own clock (which tests start at a fixed instant) in the zone
// chosen in Settings, so the UI counts from the same instant in the same zone, never from this
// computer's clock and zone. Both arrive with every Settings value (`syncClock`).
import { useSyncExternalStore } from "react";

import type { Settings } from "./types";

/** How far the app's clock is ahead of `Date.now()` (ms), and the user's zone once known. */
let offset = 0;
let zone: string | null = null;
const listeners = new Set<() => void>();

/** The zone this computer is in, as an IANA name. */
export function machineZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

const COMMON_ZONES = ["UTC", "America/Los_Angeles", "America/New_York", "America/Sao_Paulo", "Europe/London", "Europe/Berlin", "Africa/Lagos", "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney"];

/** IANA zone names for pickers: every one this WebView knows (some list old names such as Asia/Calcutta only) and the common ones. */
export function zoneNames(): string[] {
  let known: string[] = [];
  try {
    if (typeof Intl.supportedValuesOf === "function") known = Intl.supportedValuesOf("timeZone");
  } catch {
    // Only the common ones, then.
  }
  return [...new Set([...COMMON_ZONES, ...known])].sort();
}

/** Now on the app's clock (ms since the epoch). */
export function appNow(): number {
  return Date.now() + offset;
}

/** The zone days and times are shown and counted in: the one in Settings, else this computer's. */
export function userZone(): string {
  return zone ?? machineZone();
}

/**
 * Takes the clock and zone from a Settings value the store just returned. Returns whether a zone
 * already in use changed, i.e. whether facts the store computed in the old zone are now stale.
 */
export function syncClock(settings: Pick<Settings, "now" | "time_zone">): boolean {
  const before = zone;
  const at = Date.parse(settings.now);
  const nextOffset = Number.isNaN(at) ? 0 : at - Date.now();
  const nextZone = settings.time_zone || null;
  // The round trip to the store makes the offset jitter by a few ms: not worth a re-render.
  const moved = Math.abs(nextOffset - offset) > 1_000 || nextZone !== zone;
  offset = nextOffset;
  zone = nextZone;
  if (moved) listeners.forEach((l) => l());
  return before !== null && before !== nextZone;
}

/** Forgets the synced clock and zone (tests start each case from this computer's). */
export function resetClock(): void {
  offset = 0;
  zone = null;
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The user's zone, re-rendering the component when it changes. */
export function useUserZone(): string {
  return useSyncExternalStore(subscribe, userZone);
}
