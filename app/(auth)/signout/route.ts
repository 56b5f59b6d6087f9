// POST /signout: the logout button of every page (LogoutForm, app/_components/site-chrome.tsx).
// A plain form post, so the public log, served without a client runtime (pages/index.tsx), has
// the same button as the desk. Cross-site posts never get here (proxy.ts refuses them);
// signOut's event revokes the server-side session (server/auth/index.ts).
import { auth, signOut } from "@/server/auth";

export async function POST(): Promise<Response> {
  const session = await auth();
  if (session) await signOut({ redirect: false });
  return new Response(null, { status: 303, headers: { Location: "/", "Cache-Control": "no-store" } });
}
