import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id with OWASP's minimum profile (19 MiB, 2 iterations, 1 lane). The parameters live in each hash, so raising
 * them later only affects new hashes; verify() reads them back from the stored string.
 */
const options = {
  // Algorithm.Argon2id: the package exports it as a `const enum`, which isolated modules cannot inline.
  algorithm: 2 as const,
  memoryCost: 19 * 1024,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    // A malformed stored hash is a failed check, never a crash of the sign-in.
    return false;
  }
}

// Verified against when no account matches, so an unknown email costs the same time as a wrong password.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("amity-timing-equaliser-not-a-real-password");
  await verifyPassword(await dummyHash, password);
  return false;
}

