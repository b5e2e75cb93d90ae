// Re-exported for tests/staff-partnerships.test.ts, which still imports it from here. A partnership's public reads
// are lib/kinds/partnership/public.ts and public-profile.ts; a place's, lib/kinds/place/public.ts.
export { getPublishedPartnership } from "@/lib/kinds/partnership/public-profile";
