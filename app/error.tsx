"use client";
// A bug reached the page. Say so plainly in both languages; never show the stack or the database message.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="py-10" role="alert">
      <h1 className="text-2xl font-bold">حدث خطأ من جهتنا · Something went wrong on our side</h1>
      <p className="mt-2 text-stone-600">لم يُحفظ ما أدخلته؛ حاول مجدداً. · Your last change was not saved; please try again.</p>
      <button onClick={reset} className="mt-4 rounded bg-teal-800 px-4 py-2 text-white">
        حاول مجدداً · Try again
      </button>
    </div>
  );
}
