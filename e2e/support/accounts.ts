export const password = "amity-demo";

export const accounts = {
  admin: { email: "admin@example.org", name: "Demo Administrator", roleLabel: "Administrator" },
  editor: { email: "editor@example.org", name: "Demo Editor", roleLabel: "Editor" },
  viewer: { email: "viewer@example.org", name: "Demo Viewer", roleLabel: "Viewer" },
} as const;

export type Role = keyof typeof accounts;

/** Signed-in browser state per role, written by auth.setup.ts. */
export const storageStateOf = (role: Role) => `e2e/.auth/${role}.json`;
