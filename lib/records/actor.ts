import type { UserRole } from "@/db/schema";
import { hasRole } from "@/lib/auth/roles";
import { ForbiddenError } from "./errors";

/** Who makes a change: checked again here, whatever the caller checked (a data function is also an entry point). */
export interface Actor {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  /** Whose ties it may change: the home place of its office, or null for the top office (lib/records/offices.ts). */
  officePlaceId: number | null;
}

export function assertRole(actor: Actor | null, minimum: UserRole): asserts actor is Actor {
  if (!actor || !hasRole(actor, minimum)) throw new ForbiddenError(`This change needs the ${minimum} role.`);
}
