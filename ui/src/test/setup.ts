import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";

import { resetClock } from "../lib/clock";

// jsdom has no <dialog> methods; the app's dialogs are native <dialog> elements.
HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
  this.setAttribute("open", "");
};
HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
  this.removeAttribute("open");
};

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
