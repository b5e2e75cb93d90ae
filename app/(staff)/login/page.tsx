import { LoginForm } from "@/components/auth/login-form";
import { SiteHeader } from "@/components/layout/site-header";
import { safeReturnPath } from "@/lib/forms";
import { staffHeaderLabels, staffText } from "@/lib/i18n/staff";
import { staffMetadata } from "@/lib/i18n/staff-metadata";
import { settleStaffLocale } from "@/lib/auth/session";
import { throttledMinutes, throttledSignInError } from "@/lib/validation/auth";

// Nobody is signed in yet (or someone is, and returns here): their language, else the browser's (Accept-Language).
export const generateMetadata = () => staffMetadata(() => staffText("SignIn")("title"));

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const params = await searchParams;
  // A sign-in posted straight to Auth.js comes back here with its refusal's code.
  const wait = throttledMinutes(params.code);
  await settleStaffLocale();
  const t = staffText("SignIn");
  return (
    <>
      <SiteHeader labels={staffHeaderLabels()} />
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
