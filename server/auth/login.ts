import "server-only";
import { getDb } from "@/db/client";
import { accountKey, clientIp, ipKey, waitSeconds } from "./throttle";

// Seconds the login form must wait for this email from this client (0: none).
export async function loginWait(email: string, headers: Headers): Promise<number> {
  return waitSeconds(await getDb(), [accountKey(email), ipKey(clientIp(headers))]);
}
