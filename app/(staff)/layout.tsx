import type { Metadata } from "next";
import "../globals.css";

/** The root of the staff area and sign-in: English, and kept out of search engines. */
export const metadata: Metadata = {
  title: { default: "Shandong International Partnerships", template: "%s · Shandong International Partnerships" },
  icons: { icon: "/icon.svg" },
  robots: { index: false },
};

export default function StaffRootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans">{children}</body>
    </html>
  );
}
