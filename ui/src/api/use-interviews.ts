import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { QueryClient } from "@tanstack/react-query";

import { commands } from "../bindings";
import { unwrap } from "../lib/ipc";
import { keys } from "../lib/query-keys";
import type { InterviewInput } from "../lib/types";

/** An application's interviews with each panel member's feedback status. */
export function useInterviews(applicationId: string) {
  return useQuery({
    queryKey: keys.interviews(applicationId),
    queryFn: () => unwrap(commands.interviewsForApplication(applicationId)),
    // Feedback states move with the clock (due → overdue) even when nothing is written.
    refetchInterval: 60_000,
  });
}

/** Every scorecard still owed, most urgent first; rechecked every minute. */
export function useNeedsFeedback() {
  return useQuery({
    queryKey: keys.needsFeedback,
    queryFn: () => unwrap(commands.needsFeedback()),
    refetchInterval: 60_000,
  });
}

/** After a scorecard or an interview changes, every view of who owes feedback is stale. */
export function invalidateFeedback(client: QueryClient) {
  return Promise.all([
    client.invalidateQueries({ queryKey: keys.allInterviews }),
    client.invalidateQueries({ queryKey: keys.needsFeedback }),
  ]);
}

export function useScheduleInterview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InterviewInput) => unwrap(commands.scheduleInterview(input)),
    onSuccess: () => invalidateFeedback(client),
  });
}

export function useRescheduleInterview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: InterviewInput }) => unwrap(commands.rescheduleInterview(id, input)),
    onSuccess: () => Promise.all([invalidateFeedback(client), client.invalidateQueries({ queryKey: keys.myWeek })]),
  });
}

/** Cancels, or (undo) reinstates, an interview. */
export function useSetInterviewCancelled() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, cancelled }: { id: string; cancelled: boolean }) =>
      unwrap(cancelled ? commands.cancelInterview(id) : commands.reinstateInterview(id)),
    onSuccess: () => invalidateFeedback(client),
  });
}
