import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { QueryProvider } from "@/components/query-provider";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Flightplan", template: "%s · Flightplan" },
  description: "Track the work between your software and production.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: its scripts carry the nonce of that response's
  // Content-Security-Policy (proxy.ts). A page prerendered at build time (the 404 page, `/`)
  // would have scripts without a nonce, which the policy blocks.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <QueryProvider>{children}</QueryProvider>
      </body>
    </html>
  );
}
