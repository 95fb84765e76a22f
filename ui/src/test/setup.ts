import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";

import { resetClock } from "../lib/clock";

// jsdom has no <dialog> methods; the app's dialogs are native <dialog> elements. showModal runs
// the browser's dialog focusing steps too (the first descendant with the autofocus attribute, else
// the first focusable one), so a test sees where WebKit would put the cursor: on the header's ×
// unless the app moves it.
HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
  this.setAttribute("open", "");
  const focusable = "button, input, select, textarea, a[href], [tabindex]:not([tabindex='-1'])";
  const control = this.querySelector<HTMLElement>("[autofocus]") ?? this.querySelector<HTMLElement>(focusable);
  control?.focus();
};
HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
  this.removeAttribute("open");
};

// jsdom has no layout engine: components that measure themselves (the board's columns) only
// need observers to exist.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

/**
 * No test sees the real date: every case starts on a fixed, unremarkable instant (tests about
 * time set their own with `vi.setSystemTime`), on this computer's zone until it syncs settings.
 * Only `Date` is faked, so timers, polling and `waitFor` run as usual.
 */
const DEFAULT_NOW = "2031-05-14T09:00:00Z";

beforeEach(() => {
  vi.useFakeTimers({ now: new Date(DEFAULT_NOW), toFake: ["Date"] });
});

afterEach(() => {
  cleanup();
  resetClock();
  vi.useRealTimers();
});
