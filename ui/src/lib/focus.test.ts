import { afterEach, describe, expect, it } from "vitest";

import { initialFocus, tabbables } from "./focus";

function modal(html: string): HTMLElement {
  document.body.innerHTML = `<div id="m">${html}</div>`;
  return document.getElementById("m") as HTMLElement;
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("tabbables", () => {
  it("skips disabled, hidden and tabindex=-1 controls, and stops once per radio group", () => {
    const root = modal(`
      <button id="a">A</button>
      <button disabled>Off</button>
      <input type="hidden" name="h">
      <div hidden><button>Hidden</button></div>
      <span tabindex="-1">Skipped</span>
      <input type="radio" name="r" value="1" id="r1"><input type="radio" name="r" value="2" id="r2" checked>
      <textarea id="t"></textarea>`);
    expect(tabbables(root).map((el) => el.id)).toEqual(["a", "r2", "t"]);
  });
});

describe("initialFocus", () => {
  it("prefers data-autofocus, then the first field, then the primary action, never the ×", () => {
    expect(initialFocus(modal(`<button data-dialog-close>×</button><button id="p" data-autofocus>Present</button><input id="f">`))?.el.id).toBe("p");
    expect(initialFocus(modal(`<button data-dialog-close>×</button><button>Help</button><select id="f"></select>`))?.el.id).toBe("f");
    expect(initialFocus(modal(`<button data-dialog-close>×</button><button>Close</button><button id="p" class="button-primary">Print</button>`))?.el.id).toBe("p");
    expect(initialFocus(modal(`<button data-dialog-close>×</button>`)), "only the ×: the modal itself takes focus").toBeNull();
  });

  it("marks a plain button as a start that a field arriving later may replace", () => {
    const start = initialFocus(modal(`<button data-dialog-close>×</button><button id="c">Close</button>`));
    expect(start?.el.id).toBe("c");
    expect(start?.settled).toBe(false);
  });
});
