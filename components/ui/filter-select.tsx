/** A labelled <select> of a GET filter form; `any` adds the "no filter" option. */
export function FilterSelect({
  name,
  label,
  any,
  value,
  options,
}: {
  name: string;
  label: string;
  any?: string;
  value: string | undefined;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`f-${name}`} className="text-sm text-slate-700">{label}</label>
      <select id={`f-${name}`} name={name} defaultValue={value ?? ""} className="rounded border border-slate-400 bg-white px-2 py-2">
        {any !== undefined && <option value="">{any}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}
