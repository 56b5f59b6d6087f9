// Inputs of the intake verbs (articles from a URL, the intake inbox, feeds).
import { z } from "zod";
import { msg } from "../i18n/keys";
import { id, optionalIsoDate, optionalText, requiredText, toNumber } from "./fields";

export const httpUrl = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : v),
  z
    .string(msg("required"))
    .min(1, msg("required"))
    .max(2000, msg("too_long"))
    .refine((s) => /^https?:\/\//i.test(s) && URL.canParse(s), msg("invalid_url")),
);

export const fetchUrlInput = z.object({ url: httpUrl });

// What the fetcher found on a page (the server fills this in, never a form).
export const intakeItemInput = z.object({
  url: httpUrl,
  title: optionalText(500),
  text: z.string().min(1).max(5_000_000),
  outlet: optionalText(200),
  publishedAt: optionalIsoDate,
  author: optionalText(300),
  html: z.string().max(6_000_000).optional(),
});

export const intakeItemId = z.object({ itemId: id });
export const takeIntakeInput = z.object({ itemId: id, articleId: id });

export const feedInput = z.object({
  url: httpUrl,
  outlet: optionalText(200),
  intervalMinutes: z.preprocess(
    (v) => (v === "" || v == null ? 30 : toNumber(v)),
    z
      .number(msg("invalid_number"))
      .int(msg("invalid_number"))
      .min(5, msg("invalid_number"))
      .max(24 * 60, msg("invalid_number")),
  ),
});
export const feedIdInput = z.object({ feedId: id });
export const feedActiveInput = z.object({ feedId: id, active: z.enum(["true", "false"]).transform((v) => v === "true") });
export const intakeTitle = requiredText(500);
