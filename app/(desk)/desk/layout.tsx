import { redirect } from "next/navigation";
import { currentUser } from "@/server/auth/session";
import { mayCall } from "@/server/request";

// proxy.ts already redirects anonymous visitors; this is the check that counts.
export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  if (!mayCall("editor", await currentUser())) redirect("/login");
  return <div>{children}</div>;
}
