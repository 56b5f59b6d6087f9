// The suggestion engine's vocabulary: reference rows passed in by the server (so lib/ stays
// free of the database), and the proposed values handed to the desk for the editor to accept.
import type { DatePrecision, IncidentType, SourceKind } from "../domain";

// A span of the body given to suggestReports: UTF-16 code-unit offsets, body.slice(start, end)
// === exact, as lib/evidence/anchor.ts expects.
export type Evidence = { exact: string; start: number; end: number };

export type Suggestion<T> = {
  value: T;
  confidence: number;
  evidence: Evidence;
  // Set when the value was not read in this article but offered from a verified incident of the
  // log that the report matches (its date window, figures, weapon, actor): the desk shows it as
  // «from incident #N», never silently.
  fromIncident?: number;
  // The id of the rule that read the value (lib/extract/rules/), for the eval and for a reader
  // of the suggestion who wants to know why.
  rule?: string;
};

export type PlaceRef = {
  id: string;
  nameAr: string;
  nameEn: string;
  aliasesAr: string[];
  aliasesEn: string[];
  kind: string;
  governorate?: string | null;
  // ISO country code («SY», «JO»), when the gazetteer has it.
  country?: string | null;
  // Who holds the site («the coalition», «Russia»…), how reports describe it without its
  // name, and where it is: read by lib/places/describe.ts (places by description).
  operator?: string | null;
  descriptorsAr?: string[];
  descriptorsEn?: string[];
  lat?: number | null;
  lon?: number | null;
};
export type ActorRef = { id: string | number; nameAr: string; nameEn: string; aliases: string[] };
export type SourceRef = { id: string | number; name: string; nameEn?: string | null; kind: SourceKind; aliases?: string[] };
export type ExtractRefs = { places: PlaceRef[]; actors: ActorRef[]; sources?: SourceRef[] };

export type ExtractInput = {
  body: string;
  // The article's published date from its metadata, when the editor gave one (ISO).
  publishedAt?: string | null;
  // The article's URL, when known: many sites put the publication day in the path
  // («/2023/11/04/…»), which dates the article when the published date is missing.
  url?: string | null;
  language?: string;
  // The day of the paste (ISO); years missing from the text are taken nearest to it. Today
  // when absent.
  pasteDate?: string;
  // Date/time stamp lines the cleaner dropped from the paste as site chrome
  // (cleanArticle(raw).removed with reason "timestamp"): they still date the article.
  stamps?: readonly string[];
};

export type WeaponId = "rocket" | "missile" | "mortar" | "shell" | "artillery" | "drone" | "airstrike" | "ied" | "car_bomb" | "small_arms" | "rpg";

export type PlaceValue = { id: string; name: string; kind: string };
export type ActorValue = { id: string | number; name: string; role: "claimant" | "actor" };
export type CountValue = { count: number; noun: string; weapon: WeaponId | null };
export type CasualtyValue = { kind: "killed" | "injured" | "none"; count: number | null };
// person: the spokesperson or official who spoke for the institution named («المتحدث باسم X
// فلان» → X, person «فلان»). role: «relay» for a wire agency or outlet that carries someone
// else's claim (the claimant is another source of the chain); absent for the source that said it.
export type SourceValue = { name: string; kind: SourceKind; sourceId: string | number | null; person?: string; role?: "relay" };
export type DateValue = { date: string; precision: DatePrecision };

// How a proposed event date was reached, shown beside it on the desk
// («أمس السبت» + published 2024-08-11).
export type DateBasis = {
  // The article's words the date was read from.
  phrase: string;
  // What a relative phrase was resolved against; "absolute" when the phrase is a full date.
  anchor: "published" | "dateline" | "url" | "stamp" | "text" | "absolute";
  // The anchor's own date (ISO), null for "absolute".
  anchorDate: string | null;
};
// after_published: the event date falls after the article's date; long_before_published: more
// than 60 days before it; no_article_date: the article has no date anywhere, so a relative
// phrase could not be resolved (the desk asks for the publication date).
export type DateWarning = "after_published" | "long_before_published" | "no_article_date";

export type ProposedReport = {
  // The sentences the report was read from (first to last), and how sure the grouping is.
  evidence: Evidence;
  confidence: number;
  date: Suggestion<DateValue> | null;
  type: Suggestion<IncidentType> | null;
  // Ranked, best first: the form takes the first, the editor may pick another.
  places: Array<Suggestion<PlaceValue>>;
  weapons: Array<Suggestion<WeaponId>>;
  counts: Array<Suggestion<CountValue>>;
  casualties: Array<Suggestion<CasualtyValue>>;
  actors: Array<Suggestion<ActorValue>>;
  sources: Array<Suggestion<SourceValue>>;
  // How the date was read, and what is doubtful about it (absent: not known).
  dateBasis?: DateBasis | null;
  dateWarnings?: DateWarning[];
  // A background tally («more than 150 attacks since October») or an earlier incident mentioned
  // in passing: proposed so the editor sees it, flagged so it is not mistaken for the news.
  mention?: "background" | "earlier" | null;
  // A second event of the same kind told as such («رتل ثانٍ», «a second convoy», «another
  // attack»): a new incident even at the same place on the same day, so the duplicate finder
  // must never join it to the first on its own.
  sequel?: boolean;
  // Every sentence the report was read from, in order, each its own span (the quote, evidence,
  // is the opening ones as one span): for highlighting them, and for matching a report to a
  // quote told further down the article.
  sentences?: Evidence[];
  // The ids of the clause, marker and grouping rules that made this report what it is
  // (lib/extract/rules/, group.ts): why it stands apart, or why two sentences are one report.
  rules?: string[];
};

export type ArticleSuggestions = {
  // evidence is null when the date came from the metadata or a stamp line outside the body.
  articleDate: { value: string; confidence: number; evidence: Evidence | null } | null;
  reports: ProposedReport[];
  // Every source the article cites, also those outside any report, for its source chain.
  sources: Array<Suggestion<SourceValue>>;
  // True when the article has no date anywhere (metadata, dateline, URL, stamp): relative dates
  // are then left unresolved and the desk asks for the publication date.
  needsArticleDate?: boolean;
};
