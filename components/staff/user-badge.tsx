import { signOutAction } from "@/app/(staff)/login/actions";
import { currentUserOrNobody } from "@/lib/auth/session";
import { roleLabels } from "@/lib/auth/roles";

export async function UserBadge() {
  const user = await currentUserOrNobody();
  if (!user) return null;
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <span>
        {user.name} <span className="rounded bg-white/15 px-2 py-0.5">{roleLabels[user.role]}</span>
      </span>
      <form action={signOutAction}>
        <button type="submit" className="rounded border border-white/40 px-3 py-1.5 hover:bg-white/10">
          Sign out
        </button>
      </form>
    </div>
  );
}
