// The public API as an OpenAPI 3.1 document (served at /api/v1/openapi.json, rendered on
// /api-docs). Keep in step with server/public/dto.ts and lib/schemas/public.ts; fields after
// `updatedAt` are additions to DESIGN.md's contract, each with an example. Every example must
// pass its own schema (tests/unit/openapi-examples.test.ts) and the document must lint clean
// (`npm run lint:openapi`, Redocly's recommended rules, redocly.yaml); the examples are invented.
import { CLAIM_STATUSES, DATE_PRECISIONS, INCIDENT_TYPES } from "../domain";

const nullable = (schema: Record<string, unknown>) => ({ anyOf: [schema, { type: "null" }] });
// Named once under components.schemas, referred to from the operations.
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });


export const FILTER_PARAMETERS = [
  { name: "from", in: "query", description: "First day, inclusive (YYYY-MM-DD), from 1900-01-01 to 2999-12-31.", schema: { type: "string", format: "date" }, example: "2024-01-01" },
  { name: "to", in: "query", description: "Last day, inclusive (YYYY-MM-DD), from 1900-01-01 to 2999-12-31; not before `from`.", schema: { type: "string", format: "date" }, example: "2024-12-31" },
  { name: "place", in: "query", description: "Place id from the gazetteer.", schema: { type: "string", maxLength: 100 }, example: "al-omar-base" },
  { name: "governorate", in: "query", description: "Governorate name (English or Arabic, Arabic-normalised).", schema: { type: "string", maxLength: 100 }, example: "Deir ez-Zor" },
  { name: "type", in: "query", description: "Incident type.", schema: { type: "string", enum: [...INCIDENT_TYPES] }, example: "shelling" },
  { name: "actor", in: "query", description: "Actor id.", schema: { type: "integer", minimum: 1 }, example: 3 },
  { name: "claimStatus", in: "query", description: "Claim status (addition).", schema: { type: "string", enum: [...CLAIM_STATUSES] }, example: "claimed" },
  {
    name: "q",
    in: "query",
    description: "Text search in the summaries, target, weapon, place and actor names (the targeted party's too). Arabic-normalised: hamza/alef forms, ى/ي, ة/ه, tatweel and diacritics fold together; case-insensitive.",
    schema: { type: "string", maxLength: 200 },
    example: "الشدادى",
  },
] as const;

const CURSOR_SCHEMA = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}\\.\\d{1,10}$", maxLength: 30 };
const PAGING = [
  { name: "limit", in: "query", description: "Page size.", schema: { type: "integer", minimum: 1, maximum: 500, default: 50 } },
  {
    name: "offset",
    in: "query",
    description: "Incidents to skip, for the first pages only: at most 2000 (a larger offset is a 400 that says so). Deeper pages are asked by cursor: follow `older` with `before`.",
    schema: { type: "integer", minimum: 0, maximum: 2000, default: 0 },
  },
  {
    name: "before",
    in: "query",
    description: "Keyset paging (addition): the page of incidents older than this cursor, as given in a previous answer's `older`. Not with `offset` or `after`.",
    schema: CURSOR_SCHEMA,
    example: "2024-01-10.17",
  },
  {
    name: "after",
    in: "query",
    description: "Keyset paging (addition): the page of incidents newer than this cursor, as given in a previous answer's `newer`, still newest first. Not with `offset` or `before`.",
    schema: CURSOR_SCHEMA,
    example: "2024-01-10.17",
  },
];

const exampleIncident = {
  id: 17,
  date: "2024-01-10",
  datePrecision: "day",
  type: "shelling",
  place: { id: "al-omar-base", nameAr: "قاعدة حقل العمر", nameEn: "al-Omar oil field base", governorate: "Deir ez-Zor", lat: 35.06, lon: 40.56, precision: "approximate", country: "SY" },
  actor: null,
  target: "قاعدة التحالف",
  weapon: "صواريخ",
  munitions: 5,
  killed: 0,
  injured: 2,
  summaryAr: "سقوط خمسة صواريخ على قاعدة التحالف في حقل العمر",
  summaryEn: "Five rockets hit the coalition base at al-Omar oil field",
  sources: [{ outlet: "وكالة المثال", url: "https://news.example.org/2024/01/11/omar-base", title: "قصف قاعدة حقل العمر", publishedAt: "2024-01-11", quote: "قالت مصادر محلية إن خمسة صواريخ سقطت داخل القاعدة فجر الأربعاء", cited: [{ name: "المرصد السوري لحقوق الإنسان", nameEn: "SOHR", kind: "monitor", role: "original", quote: "بحسب المرصد السوري لحقوق الإنسان", attributedActor: { id: 9, nameAr: "فصيل المثال", nameEn: "Example faction" } }] }],
  verifiedAt: "2024-01-12T09:30:00.000Z",
  updatedAt: "2024-01-12T09:30:00.000Z",
  killedHigh: null,
  injuredHigh: 4,
  claimStatus: "unclaimed",
  grade: "multiple_independent",
  independentSources: 2,
  disagreements: [{ field: "injured", options: [{ value: 2, outlets: ["وكالة المثال"] }, { value: 4, outlets: ["شبكة الاختبار"] }] }],
  correctionNote: null,
  status: "verified",
  retraction: null,
  targetActor: { id: 4, nameAr: "التحالف الدولي", nameEn: "US-led coalition" },
  typeLabel: { ar: "قصف", en: "Shelling" },
  weaponCode: "rocket",
  weaponName: { ar: "صاروخ", en: "rocket" },
  related: [{ kind: "response_to", direction: "incoming", incident: { id: 18, date: "2024-01-11", type: "airstrike", summaryAr: "غارات على مواقع فصيل المثال ردًّا على القصف", summaryEn: "Air strikes on the example faction's positions in response to the shelling" } }],
};

const exampleHistory = [
  {
    version: 2,
    kind: "correction",
    at: "2024-01-15T08:00:00.000Z",
    note: "A later statement gave four injured, not two.",
    changes: [{ field: "injured", before: 2, after: 4 }],
  },
  {
    version: 3,
    kind: "update",
    at: "2024-01-20T11:00:00.000Z",
    note: "",
    changes: [
      { field: "place", before: { id: "deir-ez-zor", nameAr: "دير الزور", nameEn: "Deir ez-Zor" }, after: { id: "al-omar-base", nameAr: "قاعدة حقل العمر", nameEn: "al-Omar oil field base" } },
      { field: "independentSources", before: 1, after: 2 },
    ],
  },
];
const exampleDocument = { ...exampleIncident, correctionNote: "A later statement gave four injured, not two.", history: exampleHistory };

const source = {
  type: "object",
  required: ["outlet", "url", "title", "publishedAt", "quote"],
  properties: {
    outlet: nullable({ type: "string" }),
    url: nullable({ type: "string", format: "uri" }),
    title: nullable({ type: "string" }),
    publishedAt: nullable({ type: "string", format: "date" }),
    quote: nullable({ type: "string", description: "The quoted sentence, in the article's language." }),
    cited: {
      type: "array",
      description: "Addition: who the article says said it — the sources it cites for this incident, in order (its source chain).",
      items: {
        type: "object",
        required: ["name", "nameEn", "kind", "role", "quote"],
        properties: {
          name: { type: "string" },
          nameEn: nullable({ type: "string" }),
          kind: { type: "string", enum: ["outlet", "agency", "monitor", "official", "armed_group", "local", "company", "other"] },
          role: { type: "string", enum: ["original", "relay"], description: "original: the claimant or witness; relay: an outlet repeating it (independent sources count originals only)." },
          quote: nullable({ type: "string", description: "The words of the article that cite this source." }),
          attributedActor: {
            ...nullable({ type: "object", properties: { id: { type: "integer" }, nameAr: { type: "string" }, nameEn: { type: "string" } } }),
            description: "Addition: who this source says did it, from the actor list; null when the report records none. Two sources may name two actors for one incident.",
            examples: [{ id: 9, nameAr: "فصيل المثال", nameEn: "Example faction" }],
          },
        },
      },
    },
  },
};

const incident = {
  type: "object",
  required: ["id", "date", "datePrecision", "type", "place", "actor", "target", "weapon", "munitions", "killed", "injured", "summaryAr", "summaryEn", "sources", "verifiedAt", "updatedAt"],
  properties: {
    id: { type: "integer" },
    date: { type: "string", format: "date" },
    datePrecision: { type: "string", enum: [...DATE_PRECISIONS], description: "day: the day is known; approximate: about that day; month: the month only." },
    type: { type: "string", enum: [...INCIDENT_TYPES] },
    place: nullable({
      type: "object",
      properties: {
        id: { type: "string" },
        nameAr: { type: "string" },
        nameEn: { type: "string" },
        governorate: nullable({ type: "string" }),
        lat: nullable({ type: "number" }),
        lon: nullable({ type: "number" }),
        precision: { ...nullable({ type: "string" }), description: "Addition: exact or approximate coordinates.", examples: ["approximate"] },
        country: { ...nullable({ type: "string" }), description: "Addition: ISO country code.", examples: ["SY"] },
      },
    }),
    actor: nullable({ type: "object", properties: { id: { type: "integer" }, nameAr: { type: "string" }, nameEn: { type: "string" } } }),
    target: nullable({ type: "string" }),
    weapon: nullable({ type: "string" }),
    munitions: nullable({ type: "integer" }),
    killed: { ...nullable({ type: "integer" }), description: "Killed; the low figure when a range was reported." },
    injured: { ...nullable({ type: "integer" }), description: "Injured; the low figure when a range was reported." },
    summaryAr: nullable({ type: "string" }),
    summaryEn: nullable({ type: "string" }),
    sources: { type: "array", items: ref("Source") },
    verifiedAt: nullable({ type: "string", format: "date-time" }),
    updatedAt: { type: "string", format: "date-time" },
    killedHigh: { ...nullable({ type: "integer" }), description: "Addition: upper bound of a killed range; null when exact.", examples: [5] },
    injuredHigh: { ...nullable({ type: "integer" }), description: "Addition: upper bound of an injured range; null when exact.", examples: [4] },
    claimStatus: { ...nullable({ type: "string", enum: [...CLAIM_STATUSES] }), description: "Addition: claimed, confirmed, denied or unclaimed.", examples: ["claimed"] },
    grade: { ...nullable({ type: "string" }), description: "Addition: credibility grade (confirmed_by_party, multiple_independent, single_source, contested); see /methodology.", examples: ["multiple_independent"] },
    independentSources: { ...nullable({ type: "integer" }), description: "Addition: sources that are not relays of one another.", examples: [2] },
    disagreements: {
      type: "array",
      description: "Addition: where reports disagree, each value with the outlets that gave it; for placeId, actorId and targetActorId also the value's nameAr and nameEn.",
      items: { type: "object", properties: { field: { type: "string" }, options: { type: "array", items: { type: "object", properties: { value: {}, outlets: { type: "array", items: { type: "string" } }, nameAr: { type: "string" }, nameEn: { type: "string" } } } } } },
      examples: [[{ field: "injured", options: [{ value: 2, outlets: ["وكالة المثال"] }, { value: 4, outlets: ["شبكة الاختبار"] }] }]],
    },
    correctionNote: { ...nullable({ type: "string" }), description: "Addition: what a correction changed.", examples: ["The date was corrected from 9 to 10 January."] },
    status: { type: "string", enum: ["verified", "retracted"], description: "Addition: always verified in lists." },
    retraction: { ...nullable({ type: "object", properties: { at: nullable({ type: "string", format: "date-time" }), note: nullable({ type: "string" }) } }), description: "Addition: set only on a retracted incident (410 from /incidents/{id})." },
    targetActor: {
      ...nullable({ type: "object", properties: { id: { type: "integer" }, nameAr: { type: "string" }, nameEn: { type: "string" } } }),
      description: "Addition: the party targeted, from the actor list (`target` keeps the reports' words for what was hit). Null when no report names a listed party.",
      examples: [{ id: 4, nameAr: "التحالف الدولي", nameEn: "US-led coalition" }],
    },
    typeLabel: {
      type: "object",
      properties: { ar: { type: "string" }, en: { type: "string" } },
      description: "Addition: the type's label in Arabic and English, as the register's admins name it; `type` is the stable code.",
      examples: [{ ar: "قصف", en: "Shelling" }],
    },
    weaponCode: {
      ...nullable({ type: "string" }),
      description: "Addition: the weapon's stable code in the register's codebook (one_way_drone, drone, rocket, mortar, artillery, ballistic_missile, cruise_missile, anti_tank_missile, ied, car_bomb, small_arms, rpg, airstrike); `weapon` keeps the reports' own words. Null when no listed weapon is named.",
      examples: ["rocket"],
    },
    weaponName: {
      ...nullable({ type: "object", properties: { ar: { type: "string" }, en: { type: "string" } } }),
      description: "Addition: the codebook weapon's name in Arabic and English.",
      examples: [{ ar: "صاروخ", en: "rocket" }],
    },
    related: {
      type: "array",
      description:
        "Addition: verified incidents this one relates to, both ways. kind: response_to (strikes answering an attack), follow_on_of (an evacuation after an attack), part_of_wave (attacks claimed together). direction outgoing: this incident is the response / follow-on / wave member of `incident`; incoming: `incident` is that of this one.",
      items: {
        type: "object",
        required: ["kind", "direction", "incident"],
        properties: {
          kind: { type: "string", enum: ["response_to", "follow_on_of", "part_of_wave"] },
          direction: { type: "string", enum: ["outgoing", "incoming"] },
          incident: {
            type: "object",
            properties: { id: { type: "integer" }, date: { type: "string", format: "date" }, type: { type: "string", enum: [...INCIDENT_TYPES] }, summaryAr: nullable({ type: "string" }), summaryEn: nullable({ type: "string" }) },
          },
        },
      },
      examples: [[{ kind: "response_to", direction: "incoming", incident: { id: 18, date: "2024-01-11", type: "airstrike", summaryAr: null, summaryEn: "Air strikes in response to the shelling" } }]],
    },
  },
  example: exampleIncident,
};

// Addition: the public history of one incident (GET /api/v1/incidents/{id}, and its 410).
const historyEntry = {
  type: "object",
  required: ["version", "kind", "at", "note", "changes"],
  properties: {
    version: { type: "integer", description: "The public version this change made; the first publication (verifiedAt) is version 1." },
    kind: {
      type: "string",
      enum: ["correction", "update", "retraction"],
      description: "correction: a reviewer corrected the published values, with a public note; update: a newly approved report, a merge or a pinned value changed them; retraction: the incident was withdrawn.",
    },
    at: { type: "string", format: "date-time" },
    note: { type: "string", description: "The public note (may be empty for an update)." },
    changes: {
      type: "array",
      description: "Each public value this version changed, before → after, under the incident's field names (place and actor as { id, nameAr, nameEn }); empty for a retraction.",
      items: { type: "object", required: ["field", "before", "after"], properties: { field: { type: "string" }, before: {}, after: {} } },
    },
  },
};

const incidentDocument = {
  ...incident,
  required: [...incident.required, "history"],
  properties: {
    ...incident.properties,
    history: { type: "array", items: historyEntry, description: "Addition: the incident's public history, oldest first (only on /api/v1/incidents/{id}).", examples: [exampleHistory] },
  },
  example: exampleDocument,
};

// Readers' operations need no credentials: an empty requirement list says so explicitly (the
// bearer scheme below is for the ingest API only).
const PUBLIC = { security: [] as never[] };

// The per-address limit on searches, filtered lists and deep pages (server/public/rate-limit.ts).
const tooMany = {
  description: "Too many searches, filtered requests or deep pages from this address in a short time (per server instance); wait `Retry-After` seconds. Unfiltered pages and pages by cursor are not limited.",
  headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer", minimum: 1 } } },
  content: { "application/json": { example: { error: "too_many_requests", retryAfter: 12, message: "Too many searches or filtered requests from this address; try again in 12 s.", messageAr: "طلبات بحث أو تصفية كثيرة من هذا العنوان؛ أعد المحاولة بعد 12 ثانية." } } },
};

const badParameter = {
  description: "A bad parameter, named.",
  content: {
    "application/json": {
      schema: { type: "object", properties: { error: { const: "invalid_parameter" }, parameters: { type: "array", items: { type: "string" } }, message: { type: "string" } } },
      example: { error: "invalid_parameter", parameters: ["limit"], message: "limit: Too big: expected number to be <=500" },
    },
  },
};

// Newsroom tools: an article created as the token's user, through the paste form's own checks.
const ingestOp = {
  operationId: "createArticle",
  summary: "Create an article (newsroom tools; bearer API token)",
  description:
    "Not public: needs an API token an admin issued. The article goes through the paste form's checks: text 20 to 200,000 characters, publishedAt not in the future, duplicates of stored articles (same normalised URL or near-identical text) refused unless confirmDuplicate is true.",
  security: [{ apiToken: [] }],
  requestBody: {
    required: true,
    content: {
      "application/json": {
        schema: {
          type: "object",
          required: ["text"],
          properties: {
            text: { type: "string", minLength: 20, maxLength: 200000 },
            title: { type: "string" },
            outlet: { type: "string" },
            url: { type: "string", format: "uri" },
            author: { type: "string" },
            publishedAt: { type: "string", format: "date" },
            language: { type: "string", enum: ["ar", "en"] },
            confirmDuplicate: { type: "boolean", description: "Store it even though it looks like a stored article." },
          },
        },
        example: {
          text: "قالت مصادر محلية إن قذيفتين سقطتا على أطراف البلدة صباح اليوم دون إصابات، فيما شوهد الدخان من مسافة بعيدة.",
          title: "قذيفتان على أطراف البلدة",
          outlet: "وكالة المثال",
          url: "https://news.example.org/2025/03/02/two-shells",
          publishedAt: "2025-03-02",
        },
      },
    },
  },
  responses: {
    "201": {
      description: "Created.",
      content: { "application/json": { schema: { type: "object", required: ["id", "url"], properties: { id: { type: "integer" }, url: { type: "string" } } }, example: { id: 42, url: "/desk/articles/42" } } },
    },
    "400": { description: "Bad input: each field with its message key, or invalid JSON.", content: { "application/json": { example: { error: "invalid_parameter", fields: { text: "article_too_short" }, message: "text: …" } } } },
    "401": { description: "No token, an unknown or revoked one, or its user disabled." },
    "403": { description: "The token's user may not create articles." },
    "409": {
      description: "A duplicate of stored articles, listed; send confirmDuplicate: true to store it anyway.",
      content: { "application/json": { example: { error: "duplicate", duplicates: [{ id: 7, title: "…", url: "https://…", reason: "url", similarity: 1 }], message: "…" } } },
    },
    "413": { description: "Body over its byte ceiling (6 bytes a character of the 200,000-character limit, plus 64 KiB): the limit itself is counted in characters of the decoded text (400 article_too_long)." },
    "415": { description: "Not application/json." },
  },
};

const exportOp = (operationId: string, summary: string, mediaType: string, description: string) => ({
  get: {
    operationId,
    ...PUBLIC,
    summary,
    description: `${description} Streamed; every verified incident matching the filters (no limit), newest first.`,
    parameters: FILTER_PARAMETERS,
    responses: { "200": { description: "The export.", content: { [mediaType]: { schema: { type: "string" } } } }, "400": badParameter, "429": tooMany },
  },
});

export function openApiDocument(serverUrl = "/") {
  return {
    openapi: "3.1.0",
    info: {
      title: "Sijill public API",
      version: "1.0.0",
      description: "Verified incidents of the Sijill register. Only verified incidents are listed; responses may be up to 35 s old (s-maxage=5 with stale-while-revalidate=30; docs/operations.md).",
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/api/v1/incidents": {
        get: {
          operationId: "listIncidents",
          ...PUBLIC,
          summary: "Verified incidents, newest first",
          parameters: [...FILTER_PARAMETERS, ...PAGING],
          responses: {
            "200": {
              description: "A page of incidents, the number matching (exact up to 1000; past it `total` is 1000 and `totalIsLowerBound` is true), and the cursors of the pages around it.",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: {
                      data: { type: "array", items: ref("Incident") },
                      total: { type: "integer" },
                      totalIsLowerBound: { type: "boolean", const: true, description: "Addition: present when more incidents match than were counted; `total` is then a lower bound (\"more than 1000\")." },
                      older: { ...CURSOR_SCHEMA, description: "Addition: pass as `before` for the next (older) page; absent on the last page." },
                      newer: { ...CURSOR_SCHEMA, description: "Addition: pass as `after` for the previous (newer) page; absent on the first page." },
                    },
                  },
                  example: { data: [exampleIncident], total: 1000, totalIsLowerBound: true, older: "2024-01-10.17", newer: "2024-01-10.17" },
                },
              },
            },
            "400": badParameter,
            "429": tooMany,
          },
        },
      },
      "/api/v1/incidents/{id}": {
        get: {
          operationId: "getIncident",
          ...PUBLIC,
          summary: "One verified incident, with its public history",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
          responses: {
            "200": { description: "The incident and its corrections (history).", content: { "application/json": { schema: ref("IncidentDocument"), example: exampleDocument } } },
            "400": badParameter,
            "404": { description: "No verified incident with this id.", content: { "application/json": { example: { error: "not_found", message: "No verified incident with this id." } } } },
            "410": {
              description: "The incident was retracted (its address stays, with the notice and its public history).",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: {
                      error: { const: "retracted" },
                      message: { type: "string" },
                      id: { type: "integer" },
                      retraction: { type: "object", properties: { at: nullable({ type: "string", format: "date-time" }), note: nullable({ type: "string" }) } },
                      history: { type: "array", items: ref("HistoryEntry") },
                    },
                  },
                  example: {
                    error: "retracted",
                    message: "This incident was retracted.",
                    id: 17,
                    retraction: { at: "2024-02-01T10:00:00.000Z", note: "The two articles described one strike already in the log." },
                    history: [{ version: 2, kind: "retraction", at: "2024-02-01T10:00:00.000Z", note: "The two articles described one strike already in the log.", changes: [] }],
                  },
                },
              },
            },
          },
        },
      },
      "/api/v1/incidents.csv": exportOp("exportIncidentsCsv", "CSV export", "text/csv", "UTF-8 with BOM, one row per incident, ACLED-like columns (time_precision 1 day / 2 approximate / 3 month; geo_precision 1 exact / 2 approximate / 3 none; source_count). Text cells starting with = + - @ get a leading apostrophe."),
      "/api/v1/incidents.geojson": exportOp("exportIncidentsGeoJson", "GeoJSON export", "application/geo+json", "A FeatureCollection, one Point per incident (null geometry without coordinates)."),
      "/api/v1/incidents.json": exportOp("exportIncidentsJson", "JSON export", "application/json", "{ \"data\": [incident, …] } with every matching incident."),
      "/api/v1/map": { get: { operationId: "mapPoints", ...PUBLIC, summary: "Map points: one per place with its count", parameters: FILTER_PARAMETERS, responses: { "200": { description: "Places with counts." }, "400": badParameter, "429": tooMany } } },
      "/feed.xml": {
        get: {
          operationId: "feed",
          ...PUBLIC,
          summary: "Atom feed of newly verified and corrected incidents",
          description: "Links are absolute on the site's configured address (SIJILL_SITE_URL, SIJILL_PUBLIC_URL or AUTH_URL), relative when none is set; never taken from the request's Host.",
          parameters: FILTER_PARAMETERS,
          responses: { "200": { description: "Atom 1.0", content: { "application/atom+xml": { schema: { type: "string" } } } }, "400": badParameter },
        },
      },
      "/api/v1/articles": { post: ingestOp },
    },
    components: { schemas: { Incident: incident, IncidentDocument: incidentDocument, HistoryEntry: historyEntry, Source: source }, securitySchemes: { apiToken: { type: "http", scheme: "bearer", description: "An API token an admin issued (shown once; acts as one user)." } } },
  };
}
