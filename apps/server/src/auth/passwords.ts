import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

// argon2id (the library's default algorithm) with OWASP's minimum: 19 MiB, 2 passes, 1 lane.
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

const commonPasswords = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Verifies against a throwaway hash so an unknown email costs as much time as a known one. */
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('spilno-timing-equaliser');
  await verifyPassword(await dummyHash, password);
}

/** Why a new password is refused, or null. Length is checked by the schema. */
export function weakPasswordReason(password: string, person: { email: string; name?: string }): string | null {
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower)) return 'This password is on the list of commonly used passwords.';
  const local = person.email.toLowerCase().split('@')[0] ?? '';
  if (lower === person.email.toLowerCase() || (local.length >= 4 && lower.includes(local))) {
    return 'The password must not contain your email address.';
  }
  if (new Set(lower).size < 4) return 'The password repeats too few different characters.';
  return null;
}
