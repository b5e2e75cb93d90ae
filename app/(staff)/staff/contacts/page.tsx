import { staffMetadata } from "@/lib/i18n/staff-metadata";
import Link from "next/link";
import { loadRecordList, RecordListPage } from "@/components/staff/list-page";
import { PublicationBadge } from "@/components/staff/record-header";
import { staffText } from "@/lib/i18n/staff";
import { listContacts } from "@/lib/kinds/contact/staff";
import { contactListSchema } from "@/lib/kinds/contact/validation";
import { htmlLang } from "@/lib/i18n/content";

export const generateMetadata = () => staffMetadata(() => staffText("Contacts")("title"));

export default async function ContactsPage({ searchParams }: PageProps<"/staff/contacts">) {
  const list = await loadRecordList("contact", searchParams, contactListSchema, listContacts);
  const t = staffText("Contacts");
  return (
    <RecordListPage
      {...list}
      sorts={["name", "updated"]}
      selects={[]}
      columns={[
        {
          header: t("colName"),
          cell: (c) => (
            <Link href={`/staff/contacts/${c.id}`} className="font-medium text-brand-700 underline">
              {c.nameEn}
              {c.nameZh && <span lang={htmlLang.zh} className="font-normal text-slate-700"> {c.nameZh}</span>}
            </Link>
          ),
        },
        { header: t("colPhone"), cell: (c) => c.phone ?? "–" },
        { header: t("colEmail"), cell: (c) => c.email ?? "–" },
        { header: t("colState"), cell: (c) => <PublicationBadge publication={c.publication} archived={c.archived} /> },
      ]}
    />
  );
}
