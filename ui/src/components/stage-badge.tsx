import type { Stage } from "../lib/types";
import { stageLabel } from "../lib/format";

const ICONS: Partial<Record<Stage, string>> = { hired: "✓", rejected: "✕", withdrawn: "↩" };

/** A stage shown with text and an icon, never colour alone. */
export function StageBadge({ stage }: { stage: Stage }) {
  return (
    <span className={`stage-badge stage-${stage}`}>
      {ICONS[stage] && <span aria-hidden>{ICONS[stage]} </span>}
      {stageLabel(stage)}
    </span>
  );
}
