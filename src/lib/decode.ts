/** `decodeURIComponent` that answers undefined for a malformed escape ('%E0') instead of throwing. */
export function safeDecodeURIComponent(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
