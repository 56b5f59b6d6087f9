import { forbidden } from "next/navigation";
import Link from "next/link";
import { Pager } from "@/components/pager";
import { errorText, pickMessages } from "@/lib/i18n";
import { ROLES } from "@/lib/domain";
import { currentUser } from "@/server/auth/session";
import { listLoginLocks, listUsers } from "@/server/admin/users";
import { load, mayCall } from "@/server/request";
import type { VerbResult } from "@/server/verb";
import { listApiTokens } from "@/server/tokens/tokens";
import { listFeeds } from "@/server/intake/verbs";
import { getMessages } from "../../../_lib/i18n";
import {
  disableUserAction,
  enableUserAction,
  resetPasswordAction,
  revokeSessionsAction,
  pollFeedNowAction,
  revokeTokenAction,
  setFeedActiveAction,
  setUserRoleAction,
  unlockLoginAction,
} from "./actions";
import { ActionForm } from "./_components/action-form";
import { CreateTokenForm } from "./_components/create-token-form";
import { CreateUserForm } from "./_components/create-user-form";
import { AddFeedForm } from "./_components/add-feed-form";

export const metadata = { title: "Admin" };

type AdminMessages = Awaited<ReturnType<typeof getMessages>>["m"];
const when = (v: Date | string | null | undefined) => (v ? new Date(v).toISOString().slice(0, 16).replace("T", " ") : null);

// The team, failed logins and locks, API tokens. Every form is an admin verb.
export default async function AdminPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const { m } = await getMessages();
  const me = await currentUser();
  if (!mayCall(listUsers, me)) {
    // HTTP 403 with app/forbidden.tsx (the same "not allowed" text).
    forbidden();
  }
  const [usersPage, locks, tokensPage, feedsPage] = await Promise.all([
    load(listUsers, { page: params.users }),
    load(listLoginLocks, {}),
    load(listApiTokens, { page: params.tokens }),
    load(listFeeds, { page: params.feeds }),
  ]);
  const [users, tokens, feeds] = [usersPage.rows, tokensPage.rows, feedsPage.rows];
  // A page link keeps the other lists' pages.
  const pageHref = (list: "users" | "tokens" | "feeds") => (n: number) =>
    `/desk/admin?${new URLSearchParams({ ...Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => !!e[1])), [list]: String(n) })}`;
  const a = m.admin;
  const fm = pickMessages(m, "errors", "admin");
  return (
    <div className="space-y-10">
      <section aria-labelledby="team">
        <h1 id="team" className="text-xl font-bold">
          {a.teamTitle}
        </h1>
        <p className="mt-1 flex flex-wrap gap-4 text-sm">
          <Link href="/desk/admin/references">{a.refsTitle}</Link>
          <Link href="/desk/admin/taxonomy">{m.refs.taxonomyTitle}</Link>
          <Link href="/desk/intake">{a.navIntake}</Link>
        </p>
        <div className="mt-3 rounded-lg border border-stone-200 bg-white p-4">
          <h2 className="mb-2 font-semibold">{a.createUser}</h2>
          <CreateUserForm m={pickMessages(m, "admin", "errors", "fields")} />
        </div>
        <ul className="mt-4 space-y-3">
          {users.map((u) => (
            <TeamMember key={u.id} u={u} self={u.id === me?.id} m={m} />
          ))}
        </ul>
        <Pager page={usersPage.page} pages={usersPage.pages} href={pageHref("users")} labels={m.pager} />
      </section>

      <section aria-labelledby="locks">
        <h2 id="locks" className="text-lg font-bold">
          {a.locksTitle}
        </h2>
        {locks.length === 0 ? (
          <p className="mt-2 text-stone-600">{a.locksEmpty}</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {locks.map((l) => (
              <li key={l.key} aria-label={l.key} className="flex flex-wrap items-center gap-3 rounded border border-stone-200 bg-white p-3 text-sm">
                <span dir="ltr" className="break-all font-mono">
                  {l.key}
                </span>
                <span>
                  {a.failures}: {l.failures}
                </span>
                {l.locked && (
                  <span className="text-red-700">
                    {a.lockedUntil}: <span dir="ltr">{when(l.lockedUntil)}</span>
                  </span>
                )}
                <ActionForm action={unlockLoginAction} hidden={{ key: l.key }} submit={a.unlock} m={fm} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="tokens">
        <h2 id="tokens" className="text-lg font-bold">
          {a.tokensTitle}
        </h2>
        <p className="mt-1 text-sm text-stone-600">{a.tokensHelp}</p>
        <div className="mt-3 rounded-lg border border-stone-200 bg-white p-4">
          <CreateTokenForm m={fm} users={users.filter((u) => !u.disabledAt).map((u) => ({ id: u.id, email: u.email }))} />
        </div>
        {tokens.length === 0 ? (
          <p className="mt-2 text-stone-600">{a.tokensEmpty}</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {tokens.map((t) => (
              <li key={t.id} aria-label={t.name} className="flex flex-wrap items-center gap-3 rounded border border-stone-200 bg-white p-3 text-sm">
                <strong dir="auto">{t.name}</strong>
                <span dir="ltr" className="break-all">
                  {t.userEmail}
                </span>
                <span>
                  {a.tokenScope}: {a.tokenScopeIngest}
                </span>
                <span>
                  {a.created_at}: <span dir="ltr">{when(t.createdAt)}</span>
                </span>
                <span>
                  {a.lastUsed}: <span dir="ltr">{when(t.lastUsedAt) ?? a.never}</span>
                </span>
                {t.revokedAt ? (
                  <span className="text-red-700">{a.revoked}</span>
                ) : (
                  <ActionForm action={revokeTokenAction} hidden={{ tokenId: t.id }} submit={a.revoke} m={fm} />
                )}
              </li>
            ))}
          </ul>
        )}
        <Pager page={tokensPage.page} pages={tokensPage.pages} href={pageHref("tokens")} labels={m.pager} />
      </section>
      <section aria-labelledby="feeds">
        <h2 id="feeds" className="text-lg font-bold">
          {a.feedsTitle}
        </h2>
        <p className="mt-1 text-sm text-stone-600">
          {a.feedsHelp} <Link href="/desk/intake">{a.inboxTitle}</Link>
        </p>
        <div className="mt-3 rounded-lg border border-stone-200 bg-white p-4">
          <AddFeedForm m={fm} />
        </div>
        {feeds.length === 0 ? (
          <p className="mt-2 text-stone-600">{a.feedsEmpty}</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {feeds.map((f) => (
              <FeedRow key={f.id} f={f} m={m} />
            ))}
          </ul>
        )}
        <Pager page={feedsPage.page} pages={feedsPage.pages} href={pageHref("feeds")} labels={m.pager} />
      </section>
    </div>
  );
}

// One member of the team with what an admin may do to them (not to themselves).
function TeamMember({ u, self, m }: { u: VerbResult<typeof listUsers>["rows"][number]; self: boolean; m: AdminMessages }) {
  const a = m.admin;
  const fm = pickMessages(m, "errors", "admin");
  return (
    <li aria-label={u.email} className="rounded-lg border border-stone-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <strong dir="auto">{u.name}</strong>
        <span dir="ltr" className="break-all text-sm text-stone-600">
          {u.email}
        </span>
        <span className="text-sm">{u.role}</span>
        <span className={`text-sm ${u.disabledAt ? "text-red-700" : "text-teal-800"}`}>{u.disabledAt ? a.disabled : a.active}</span>
        {u.mustChangePassword && <span className="text-sm text-amber-800">{a.mustChange}</span>}
        {u.lockedUntil && <span className="text-sm text-red-700">{a.locked}</span>}
      </div>
      <p className="mt-1 text-sm text-stone-600">
        {a.sessions}: {u.liveSessions} · {a.lastSeen}: <span dir="ltr">{when(u.lastSeenAt) ?? a.never}</span>
      </p>
      {!self && (
        <div className="mt-2 flex flex-wrap gap-3">
          <ActionForm action={setUserRoleAction} hidden={{ userId: u.id }} submit={a.setRole} m={fm}>
            <select name="role" defaultValue={u.role} aria-label={a.role} className="rounded border border-stone-300 px-2 py-2">
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </ActionForm>
          {u.disabledAt ? (
            <ActionForm action={enableUserAction} hidden={{ userId: u.id }} submit={a.enable} m={fm} />
          ) : (
            <ActionForm action={disableUserAction} hidden={{ userId: u.id }} submit={a.disable} m={fm} />
          )}
          <ActionForm action={resetPasswordAction} hidden={{ userId: u.id }} submit={a.resetPassword} m={fm} secretLabel={a.oneTimePassword} />
          <ActionForm action={revokeSessionsAction} hidden={{ userId: u.id }} submit={a.endSessions} m={fm} />
        </div>
      )}
    </li>
  );
}

// One intake feed: its state, its last poll and its buttons.
function FeedRow({ f, m }: { f: VerbResult<typeof listFeeds>["rows"][number]; m: AdminMessages }) {
  const a = m.admin;
  const fm = pickMessages(m, "errors", "admin");
  return (
    <li aria-label={f.url} className="space-y-1 rounded border border-stone-200 bg-white p-3 text-sm">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <span dir="ltr" className="break-all font-mono">
          {f.url}
        </span>
        {f.outlet && <span dir="auto">{f.outlet}</span>}
        <span className={f.active ? "text-teal-800" : "text-stone-500"}>{f.active ? a.feedActive : a.feedInactive}</span>
      </div>
      <p className="text-stone-600">
        {a.items}: {Number(f.items)} · {a.lastPolled}: <span dir="ltr">{when(f.lastPolledAt) ?? a.never}</span>
        {f.lastError && (
          <span className="text-red-700">
            {" "}
            · {a.lastError}: {errorText(m, f.lastError)}
          </span>
        )}
      </p>
      <div className="flex flex-wrap gap-3">
        <ActionForm action={pollFeedNowAction} hidden={{ feedId: f.id }} submit={a.pollNow} m={fm} />
        <ActionForm
          action={setFeedActiveAction}
          hidden={{ feedId: f.id, active: f.active ? "false" : "true" }}
          submit={f.active ? a.deactivate : a.activate}
          m={fm}
        />
      </div>
    </li>
  );
}
