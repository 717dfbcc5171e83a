// A counter of changes to what anonymous visitors see (a publication of rules, a catalog
// edit), shared by the app's server code and the proxy: they are separate bundles in one
// Node process, so the counter lives on globalThis. The proxy's landing template
// (lib/runtime/anonymous-landing-cache.ts) is keyed by it, so a change made in this process
// shows at once; other app servers catch up when their few seconds are over.
const KEY = Symbol.for("bakytty.publicContentVersion");
const holder = globalThis as unknown as Record<symbol, number | undefined>;

export function publicContentVersion(): number {
  return holder[KEY] ?? 0;
}

export function bumpPublicContentVersion(): void {
  holder[KEY] = publicContentVersion() + 1;
}
