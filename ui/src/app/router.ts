// A small hash router: the app has a handful of pages and no server, so a URL hash is enough,
// and it makes "remember the last page" and deep links trivial.
import { useSyncExternalStore } from "react";

export type Route =
  | { page: "roles" }
  /** A role's page; `candidate` opens that candidate's details in a panel over the board. */
  | { page: "role"; id: string; candidate?: string }
  | { page: "candidates"; id?: string }
  | { page: "people" }
  | { page: "feedback" }
  | { page: "week" }
  | { page: "stalled" }
  | { page: "search" }
  | { page: "duplicates" }
  | { page: "settings" };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("/").filter(Boolean);
  const [first, second, third, fourth] = parts;
  if (first === "roles" && second && third === "candidates" && fourth) {
    return { page: "role", id: decodeURIComponent(second), candidate: decodeURIComponent(fourth) };
  }
  if (first === "roles" && second) return { page: "role", id: decodeURIComponent(second) };
  if (first === "roles") return { page: "roles" };
  if (first === "candidates") return second ? { page: "candidates", id: decodeURIComponent(second) } : { page: "candidates" };
  if (first === "settings") return { page: "settings" };
  if (first === "people") return { page: "people" };
  if (first === "feedback") return { page: "feedback" };
  if (first === "week") return { page: "week" };
  if (first === "stalled") return { page: "stalled" };
  if (first === "search") return { page: "search" };
  if (first === "duplicates") return { page: "duplicates" };
  return { page: "roles" };
}

export function routeHash(route: Route): string {
  switch (route.page) {
    case "roles":
      return "#/roles";
    case "role":
      return route.candidate
        ? `#/roles/${encodeURIComponent(route.id)}/candidates/${encodeURIComponent(route.candidate)}`
        : `#/roles/${encodeURIComponent(route.id)}`;
    case "candidates":
      return route.id ? `#/candidates/${encodeURIComponent(route.id)}` : "#/candidates";
    case "settings":
      return "#/settings";
    case "people":
      return "#/people";
    case "feedback":
      return "#/feedback";
    case "week":
      return "#/week";
    case "stalled":
      return "#/stalled";
    case "search":
      return "#/search";
    case "duplicates":
      return "#/duplicates";
  }
}

/** Per database, so a remembered page never points into another database's records. */
const lastPageKey = (dbPath: string) => `shortlist.last-page:${dbPath}`;

/**
 * Goes to a page. Setting the hash adds a history entry, so Back (Alt+←, the mouse's back button)
 * returns to the page before, exactly as after following a link.
 */
export function navigate(route: Route): void {
  const hash = routeHash(route);
  if (window.location.hash !== hash) window.location.hash = hash;
}

/** The previous page, as the browser's Back. */
export function goBack(): void {
  window.history.back();
}

/** The page Back left, as the browser's Forward. */
export function goForward(): void {
  window.history.forward();
}

function subscribe(listener: () => void): () => void {
  window.addEventListener("hashchange", listener);
  return () => window.removeEventListener("hashchange", listener);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

/** Restores the page the user was last on (native manners: remembered last page). */
export function restoreLastPage(dbPath: string): void {
  if (window.location.hash) return;
  const last = window.localStorage.getItem(lastPageKey(dbPath));
  // In place of the empty start page, so Back from here does not lead to a blank one.
  window.history.replaceState(window.history.state, "", last ?? "#/roles");
  window.dispatchEvent(new HashChangeEvent("hashchange"));
}

export function rememberPage(dbPath: string, route: Route): void {
  window.localStorage.setItem(lastPageKey(dbPath), routeHash(route));
}

export function pageTitle(route: Route): string {
  switch (route.page) {
    case "roles":
    case "role":
      return "Roles";
    case "candidates":
      return "Candidates";
    case "settings":
      return "Settings";
    case "people":
      return "People";
    case "feedback":
      return "Needs feedback";
    case "week":
      return "My week";
    case "stalled":
      return "Stalled";
    case "search":
      return "Search";
    case "duplicates":
      return "Likely duplicates";
  }
}
