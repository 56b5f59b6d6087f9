"use client";
import { useFormStatus } from "react-dom";

// Disabled while its form is being sent, so a double click never sends it twice.
export function SubmitButton({ children, name, value, label }: { children: React.ReactNode; name?: string; value?: string; label?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      aria-label={label}
      className="rounded bg-teal-800 px-4 py-2 font-medium text-white hover:bg-teal-900 disabled:opacity-60"
    >
      {children}
    </button>
  );
}
