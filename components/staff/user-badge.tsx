import Link from "next/link";
import { signOutAction } from "@/app/(staff)/login/actions";
import { currentUserOrNobody } from "@/lib/auth/session";
import { staffText } from "@/lib/i18n/staff";

/** Who is signed in (a link to their account page, where they choose their language), and signing out. */
export async function UserBadge() {
  const user = await currentUserOrNobody();
  if (!user) return null;
  const t = staffText("Header");
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <Link href="/staff/account" className="hover:underline" title={t("account")}>
        {user.name} <span className="rounded bg-white/15 px-2 py-0.5">{staffText("Enums")(`roles.${user.role}`)}</span>
      </Link>
      <form action={signOutAction}>
        <button type="submit" className="rounded border border-white/40 px-3 py-1.5 hover:bg-white/10">
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}
