// Types of forwarded.mjs (plain ESM so scripts/server.mjs can import it without a TS loader).
import type { IPv4, IPv6 } from "ipaddr.js";

export type Range = [IPv4 | IPv6, number];
export function trustedProxySpec(env: Record<string, string | undefined>): string;
export function normalizeAddress(raw: string | null | undefined): string | null;
export function parseTrustedProxies(spec: string): Range[];
export function isTrustedProxy(address: string | null | undefined, trusted: Range[]): boolean;
export function settleForwardedHeaders(headers: Record<string, string | string[] | undefined>, peer: string | undefined, trusted: Range[]): void;
export function clientAddressFrom(forwardedFor: string | null | undefined, trusted: Range[]): string;
