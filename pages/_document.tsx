import Document, { Head, Html, Main, NextScript, type DocumentContext, type DocumentInitialProps } from "next/document";

// The page's language, direction and CSP nonce come from its props (pages/index.tsx reads them
// per request).
type Props = DocumentInitialProps & { locale: string; dir: string };

export default class SijillDocument extends Document<Props> {
  static async getInitialProps(ctx: DocumentContext): Promise<Props> {
    const initial = await Document.getInitialProps(ctx);
    return { ...initial, locale: "ar", dir: "rtl" };
  }

  render() {
    const page = (this.props.__NEXT_DATA__.props as { pageProps?: { locale?: string; nonce?: string; m?: { dir?: string } } }).pageProps;
    // The CSP nonce proxy.ts gives this page in development, for the scripts Next adds there.
    const nonce = page?.nonce || undefined;
    const locale = page?.locale === "en" ? "en" : "ar";
    return (
      <Html lang={locale} dir={page?.m?.dir ?? (locale === "en" ? "ltr" : "rtl")}>
        <Head nonce={nonce} />
        <body className="min-h-screen">
          <Main />
          <NextScript nonce={nonce} />
        </body>
      </Html>
    );
  }
}
