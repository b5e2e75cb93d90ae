import { describe, expect, it } from "vitest";
import { canEditContent, canManageUsers, checkAccess, hasRole } from "@/lib/auth/roles";
import type { UserRole } from "@/db/schema";

const as = (role: UserRole) => ({ id: 1, role });

describe("roles", () => {
  it("rank viewer < editor < admin, each including the one before", () => {
    const table = (["viewer", "editor", "admin"] as const).map((role) => [
      role,
      hasRole(as(role), "viewer"),
      hasRole(as(role), "editor"),
      hasRole(as(role), "admin"),
    ]);
    expect(table).toEqual([
      ["viewer", true, false, false],
      ["editor", true, true, false],
      ["admin", true, true, true],
    ]);
  });

  it("let only editors and admins change content, and only admins manage users", () => {
    expect([canEditContent(as("viewer")), canEditContent(as("editor")), canEditContent(as("admin"))]).toEqual([false, true, true]);
    expect([canManageUsers(as("viewer")), canManageUsers(as("editor")), canManageUsers(as("admin"))]).toEqual([false, false, true]);
  });

  it("refuse a request with no session, and a role below the action's", () => {
    expect(checkAccess(null, "viewer")).toMatchObject({ ok: false, reason: "signed_out" });
    expect(checkAccess(as("viewer"), "editor")).toMatchObject({ ok: false, reason: "forbidden", message: "Your role does not allow this change." });
    expect(checkAccess(as("editor"), "admin")).toMatchObject({ ok: false, reason: "forbidden" });
    expect(checkAccess(as("editor"), "editor")).toEqual({ ok: true, user: as("editor") });
  });
});
