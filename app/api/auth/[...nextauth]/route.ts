// publicRoute: Auth.js's own endpoints (session, CSRF token, sign-in callback), which check
// credentials and CSRF themselves.
import { handlers } from "@/server/auth";

export const { GET, POST } = handlers;
