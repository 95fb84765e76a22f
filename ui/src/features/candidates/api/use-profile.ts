import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { commands } from "../../../bindings";
import { unwrap } from "../../../lib/ipc";
import { keys } from "../../../lib/query-keys";
import type { CandidateInput, CandidateProfile } from "../../../lib/types";

export function useProfile(candidateId: string) {
  return useQuery({ queryKey: keys.profile(candidateId), queryFn: () => unwrap(commands.candidateProfile(candidateId)) });
}

export function useResumes(candidateId: string) {
  return useQuery({ queryKey: keys.resumes(candidateId), queryFn: () => unwrap(commands.candidateResumes(candidateId)) });
}

export function useDuplicatesOf(candidateId: string) {
  return useQuery({ queryKey: keys.duplicatesOf(candidateId), queryFn: () => unwrap(commands.candidateDuplicates(candidateId)) });
}

export function useResumeText(resumeId: string | undefined) {
  return useQuery({
    queryKey: ["resume-text", resumeId ?? ""],
    queryFn: () => unwrap(commands.resumeText(resumeId ?? "")),
    enabled: Boolean(resumeId),
  });
}

/** Saves the reviewed contact fields and profile together, in one transaction. */
export function useSaveReview(candidateId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ input, profile }: { input: CandidateInput; profile: CandidateProfile }) =>
      unwrap(commands.saveReview(candidateId, input, profile)),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.candidates }),
  });
}
