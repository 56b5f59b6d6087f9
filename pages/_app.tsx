import type { AppProps } from "next/app";
import "../app/globals.css";

// The Pages Router serves one page, the public log (pages/index.tsx), with the App Router's styles.
export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
