// Sourcing search strings from the role's intake: one per capability cluster and platform
// (GitHub, LinkedIn boolean, a web search on profile sites), editable and copyable, plus the
// adjacent-profile expansion.
import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";

import { commands } from "../../../bindings";
import { EmptyState } from "../../../components/empty-state";
import { useToast } from "../../../components/toast";
import { unwrap } from "../../../lib/ipc";
import type { Platform, Role, SearchString } from "../../../lib/types";

const PLATFORMS: Record<Platform, string> = { git_hub: "GitHub", linked_in: "LinkedIn", web: "Web (profile sites)" };

export function SourcingTab({ role }: { role: Role }) {
  const [location, setLocation] = useState("");
  const deferred = useDeferredValue(location);
  const strings = useQuery({ queryKey: ["search-strings", role.id, role.updated_at, deferred], queryFn: () => unwrap(commands.searchStrings(role.id, deferred)) });
  const clusters = [...new Set((strings.data ?? []).map((s) => s.cluster))];
  return (
    <div className="sourcing">
      <label className="inline-setting">
        <span>Where to look</span>
        <input name="sourcing_location" placeholder="City or country, e.g. Berlin (optional)" value={location} onChange={(e) => setLocation(e.target.value)} />
      </label>
      {strings.isSuccess && strings.data.length === 0 && (
        <EmptyState title="Nothing to search for yet">
          <p>Fill the intake's languages, must-haves, cloud and containers: search strings are built from them.</p>
        </EmptyState>
      )}
      {clusters.map((cluster) => {
        const of = (strings.data ?? []).filter((s) => s.cluster === cluster);
        return (
          <section key={cluster} className="card sourcing-cluster" data-cluster={cluster}>
            <h2>{cluster}</h2>
            <p className="muted">{of[0]?.note}</p>
            {of.map((s) => (
              <StringRow key={`${s.platform}:${s.query}`} s={s} />
            ))}
          </section>
        );
      })}
    </div>
  );
}

function StringRow({ s }: { s: SearchString }) {
  const toast = useToast();
  const [text, setText] = useState(s.query);
  return (
    <div className="sourcing-row" data-platform={s.platform}>
      <span className="sourcing-platform">{PLATFORMS[s.platform]}</span>
      <textarea rows={2} aria-label={`${PLATFORMS[s.platform]} search`} value={text} onChange={(e) => setText(e.target.value)} />
      <button
        type="button"
        className="button button-small"
        onClick={() =>
          navigator.clipboard.writeText(text).then(
            () => toast.show(`Copied the ${PLATFORMS[s.platform]} search.`),
            (e: unknown) => toast.error(e),
          )
        }
      >
        Copy
      </button>
    </div>
  );
}
