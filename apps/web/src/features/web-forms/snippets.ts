/** Labels of the plain HTML form, in the language the admin works in. */
export type SnippetLabels = { name: string; phone: string; email: string; message: string; send: string };

/** Where a website sends the form: this installation's own address, as the admin sees it. */
export const formEndpoint = (origin: string, formId: string) => `${origin}/api/v1/public/forms/${formId}`;

/** The one-line embed: the script draws the form where the tag stands, with labels in `lang`. */
export function scriptSnippet(endpoint: string, lang: string): string {
  return `<script src="${endpoint}/embed.js" data-lang="${lang}" async></script>`;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * For sites that cannot run scripts: a plain form that posts to the endpoint. The hidden
 * `website` field is the honeypot; people never see it, bots fill it in and are ignored.
 */
export function htmlSnippet(endpoint: string, l: SnippetLabels): string {
  const e = (s: string) => escapeHtml(s);
  return `<form method="post" action="${e(endpoint)}">
  <label>${e(l.name)} <input name="name" required></label>
  <label>${e(l.phone)} <input name="phone" type="tel"></label>
  <label>${e(l.email)} <input name="email" type="email"></label>
  <label>${e(l.message)} <textarea name="message"></textarea></label>
  <input name="website" tabindex="-1" autocomplete="off" aria-hidden="true" style="position:absolute;left:-9999px">
  <button type="submit">${e(l.send)}</button>
</form>`;
}
