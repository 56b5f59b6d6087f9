// Which page of a long desk list to show (?page=2). Pages past the end are simply empty.
import { z } from "zod";
import { msg } from "../i18n/keys";

export const PAGE_MAX = 10_000;
export const page = z.preprocess(
  (v) => (v === "" || v == null ? undefined : v),
  z.coerce.number(msg("invalid_number")).int(msg("invalid_number")).min(1, msg("invalid_number")).max(PAGE_MAX, msg("invalid_number")).default(1),
);
export const pageInput = z.object({ page });
