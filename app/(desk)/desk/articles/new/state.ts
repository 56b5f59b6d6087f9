import type { ActionState } from "@/lib/action-state";

// What the article form's action answers: the usual refusal (values kept), the new id once
// saved, the stored articles a paste seems to repeat, or (set on the client) a failed request.
export type ArticleFormState = ActionState & {
  id?: number;
  duplicates?: Array<{ id: number; title: string; url: string | null; reason: "url" | "text" }>;
  failed?: boolean;
};
