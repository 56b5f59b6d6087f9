import { redirect } from "next/navigation";
import { currentUser } from "@/server/auth/session";
import { mayCall } from "@/server/request";

// proxy.ts already redirects anonymous visitors; this is the check that counts.
export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  // Every verb refuses such a user too (server/verb.ts authorize); this sends them where they can act.
  if (user?.mustChangePassword) redirect("/password");
  if (!mayCall("editor", user)) redirect("/login");
  return <div>{children}</div>;
}
