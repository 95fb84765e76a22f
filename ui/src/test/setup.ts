import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// jsdom has no <dialog> methods; the app's dialogs are native <dialog> elements.
HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
  this.setAttribute("open", "");
};
HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
  this.removeAttribute("open");
};

afterEach(() => cleanup());
