/** Length only, no composition rules (NIST SP 800-63B): long passphrases are welcome. */
export const passwordRules = { minLength: 12, maxLength: 128 } as const;
