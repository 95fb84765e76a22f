// The pipeline board: a column per stage, a card per application. Cards move by dragging (pointer
// events, so a mouse, a pen and WebDriver all drive it), by keyboard (Shift+←/→ on a focused
// card), or in bulk from the selection bar. Every move can be undone from its toast. Columns are
// virtualised: a role with thousands of applications renders only the cards in view. A card's
// name (or Enter) opens the candidate in a panel over the board: the route says which.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { KeyboardEvent as ReactKeyboardEvent, PointerEvent as ReactPointerEvent } from "react";
import { BoardSkeleton } from "../../../components/page-skeleton";

import { commands } from "../../../bindings";
import type { BoardCard, Stage, StageSla } from "../../../lib/types";
import { ExitDialog, StageActions } from "../../../components/stage-actions";
import { useToast } from "../../../components/toast";
import { navigate, routeHash } from "../../../app/router";
import { appNow, useUserZone } from "../../../lib/clock";
import { PIPELINE, daysLabel, formatInZone, isTerminal, stageLabel } from "../../../lib/format";
import { fieldErrors, unwrap } from "../../../lib/ipc";
import { isTypingOrModal } from "../../../lib/keyboard";
import { keys } from "../../../lib/query-keys";
import { useBoard, useMoveCards } from "../api/use-board";
import { ScreenPathButton } from "./screen-path";

const COLUMNS: Stage[] = [...PIPELINE, "rejected", "withdrawn"];
/**
 * Every card has this height (px, its 8 px gap included) so a column can place cards without
 * measuring them: three lines of facts and a row of actions (see `.board-card` in styles.css).
 */
export const CARD_HEIGHT = 96;
const OVERSCAN = 4;

type Exit = { kind: "rejected" | "withdrawn"; ids: string[] };

export function PipelineBoard({ roleId }: { roleId: string }) {
  const board = useBoard(roleId);
  const move = useMoveCards(roleId);
  const client = useQueryClient();
  const toast = useToast();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [stalledOnly, setStalledOnly] = useState(false);
  const [exit, setExit] = useState<Exit | null>(null);
  const [bulkTo, setBulkTo] = useState<Stage | "">("");
  const [announce, setAnnounce] = useState("");
  /** The card to keep focus on once it shows in `stage` (it remounts in its new column after a move). */
  const focusAfter = useRef<{ id: string; stage?: Stage } | null>(null);

  const cards = useMemo(() => board.data?.cards ?? [], [board.data]);
  const byStage = useMemo(() => {
    const map = new Map<Stage, BoardCard[]>(COLUMNS.map((s) => [s, []]));
    for (const c of cards) if (!stalledOnly || c.stalled) map.get(c.stage)?.push(c);
    return map;
  }, [cards, stalledOnly]);
  const byId = useMemo(() => new Map(cards.map((c) => [c.application_id, c])), [cards]);
  const stalledCount = useMemo(() => cards.filter((c) => c.stalled).length, [cards]);

  // First paint of the board, for the end-to-end measurement (see tests/e2e.rs).
  const painted = useRef(false);
  useEffect(() => {
    if (painted.current || !board.data) return;
    painted.current = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        (window as unknown as { __boardPaint?: unknown }).__boardPaint = { at: performance.now(), cards: board.data.cards.length };
      }, 0),
    );
  }, [board.data]);

  // Keep keyboard focus on a card after it moves to another column: only once the board shows it
  // there (until then the old card, which is about to go, still has it), and only if focus has not
  // gone somewhere else meanwhile.
  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    const focused = document.activeElement;
    if (focused && focused !== document.body && !focused.matches(`[data-application="${target.id}"]`)) {
      focusAfter.current = null;
      return;
    }
    if (target.stage && byId.get(target.id)?.stage !== target.stage) return;
    const el = document.querySelector<HTMLElement>(`[data-application="${target.id}"]`);
    if (el) {
      el.focus();
      focusAfter.current = null;
    }
  });

  /** Moves cards (grouped by where they came from, for the undo) and offers undo. */
  const moveCards = useCallback(
    async (ids: string[], to: Stage, reason: string | null = null) => {
      const moving = ids.map((id) => byId.get(id)).filter((c): c is BoardCard => !!c && c.stage !== to);
      if (moving.length === 0) return;
      try {
        await move.mutateAsync({ ids: moving.map((c) => c.application_id), to, reason });
      } catch (error) {
        focusAfter.current = null;
        // A missing reason shows in the dialog, beside the field.
        if (!fieldErrors(error, "reason").length) toast.error(error);
        return false;
      }
      setExit(null);
      setSelected(new Set());
      const what = moving.length === 1 ? (moving[0]?.name ?? "1 candidate") : `${moving.length} candidates`;
      setAnnounce(`${what} moved to ${stageLabel(to)}.`);
      toast.show(`${what} moved to ${stageLabel(to)}.`, {
        label: "Undo",
        run: () => {
          const groups = new Map<Stage, string[]>();
          for (const c of moving) groups.set(c.stage, [...(groups.get(c.stage) ?? []), c.application_id]);
          Promise.all([...groups].map(([from, back]) => unwrap(commands.moveStages(back, from, null))))
            .then(() => client.invalidateQueries({ queryKey: keys.role(roleId) }))
            .then(() => client.invalidateQueries({ queryKey: keys.stalled }))
            .then(() => toast.show(`${what} ${moving.length === 1 ? "is" : "are"} back where ${moving.length === 1 ? "it was" : "they were"}.`))
            .catch(toast.error);
        },
      });
      return true;
    },
    [byId, client, move, roleId, toast],
  );

  /** A drop or a keyboard move: exits ask for a reason first. */
  const requestMove = useCallback(
    (ids: string[], to: Stage) => {
      if (to === "rejected" || to === "withdrawn") setExit({ kind: to, ids });
      else void moveCards(ids, to);
    },
    [moveCards],
  );

  const drag = useCardDrag((ids, to) => requestMove(ids, to), (id) => (selected.has(id) ? [...selected] : [id]));

  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const onCardKey = (e: ReactKeyboardEvent<HTMLElement>, card: BoardCard) => {
    // The card's own keys (arrows, Space, R, W, …) only: not a key typed into its checkbox or
    // buttons, and nothing while a dialog (this card's reject reason) has the keyboard.
    if (e.target !== e.currentTarget || isTypingOrModal(e)) return;
    const column = byStage.get(card.stage) ?? [];
    const index = column.findIndex((c) => c.application_id === card.application_id);
    const col = COLUMNS.indexOf(card.stage);
    const focus = (id: string | undefined) => {
      if (!id) return;
      focusAfter.current = { id };
      document.querySelector<HTMLElement>(`[data-application="${id}"]`)?.focus();
    };
    const ids = selected.has(card.application_id) ? [...selected] : [card.application_id];
    if (e.shiftKey && (e.key === "ArrowRight" || e.key === "ArrowLeft")) {
      e.preventDefault();
      const from = PIPELINE.indexOf(card.stage);
      const to = e.key === "ArrowRight" ? PIPELINE[from + 1] : PIPELINE[from - 1];
      if (from >= 0 && to !== undefined) {
        focusAfter.current = { id: card.application_id, stage: to };
        requestMove(ids, to);
      }
    } else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      focus(column[index + (e.key === "ArrowDown" ? 1 : -1)]?.application_id);
    } else if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
      e.preventDefault();
      const step = e.key === "ArrowRight" ? 1 : -1;
      for (let c = col + step; c >= 0 && c < COLUMNS.length; c += step) {
        const other = byStage.get(COLUMNS[c] as Stage) ?? [];
        if (other.length) {
          focus(other[Math.min(index, other.length - 1)]?.application_id);
          break;
        }
      }
    } else if (e.key === " " || e.key === "x") {
      e.preventDefault();
      toggle(card.application_id);
    } else if (e.key === "Enter") {
      e.preventDefault();
      navigate({ page: "role", id: roleId, candidate: card.candidate_id });
    } else if ((e.key === "r" || e.key === "R") && !isTerminal(card.stage)) {
      e.preventDefault();
      setExit({ kind: "rejected", ids });
    } else if ((e.key === "w" || e.key === "W") && !isTerminal(card.stage)) {
      e.preventDefault();
      setExit({ kind: "withdrawn", ids });
    } else if (e.key === "Escape" && selected.size) {
      e.preventDefault();
      setSelected(new Set());
    }
  };

  if (board.isError) {
    return (
      <p className="banner banner-error" role="alert">
        The board could not be loaded: {board.error.message}
      </p>
    );
  }
  if (!board.data) return <BoardSkeleton />;
  const slas = board.data.slas;

  return (
    <div className="board-wrap">
      <div className="board-toolbar">
        <label className="checkbox-inline">
          <input type="checkbox" checked={stalledOnly} onChange={(e) => setStalledOnly(e.target.checked)} />
          Stalled only <span className="muted">({stalledCount})</span>
        </label>
        <span className="muted board-help">
          Drag cards between columns, or focus a card and press <kbd>Shift</kbd>+<kbd>→</kbd>/<kbd>←</kbd>; <kbd>Space</kbd> selects, <kbd>R</kbd> rejects.
        </span>
        <div className="exit-zones" aria-hidden={drag.ids.length === 0}>
          <div className={`exit-zone${drag.over === "rejected" ? " drop-target" : ""}`} data-drop-stage="rejected">
            ✕ Drop to reject
          </div>
          <div className={`exit-zone${drag.over === "withdrawn" ? " drop-target" : ""}`} data-drop-stage="withdrawn">
            ↩ Drop: withdrew
          </div>
        </div>
        {/* Always in its place, hidden while nothing is selected: selecting a card never moves the board. */}
        <div className={selected.size ? "bulk-bar" : "bulk-bar bulk-bar-idle"} role="toolbar" aria-label="Selected cards" aria-hidden={selected.size === 0} inert={selected.size === 0}>
          <strong>{selected.size} selected</strong>
          <label className="visually-hidden" htmlFor="bulk-to">
            Move selected to
          </label>
          <select id="bulk-to" className="select-compact" value={bulkTo} onChange={(e) => setBulkTo(e.target.value as Stage)}>
            <option value="">Move to…</option>
            {COLUMNS.map((s) => (
              <option key={s} value={s}>
                {stageLabel(s)}
              </option>
            ))}
          </select>
          <button type="button" className="button button-small" disabled={!bulkTo || move.isPending} onClick={() => bulkTo && requestMove([...selected], bulkTo)}>
            Move
          </button>
          <button type="button" className="button button-small button-danger" onClick={() => setExit({ kind: "rejected", ids: [...selected] })}>
            Reject…
          </button>
          <button type="button" className="button button-small" onClick={() => setSelected(new Set())}>
            Clear
          </button>
        </div>
      </div>
      <div className="board" role="group" aria-label="Pipeline board">
        {COLUMNS.map((stage) => (
          <BoardColumn
            key={stage}
            stage={stage}
            cards={byStage.get(stage) ?? []}
            sla={slas.find((s) => s.stage === stage)}
            dropTarget={drag.over === stage}
            renderCard={(card) => (
              <CardView
                key={card.application_id}
                card={card}
                roleId={roleId}
                selected={selected.has(card.application_id)}
                dragging={drag.ids.includes(card.application_id)}
                onToggle={() => toggle(card.application_id)}
                onKeyDown={(e) => onCardKey(e, card)}
                onPointerDown={(e) => drag.start(e, card.application_id)}
              />
            )}
          />
        ))}
      </div>
      {drag.ghost && (
        <div className="drag-ghost" style={{ left: drag.ghost.x + 12, top: drag.ghost.y + 8 }} aria-hidden>
          {drag.ids.length > 1 ? `${drag.ids.length} cards` : byId.get(drag.ids[0] ?? "")?.name}
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
      {exit && (
        <ExitDialog
          kind={exit.kind}
          name={exit.ids.length === 1 ? (byId.get(exit.ids[0] ?? "")?.name ?? "the candidate") : `${exit.ids.length} candidates`}
          pending={move.isPending}
          error={move.error}
          onCancel={() => {
            move.reset();
            setExit(null);
          }}
          onConfirm={(reason) => void moveCards(exit.ids, exit.kind, reason)}
        />
      )}
    </div>
  );
}

function BoardColumn(props: {
  stage: Stage;
  cards: BoardCard[];
  sla: StageSla | undefined;
  dropTarget: boolean;
  renderCard: (card: BoardCard) => React.ReactNode;
}) {
  const { stage, cards } = props;
  const body = useRef<HTMLUListElement>(null);
  const [scroll, setScroll] = useState(0);
  const [height, setHeight] = useState(900);
  useEffect(() => {
    const el = body.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || 900));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const first = Math.max(0, Math.floor(scroll / CARD_HEIGHT) - OVERSCAN);
  const last = Math.min(cards.length, Math.ceil((scroll + height) / CARD_HEIGHT) + OVERSCAN);
  const stalled = cards.filter((c) => c.stalled).length;
  const exitColumn = stage === "rejected" || stage === "withdrawn";
  return (
    <section
      data-drop-stage={stage}
      className={`board-column stage-section${props.dropTarget ? " drop-target" : ""}${exitColumn ? " board-column-exit" : ""}`}
      data-stage={stage}
      aria-label={`${stageLabel(stage)} (${cards.length})`}
    >
      <header className="board-column-head">
        <h2>{stageLabel(stage)}</h2>
        <span className="muted">{cards.length}</span>
        {props.sla && <span className="sla-chip" title={`Cards should leave ${stageLabel(stage)} within ${props.sla.days} days`}>≤ {props.sla.days} d</span>}
        {stalled > 0 && <span className="stalled-chip">⚠ {stalled} stalled</span>}
      </header>
      <ul ref={body} className="board-column-body" onScroll={(e) => setScroll(e.currentTarget.scrollTop)}>
        {cards.length === 0 ? (
          <li className="board-empty muted">{exitColumn ? "Drop here to " + (stage === "rejected" ? "reject" : "mark withdrawn") : "No candidates"}</li>
        ) : (
          <>
            <li aria-hidden style={{ height: first * CARD_HEIGHT }} className="board-spacer" />
            {cards.slice(first, last).map(props.renderCard)}
            <li aria-hidden style={{ height: (cards.length - last) * CARD_HEIGHT }} className="board-spacer" />
          </>
        )}
      </ul>
    </section>
  );
}

function CardView(props: {
  card: BoardCard;
  roleId: string;
  selected: boolean;
  dragging: boolean;
  onToggle: () => void;
  onKeyDown: (e: ReactKeyboardEvent<HTMLElement>) => void;
  onPointerDown: (e: ReactPointerEvent<HTMLElement>) => void;
}) {
  const { card } = props;
  const zone = useUserZone();
  const fb = card.feedback;
  return (
    <li
      className={`board-card${props.selected ? " is-selected" : ""}${card.stalled ? " is-stalled" : ""}${props.dragging ? " is-dragging" : ""}`}
      style={{ height: CARD_HEIGHT - 8 }}
      data-candidate={card.name}
      data-application={card.application_id}
      tabIndex={0}
      aria-label={`${card.name}, ${stageLabel(card.stage)}${card.stalled ? ", stalled" : ""}`}
      aria-selected={props.selected}
      onKeyDown={props.onKeyDown}
      onPointerDown={props.onPointerDown}
    >
      <div className="board-card-head">
        <input type="checkbox" aria-label={`Select ${card.name}`} checked={props.selected} onChange={props.onToggle} />
        <a href={routeHash({ page: "role", id: props.roleId, candidate: card.candidate_id })} className="board-card-name" draggable={false}>
          {card.name}
        </a>
        {card.risks > 0 && (
          <span className="flag-chip" title={`${card.risks} open profile risk ${card.risks === 1 ? "flag" : "flags"} (see the candidate's risk checks)`}>
            ⚑ {card.risks}
            <span className="visually-hidden"> {card.risks === 1 ? "flag" : "flags"}</span>
          </span>
        )}
        {card.score !== null && (
          <span className="match-chip" title={`Match against the role's intake: ${card.score} of 100 (Matching tab explains it)`}>
            {card.score}
          </span>
        )}
      </div>
      <div className="board-card-current muted">{card.current || "No profile yet"}</div>
      <div className="board-card-facts">
        <span className={card.stalled ? "fact fact-stalled" : "fact"} title={card.sla_due_at ? `SLA due ${formatInZone(card.sla_due_at, zone)}` : undefined}>
          {card.stalled ? "⚠ Stalled · " : ""}
          {daysLabel(card.stage_entered_at, appNow(), zone)} in stage
        </span>
        {card.next_interview && (
          <span className="fact" title={`Next interview: ${card.next_interview.step_name}`}>
            📅 {formatInZone(card.next_interview.starts_at, zone)}
          </span>
        )}
        {fb.expected > 0 && (
          <span className={fb.overdue ? "fact fact-feedback fact-stalled" : "fact fact-feedback"}>
            ✎ {fb.submitted}/{fb.expected} scorecards{fb.overdue ? `, ${fb.overdue} late` : ""}
          </span>
        )}
      </div>
      {card.stage_reason && isTerminal(card.stage) ? (
        <div className="board-card-reason muted" title={card.stage_reason}>
          “{card.stage_reason}”
        </div>
      ) : (
        <div className="board-card-actions">
          {card.stage === "technical_screen" && <ScreenPathButton card={card} roleId={props.roleId} />}
          <StageActions compact target={{ applicationId: card.application_id, name: card.name, stage: card.stage }} />
        </div>
      )}
    </li>
  );
}

type DragState = { ids: string[]; over: Stage | null; ghost: { x: number; y: number } | null };

/** Pointer-driven drag: starts after the pointer travels a few pixels, so clicks stay clicks. */
function useCardDrag(onDrop: (ids: string[], to: Stage) => void, idsFor: (id: string) => string[]) {
  const [state, setState] = useState<DragState>({ ids: [], over: null, ghost: null });
  const active = useRef<{ id: string; x: number; y: number; started: boolean; ids: string[] } | null>(null);

  const start = (e: ReactPointerEvent<HTMLElement>, id: string) => {
    if (e.button !== 0) return;
    if ((e.target as HTMLElement).closest("button, a, input, select, textarea, label")) return;
    active.current = { id, x: e.clientX, y: e.clientY, started: false, ids: [] };
    const columnAt = (x: number, y: number): Stage | null => {
      const el = document.elementFromPoint(x, y)?.closest<HTMLElement>("[data-drop-stage]");
      return (el?.dataset.dropStage as Stage | undefined) ?? null;
    };
    const move = (ev: PointerEvent) => {
      const a = active.current;
      if (!a) return;
      if (!a.started && Math.hypot(ev.clientX - a.x, ev.clientY - a.y) < 6) return;
      if (!a.started) {
        a.started = true;
        a.ids = idsFor(a.id);
      }
      ev.preventDefault();
      // Near the board's left or right edge, scroll it so far columns come into reach.
      const board = document.querySelector<HTMLElement>(".board");
      if (board) {
        const r = board.getBoundingClientRect();
        if (ev.clientX < r.left + 48) board.scrollLeft -= 24;
        else if (ev.clientX > r.right - 48) board.scrollLeft += 24;
      }
      setState({ ids: a.ids, over: columnAt(ev.clientX, ev.clientY), ghost: { x: ev.clientX, y: ev.clientY } });
    };
    const up = (ev: PointerEvent) => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
      window.removeEventListener("pointercancel", cancel);
      const a = active.current;
      active.current = null;
      setState({ ids: [], over: null, ghost: null });
      if (!a?.started) return;
      const to = columnAt(ev.clientX, ev.clientY);
      if (to) onDrop(a.ids, to);
    };
    const cancel = () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
      window.removeEventListener("pointercancel", cancel);
      active.current = null;
      setState({ ids: [], over: null, ghost: null });
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
    window.addEventListener("pointercancel", cancel);
  };
  return { ...state, start };
}
