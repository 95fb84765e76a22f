// One import job: start it, follow its per-file events, cancel it.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";

import { commands, events } from "../../../bindings";
import { unwrap } from "../../../lib/ipc";
import { keys } from "../../../lib/query-keys";
import type { ImportResult, ImportSource } from "../../../lib/types";

export type JobState = {
  job: number | null;
  total: number;
  results: ImportResult[];
  finished: boolean;
  cancelled: boolean;
};

const IDLE: JobState = { job: null, total: 0, results: [], finished: false, cancelled: false };

export function useImportJob() {
  const client = useQueryClient();
  const [state, setState] = useState<JobState>(IDLE);
  const job = useRef<number | null>(null);
  // Events can arrive before start() learns its job id; they wait here until it does.
  const early = useRef<{ job: number; apply: (s: JobState) => JobState }[]>([]);

  useEffect(() => {
    const deliver = (id: number, apply: (s: JobState) => JobState) => {
      if (id === job.current) setState(apply);
      else if (job.current === null) early.current.push({ job: id, apply });
    };
    const stops = [
      events.importProgress.listen((e) => {
        const { total, result } = e.payload;
        deliver(e.payload.job, (s) => ({ ...s, total, results: [...s.results, result] }));
      }),
      events.importFinished.listen((e) => {
        const { cancelled } = e.payload;
        deliver(e.payload.job, (s) => ({ ...s, finished: true, cancelled }));
        void client.invalidateQueries({ queryKey: keys.candidates });
        void client.invalidateQueries({ queryKey: keys.roles });
      }),
    ];
    return () => stops.forEach((p) => void p.then((stop) => stop()));
  }, [client]);

  const start = useCallback(async (sources: ImportSource[], roleId: string | null, source: string, total: number) => {
    setState({ ...IDLE, total });
    job.current = null;
    early.current = [];
    const id = await unwrap(commands.startImport(sources, roleId, source));
    job.current = id;
    const waiting = early.current.filter((e) => e.job === id);
    early.current = [];
    setState((s) => waiting.reduce<JobState>((acc, e) => e.apply(acc), { ...s, job: id }));
    return id;
  }, []);

  const cancel = useCallback(() => {
    if (job.current !== null) void commands.cancelImport(job.current);
  }, []);

  return { state, start, cancel };
}

/** Files chosen in the picker travel as bytes (the webview does not reveal their paths). */
export async function fileSources(files: File[]): Promise<ImportSource[]> {
  return Promise.all(
    files.map(async (f) => ({ kind: "bytes" as const, name: f.name, bytes: Array.from(new Uint8Array(await f.arrayBuffer())) })),
  );
}
