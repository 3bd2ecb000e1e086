import { setNonce } from 'get-nonce';

/**
 * The server writes a per-request nonce into index.html. Everything that adds a <style> tag
 * must carry it, or the Content Security Policy blocks the tag: Mantine gets it through
 * MantineProvider's getStyleNonce, react-remove-scroll (modals, drawers) through get-nonce.
 * In `vite dev` the placeholder stays as it is and no CSP applies.
 */
export function readStyleNonce(): string {
  const value = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? '';
  const nonce = value === '__CSP_NONCE__' ? '' : value;
  if (nonce) setNonce(nonce);
  return nonce;
}
