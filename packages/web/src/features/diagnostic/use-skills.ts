import type { Skill } from "@certpath/core";
import { useQuery } from "@tanstack/react-query";
import { apiGet } from "../../lib/api";

export function useSkills() {
  return useQuery({
    queryKey: ["skills"],
    queryFn: async ({ signal }) => (await apiGet<{ skills: Skill[] }>("/api/skills", signal)).skills,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
