import { logout } from "../(auth)/actions";

export function LogoutButton({ label, who }: { label: string; who: string }) {
  return (
    <form action={logout} className="flex items-center gap-3">
      <span className="text-stone-500">{who}</span>
      <button type="submit" className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-100">
        {label}
      </button>
    </form>
  );
}
