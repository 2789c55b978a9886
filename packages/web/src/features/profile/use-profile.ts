import type { Profile } from "@certpath/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiGet, apiSend } from "../../lib/api";

interface StoredProfile {
  profile: Profile;
  updatedAt: string;
}

/** The saved profile (or an empty one before the first save), and a save that merges changes. */
export function useProfile() {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: ["profile"],
    queryFn: async ({ signal }) => {
      try {
        return (await apiGet<StoredProfile>("/api/profile", signal)).profile;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return {} as Profile;
        throw error;
      }
    },
  });
  const save = useMutation({
    mutationFn: async (changes: Partial<Profile>) => {
      const current = client.getQueryData<Profile>(["profile"]) ?? {};
      return (await apiSend<StoredProfile>("PUT", "/api/profile", { ...current, ...changes })).profile;
    },
    onSuccess: (profile) => client.setQueryData(["profile"], profile),
  });
  return { profile: query.data, isPending: query.isPending, error: query.error, save };
}
