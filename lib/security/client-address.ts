/**
 * The client's address as the load balancer reports it (first X-Forwarded-For entry),
 * or "local" when the app is reached directly. Only used for throttling keys.
 */
export function clientAddressFrom(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "local";
}
