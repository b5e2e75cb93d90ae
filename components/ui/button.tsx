/** How the portal's buttons look, for a <button> or a <Link> that acts as one. */
export const buttonClass = {
  primary:
    "inline-flex items-center justify-center rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60",
  secondary:
    "inline-flex items-center justify-center rounded border border-brand-600 bg-white px-4 py-2 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60",
  danger:
    "inline-flex items-center justify-center rounded border border-red-700 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50 disabled:opacity-60",
} as const;

export function Button({ className = "", ...props }: React.ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button className={`${buttonClass.primary} ${className}`} {...props} />;
}
