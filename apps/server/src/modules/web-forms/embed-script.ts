/**
 * The script a website includes to show the form: it builds a small accessible form where the
 * tag stands and posts it as JSON. Labels follow `data-lang` (en, uk, ru, it). It carries no
 * styles beyond layout so it takes the site's own look.
 */
const LABELS = {
  en: {
    name: 'Your name',
    phone: 'Phone',
    email: 'Email',
    message: 'Message',
    send: 'Send',
    error: 'Could not send; please try again.',
  },
  uk: {
    name: "Ваше ім'я",
    phone: 'Телефон',
    email: 'Email',
    message: 'Повідомлення',
    send: 'Надіслати',
    error: 'Не вдалося надіслати; спробуйте ще раз.',
  },
  ru: {
    name: 'Ваше имя',
    phone: 'Телефон',
    email: 'Email',
    message: 'Сообщение',
    send: 'Отправить',
    error: 'Не удалось отправить; попробуйте ещё раз.',
  },
  it: {
    name: 'Il tuo nome',
    phone: 'Telefono',
    email: 'Email',
    message: 'Messaggio',
    send: 'Invia',
    error: 'Invio non riuscito; riprova.',
  },
};

export function embedScript(endpoint: string): string {
  return `(function () {
  var tag = document.currentScript;
  // Posts back to where the script came from, the address the site owner copied, even when the server's PUBLIC_URL is not set.
  var endpoint = tag.src ? tag.src.split('/embed.js')[0] : ${JSON.stringify(endpoint)};
  var labels = ${JSON.stringify(LABELS)};
  var l = labels[(tag.getAttribute('data-lang') || 'en').slice(0, 2)] || labels.en;
  var form = document.createElement('form');
  form.className = 'spilno-form';
  form.style.cssText = 'display:grid;gap:8px;max-width:420px';
  function field(name, type, required) {
    var label = document.createElement('label');
    label.style.cssText = 'display:grid;gap:4px';
    label.textContent = l[name];
    var input = document.createElement(type === 'textarea' ? 'textarea' : 'input');
    if (type !== 'textarea') input.type = type;
    input.name = name;
    input.required = !!required;
    label.appendChild(input);
    form.appendChild(label);
  }
  field('name', 'text', true);
  field('phone', 'tel');
  field('email', 'email');
  field('message', 'textarea');
  var trap = document.createElement('input');
  trap.name = 'website';
  trap.tabIndex = -1;
  trap.autocomplete = 'off';
  trap.setAttribute('aria-hidden', 'true');
  trap.style.cssText = 'position:absolute;left:-9999px';
  form.appendChild(trap);
  var button = document.createElement('button');
  button.type = 'submit';
  button.textContent = l.send;
  form.appendChild(button);
  var status = document.createElement('p');
  status.setAttribute('role', 'status');
  form.appendChild(status);
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    button.disabled = true;
    var data = {};
    new FormData(form).forEach(function (v, k) { data[k] = v; });
    fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(data) })
      .then(function (r) { return r.json().then(function (b) { return { ok: r.ok, body: b }; }); })
      .then(function (r) {
        if (!r.ok) throw new Error(r.body.detail || l.error);
        if (r.body.redirectUrl) { window.location.href = r.body.redirectUrl; return; }
        form.reset();
        status.textContent = r.body.message;
      })
      .catch(function (err) { status.textContent = err.message || l.error; })
      .finally(function () { button.disabled = false; });
  });
  tag.parentNode.insertBefore(form, tag);
})();
`;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The plain HTML alternative for sites that cannot run scripts: it posts form-encoded and follows the redirect. */
export function htmlSnippet(endpoint: string): string {
  return `<form method="post" action="${escapeHtml(endpoint)}">
  <label>Name <input name="name" required></label>
  <label>Phone <input name="phone" type="tel"></label>
  <label>Email <input name="email" type="email"></label>
  <label>Message <textarea name="message"></textarea></label>
  <input name="website" tabindex="-1" autocomplete="off" aria-hidden="true" style="position:absolute;left:-9999px">
  <button type="submit">Send</button>
</form>`;
}

export function resultPage(message: string): string {
  return `<!doctype html><meta charset="utf-8"><title>${escapeHtml(message)}</title><p>${escapeHtml(message)}</p>`;
}
