import type { Metadata } from "next";
import type { ReactNode } from "react";

/**
 * Pages behind a share link: no account, no app navigation. Never indexed (next.config.mjs sends
 * `X-Robots-Tag: noindex` too), and no Referer leaves the page: the token is in its address.
 */
export const metadata: Metadata = {
  title: "Shared plan",
  robots: { index: false, follow: false, nocache: true, googleBot: { index: false, follow: false } },
  referrer: "no-referrer",
};

export default function ShareLayout({ children }: { children: ReactNode }) {
  return <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 lg:px-10 print:max-w-none print:p-0">{children}</div>;
}
