/**
 * Labelled form controls with their hint and errors beside them, wired for screen readers (aria-invalid,
 * aria-describedby). They are uncontrolled: `defaultValue` is what the record holds, or what the user typed when a
 * save came back with errors. A control's id comes from its name (see fieldId), so that an error summary's links reach
 * it whether or not JavaScript runs.
 */

/**
 * The id of the control named `name` ("field-titleEn", "field-signatories-1-office"): what an error summary's link
 * (`#field-…`) points at, knowing only the field's name. A page has each name once.
 */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

interface FrameProps {
  label: string;
  errors?: string[] | undefined;
  hint?: string | undefined;
  /** Shown after the label, e.g. "(optional)". */
  note?: string | undefined;
  className?: string;
}

function frameOf(props: FrameProps & { name: string }) {
  const id = fieldId(props.name);
  const invalid = !!props.errors?.length;
  const describedBy = [props.hint ? `${id}-hint` : "", invalid ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return { id, invalid, control: { id, "aria-invalid": invalid || undefined, "aria-describedby": describedBy } };
}

/** A control's props split in two: its frame's (label, hint, errors, note, class) and its own, wired to the frame. */
function framed<P extends FrameProps & { name: string }>({ label, errors, hint, note, className, ...own }: P) {
  const frame = frameOf({ label, errors, hint, name: own.name });
  return { frame: { ...frame, label, errors, hint, note, className }, control: { ...frame.control, ...own } };
}

function Frame({ id, invalid, label, errors, hint, note, className = "", children }: FrameProps & { id: string; invalid: boolean; children: React.ReactNode }) {
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
        {note && <span className="font-normal text-slate-600"> {note}</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children}
      {invalid && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}

const controlClass =
  "w-full rounded border border-slate-400 bg-white px-3 py-2 text-base aria-[invalid]:border-red-700 disabled:bg-slate-100 disabled:text-slate-700";

export function Field(props: FrameProps & { name: string } & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "className">) {
  const { frame, control } = framed(props);
  return (
    <Frame {...frame}>
      <input className={controlClass} {...control} />
    </Frame>
  );
}

export function TextArea(props: FrameProps & { name: string } & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "className">) {
  const { frame, control } = framed(props);
  return (
    <Frame {...frame}>
      <textarea rows={4} className={controlClass} {...control} />
    </Frame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function Select({
  label,
  name,
  errors,
  hint,
  note,
  className,
  options,
  groups,
  placeholder,
  ...select
}: FrameProps & {
  name: string;
  options?: Option[];
  /** Options in labelled groups (<optgroup>), after `options`. */
  groups?: { label: string; options: Option[] }[];
  /** An empty first option ("Choose…"). */
  placeholder?: string;
} & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "name" | "className">) {
  const frame = frameOf({ label, errors, hint, name });
  return (
    <Frame {...frame} label={label} errors={errors} hint={hint} note={note} className={className}>
      <select name={name} className={controlClass} {...frame.control} {...select}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </Frame>
  );
}

export function Checkbox({
  label,
  name,
  errors,
  hint,
  className = "",
  ...input
}: FrameProps & { name: string } & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "className" | "type">) {
  const frame = frameOf({ label, errors, hint, name });
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <div className="flex items-center gap-2">
        <input type="checkbox" name={name} className="h-5 w-5 accent-brand-600" {...frame.control} {...input} />
        <label htmlFor={frame.id} className="text-sm font-medium text-slate-800">
          {label}
        </label>
      </div>
      {hint && (
        <p id={`${frame.id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {frame.invalid && (
        <p id={`${frame.id}-error`} className="text-sm text-red-700">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}
