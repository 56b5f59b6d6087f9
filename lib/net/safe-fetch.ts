// Fetching a page a user named, safely (SSRF): http(s) only; every address the name resolves to
// must be public (lib/net/address.ts), checked in the socket's own DNS lookup so the address
// checked is the one connected to (no second resolution to rebind); redirects followed by hand,
// each hop checked again; a size and a time limit (the size counted again after a
// Content-Encoding is undone). Tests may allow private addresses.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { brotliDecompress, gunzip, inflate, type InputType } from "node:zlib";
import { isPublicAddress } from "./address";

export type SafeFetchOptions = {
  // true: any address; a list: these "host:port" (as written in the URL) may be private.
  allowPrivate?: boolean | string[];
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  accept?: string;
};

export type FetchedPage = { url: string; status: number; contentType: string; body: Buffer; etag: string | null; lastModified: string | null };

export class FetchRefused extends Error {
  constructor(
    readonly reason: "scheme" | "address" | "too_large" | "timeout" | "redirects" | "status" | "network" | "encoding",
    detail = "",
  ) {
    super(`fetch refused: ${reason}${detail ? ` (${detail})` : ""}`);
  }
}

const DEFAULTS = { maxBytes: 5 * 1024 * 1024, timeoutMs: 10_000, maxRedirects: 5 };

function privateAllowed(url: URL, allow: SafeFetchOptions["allowPrivate"]): boolean {
  if (allow === true) return true;
  if (!Array.isArray(allow)) return false;
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return allow.includes(`${url.hostname}:${port}`);
}

/**
 * Whether a URL may be fetched at all, before any connection: http(s), no credentials, and an
 * address written in it (not a name: names are checked as they resolve) must be public unless
 * allowed. Null when it may; the refusal otherwise. Feed links are checked with it before they
 * are stored or shown.
 */
export function refuseTarget(input: string | URL, allowPrivate: SafeFetchOptions["allowPrivate"] = false): FetchRefused | null {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return new FetchRefused("scheme", "not a URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return new FetchRefused("scheme", url.protocol);
  if (url.username || url.password) return new FetchRefused("scheme", "credentials in URL");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (privateAllowed(url, allowPrivate)) return null;
  if (isIP(host) && !isPublicAddress(host)) return new FetchRefused("address", host);
  // Names that are local by definition (RFC 6761), refused before any lookup.
  if (/(^|\.)localhost\.?$/i.test(host)) return new FetchRefused("address", host);
  return null;
}

/** Whether a stored link may be shown as a link: http(s) only (never javascript:, data:, file:). */
export function isWebLink(url: string): boolean {
  return /^https?:\/\//i.test(url) && URL.canParse(url);
}

// A Content-Encoding undone, its output held to the same size limit as the body.
function decode(body: Buffer, encoding: string | undefined, maxBytes: number): Promise<Buffer> {
  const e = (encoding ?? "").trim().toLowerCase();
  if (e === "" || e === "identity") return Promise.resolve(body);
  const codec: ((b: InputType, o: { maxOutputLength: number }, cb: (err: Error | null, out: Buffer) => void) => void) | undefined =
    e === "gzip" || e === "x-gzip" ? gunzip : e === "deflate" ? inflate : e === "br" ? brotliDecompress : undefined;
  if (!codec) return Promise.reject(new FetchRefused("encoding", e));
  return new Promise((resolve, reject) =>
    codec(body, { maxOutputLength: maxBytes }, (err, out) => {
      if (!err) return resolve(out);
      reject((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ? new FetchRefused("too_large") : new FetchRefused("encoding", err.message));
    }),
  );
}

// A DNS lookup that refuses names resolving to any non-public address.
function checkedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, "", 0);
      const bad = addresses.find((a) => !isPublicAddress(a.address));
      if (!addresses.length || (bad && !allowPrivate)) {
        return callback(Object.assign(new FetchRefused("address", `${hostname} → ${bad?.address ?? "nothing"}`), { code: "EREFUSED" }), "", 0);
      }
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function oneHop(
  url: URL,
  opts: Required<Omit<SafeFetchOptions, "accept">> & { accept: string },
  deadline: number,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  const allow = privateAllowed(url, opts.allowPrivate);
  const refused = refuseTarget(url, opts.allowPrivate);
  if (refused) return Promise.reject(refused);
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(new FetchRefused("timeout"));
    const req = client.request(
      url,
      {
        method: "GET",
        lookup: checkedLookup(allow),
        headers: { "User-Agent": "Sijill/1.0 (newsroom intake)", Accept: opts.accept, "Accept-Encoding": "identity" },
        agent: false,
      },
      (res) => {
        const declared = Number(res.headers["content-length"] ?? "0");
        if (declared > opts.maxBytes) {
          res.destroy();
          return reject(new FetchRefused("too_large"));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > opts.maxBytes) {
            res.destroy();
            req.destroy();
            return reject(new FetchRefused("too_large"));
          }
          chunks.push(chunk);
        });
        res.on("end", () => {
          decode(Buffer.concat(chunks), res.headers["content-encoding"], opts.maxBytes).then(
            (body) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }),
            reject,
          );
        });
        res.on("error", (e) => reject(e instanceof FetchRefused ? e : new FetchRefused("network", e.message)));
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      reject(new FetchRefused("timeout"));
    }, remaining);
    req.on("close", () => clearTimeout(timer));
    req.on("error", (e) => {
      clearTimeout(timer);
      const cause = e instanceof FetchRefused ? e : (e as { cause?: unknown }).cause;
      reject(cause instanceof FetchRefused ? cause : e instanceof FetchRefused ? e : new FetchRefused("network", e.message));
    });
    req.end();
  });
}

export async function safeFetch(input: string, options: SafeFetchOptions = {}): Promise<FetchedPage> {
  const opts = {
    allowPrivate: options.allowPrivate ?? false,
    maxBytes: options.maxBytes ?? DEFAULTS.maxBytes,
    timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
    maxRedirects: options.maxRedirects ?? DEFAULTS.maxRedirects,
    accept: options.accept ?? "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
  };
  const deadline = Date.now() + opts.timeoutMs;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new FetchRefused("scheme", "not a URL");
  }
  for (let hop = 0; ; hop++) {
    // Every hop, the first and each redirect's target, is checked before it is connected to.
    const refused = refuseTarget(url, opts.allowPrivate);
    if (refused) throw refused;
    const res = await oneHop(url, opts, deadline);
    if ([301, 302, 303, 307, 308].includes(res.status)) {
      const location = res.headers.location;
      if (!location) throw new FetchRefused("status", String(res.status));
      if (hop >= opts.maxRedirects) throw new FetchRefused("redirects");
      if (!URL.canParse(location, url)) throw new FetchRefused("scheme", "bad redirect");
      url = new URL(location, url);
      continue;
    }
    if (res.status < 200 || res.status >= 300) throw new FetchRefused("status", String(res.status));
    const header = (name: string) => {
      const v = res.headers[name];
      return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
    };
    return {
      url: url.toString(),
      status: res.status,
      contentType: header("content-type") ?? "",
      body: res.body,
      etag: header("etag"),
      lastModified: header("last-modified"),
    };
  }
}

// The body as text: the charset the server or the page declares (Arabic sites still use
// windows-1256), UTF-8 otherwise.
export function decodeBody(page: Pick<FetchedPage, "body" | "contentType">): string {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(page.contentType)?.[1];
  const head = page.body.subarray(0, 4096).toString("latin1");
  const fromMeta = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding=["']([\w-]+)/i.exec(head)?.[1];
  for (const label of [fromHeader, fromMeta, "utf-8"]) {
    if (!label) continue;
    try {
      return new TextDecoder(label.toLowerCase()).decode(page.body);
    } catch {
      // Unknown label: try the next.
    }
  }
  return page.body.toString("utf8");
}
