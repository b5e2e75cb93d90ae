import type { Metadata } from "next";
import { LoginForm } from "@/components/auth/login-form";
import { SiteHeader } from "@/components/layout/site-header";
import { safeReturnPath } from "@/lib/forms";
import { staffText } from "@/lib/i18n/staff";
import { throttledMinutes, throttledSignInError } from "@/lib/validation/auth";

export const metadata: Metadata = { title: staffText("SignIn")("title"), robots: { index: false } };

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const params = await searchParams;
  // A sign-in posted straight to Auth.js comes back here with its refusal's code.
  const wait = throttledMinutes(params.code);
  const t = staffText("SignIn");
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-md px-4 py-12">
        <h1 className="text-2xl font-semibold text-brand-800">{t("title")}</h1>
        <p className="mt-2 text-slate-700">{t("intro")}</p>
        <div className="mt-6">
          {wait !== null && (
            <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
              {throttledSignInError(wait)}
            </p>
          )}
          {params.signedOut === "1" && (
            <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
              {t("signedOut")}
            </p>
          )}
          <LoginForm
            callbackUrl={safeReturnPath(params.callbackUrl)}
            labels={{ email: t("email"), password: t("password"), submit: t("submit"), pending: t("pending") }}
          />
        </div>
      </main>
    </>
  );
}
