import { afterEach, describe, expect, it } from "vitest";

import { isTypingOrModal, modalOpen } from "./keyboard";

function page(html: string): void {
  document.body.innerHTML = html;
}

const on = (selector: string) => ({ target: document.querySelector(selector) });

afterEach(() => {
  document.body.innerHTML = "";
});

describe("isTypingOrModal", () => {
  it("lets a shortcut through on the page: a card, a button, the body", () => {
    page(`<ul><li id="card" tabindex="0">Grace</li></ul><button id="b">Go</button>`);
    expect(isTypingOrModal(on("#card"))).toBe(false);
    expect(isTypingOrModal(on("#b"))).toBe(false);
    expect(isTypingOrModal({ target: document.body })).toBe(false);
  });

  it("keeps letters for text fields, selects and editable text", () => {
    page(`<input id="i"><textarea id="t"></textarea><select id="s"></select><div contenteditable="true"><p id="p">x</p></div><input id="c" type="checkbox">`);
    for (const id of ["#i", "#t", "#s", "#p", "#c"]) expect(isTypingOrModal(on(id)), id).toBe(true);
  });

  it("keeps keys for menus, list boxes and comboboxes", () => {
    page(`<ul role="menu"><li id="m" tabindex="-1">Edit</li></ul><ul role="listbox"><li id="o" role="option">Ada</li></ul>`);
    expect(isTypingOrModal(on("#m"))).toBe(true);
    expect(isTypingOrModal(on("#o"))).toBe(true);
  });

  it("is true anywhere while a dialog or a modal overlay is open", () => {
    page(`<button id="b">Go</button><dialog open><button id="x">Close</button></dialog>`);
    expect(modalOpen()).toBe(true);
    expect(isTypingOrModal(on("#b")), "even with focus slipped behind the dialog").toBe(true);
    page(`<button id="b">Go</button><div role="dialog" aria-modal="true">Palette</div>`);
    expect(isTypingOrModal(on("#b"))).toBe(true);
    page(`<button id="b">Go</button><dialog><button>Closed</button></dialog>`);
    expect(modalOpen(), "a closed <dialog> is not open").toBe(false);
  });
});
