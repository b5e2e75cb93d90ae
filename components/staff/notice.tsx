import { staffNotices, type StaffNotice } from "@/lib/actions";
import { staffText } from "@/lib/i18n/staff";

/** What the last change did, from the page's ?notice= (set by the action's redirect, so it works without JavaScript). */
export function Notice({ notice }: { notice: string | string[] | undefined }) {
  const value = Array.isArray(notice) ? notice[0] : notice;
  if (!value || !(staffNotices as readonly string[]).includes(value)) return null;
  return (
    <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
      {staffText("Notices")(value as StaffNotice)}
    </p>
  );
}
