/** The password of the second administrator the rules spec creates (test data only). */
export const SECOND_ADMIN_PASSWORD = "Second-Admin-Pass-2026";
