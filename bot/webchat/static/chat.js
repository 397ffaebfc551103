// Hoshyar web chat. Long-polls the server feed and posts what the visitor writes.
// Text goes into the page with textContent only, never innerHTML. The greeting is
// part of the page (#greeting): nothing is stored until the visitor writes or taps.
// Nothing is kept in the browser's storage: the conversation is known by a session
// cookie unless the visitor ticks "keep this chat on this device". Quick exit empties
// the page and replaces its history entry with the neutral site.
(function () {
  'use strict';

  const API = '/chat/api/messages';
  const UPLOAD = '/chat/api/attachments';
  const KEEP = '/chat/api/keep';
  const MAX_FILE = 10 * 1024 * 1024;
  const MAX_LEN = 4000;
  const POLL_TIMEOUT = 35000;
  const POST_TIMEOUT = 20000;
  const POST_TRIES = 5;

  // Page texts in English and Urdu.
  const T = {
    sending: ['sending…', 'بھیجا جا رہا ہے'],
    retry: ['not sent — tap to retry', 'نہیں گیا — دوبارہ کوشش کریں'],
    tooLong: ['That message is too long: 4,000 characters at most.', 'پیغام بہت لمبا ہے، زیادہ سے زیادہ 4000 حروف۔'],
    bad: ['That message was empty or could not be read.', 'پیغام خالی تھا یا پڑھا نہیں جا سکا۔'],
    fileTooBig: ['That file is too large: 10 MB at most.', 'فائل بہت بڑی ہے، زیادہ سے زیادہ 10 MB۔'],
    fileType: ['Send a photo or screenshot, a PDF or a voice recording.', 'تصویر، اسکرین شاٹ، پی ڈی ایف یا آواز بھیجیں۔'],
    uploading: ['uploading', 'اپ لوڈ ہو رہا ہے'],
    kinds: {
      image: ['Photo', 'تصویر'], document: ['Document', 'دستاویز'], audio: ['Voice recording', 'آواز'],
      voice: ['Voice recording', 'آواز'], video: ['Video', 'ویڈیو'], sticker: ['Sticker', 'اسٹیکر'],
      contact: ['Contact', 'رابطہ'], location: ['Location', 'مقام'],
    },
  };

  const list = document.getElementById('messages');
  const scroller = list.parentElement;
  const form = document.getElementById('form');
  const input = document.getElementById('input');
  const sendBtn = document.getElementById('send');
  const conn = document.getElementById('conn');
  const notice = document.getElementById('notice');
  const greeting = document.getElementById('greeting');
  const fileInput = document.getElementById('file');
  const attachBtn = document.getElementById('attach');
  const uploadBox = document.getElementById('upload');
  const uploadLabel = document.getElementById('upload-label');
  const progress = document.getElementById('progress');
  const exitLink = document.getElementById('exit');
  const keepBox = document.getElementById('keep');
  const keepNote = document.getElementById('keep-note');
  const keepRow = document.getElementById('keep-row');

  const shown = new Map(); // server id -> bubble
  const pending = new Map(); // server id -> optimistic bubble waiting for its feed copy
  let lastId = 0;
  let pollCtrl = null;
  let kicked = false;
  let sentOnce = false;
  let leaving = false;
  let known = false; // the server knows this visitor: keep goes to KEEP, not with a first message

  // A phone-like run: optional +, then at least 9 digits (ASCII or Urdu) with spaces or dashes.
  const PHONE = /\+?[0-9\u06F0-\u06F9](?:[ -]?[0-9\u06F0-\u06F9]){8,}/g;

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  function randomId() {
    const b = new Uint8Array(16);
    crypto.getRandomValues(b);
    return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  }

  // say fills el with an English and an Urdu text, each in its own direction.
  function say(el, pair) {
    el.textContent = '';
    const sep = document.createElement('span');
    sep.className = 'sep';
    sep.textContent = ' · ';
    const ur = document.createElement('span');
    ur.lang = 'ur';
    ur.dir = 'rtl';
    ur.textContent = pair[1];
    el.append(pair[0], sep, ur);
  }

  function showNotice(pair) {
    if (pair) say(notice, pair);
    notice.hidden = !pair;
  }

  function nearBottom() {
    return scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 80;
  }

  function scrollDown() {
    scroller.scrollTop = scroller.scrollHeight;
  }

  // fill sets el's text, isolating phone numbers left-to-right so that "+92 300 1234567" is
  // not reordered inside Urdu text. Text nodes only, never HTML. For the visitor's own words.
  function fill(el, text) {
    el.textContent = '';
    text = String(text || '');
    let at = 0;
    let m;
    PHONE.lastIndex = 0;
    while ((m = PHONE.exec(text))) {
      el.appendChild(document.createTextNode(text.slice(at, m.index)));
      const bdi = document.createElement('bdi');
      bdi.dir = 'ltr';
      bdi.textContent = m[0];
      el.appendChild(bdi);
      at = PHONE.lastIndex;
    }
    el.appendChild(document.createTextNode(text.slice(at)));
  }

  // fillParts sets el's text from the server's parts: numbers to dial become tel: links
  // and references stay whole, both kept left to right and on one line.
  function fillParts(el, parts) {
    el.textContent = '';
    for (const part of parts) {
      const text = String(part.text || '');
      if (part.tel && /^\+?[0-9]+$/.test(part.tel)) {
        const a = document.createElement('a');
        a.href = 'tel:' + part.tel;
        a.className = 'tel';
        a.dir = 'ltr';
        a.textContent = text;
        el.appendChild(a);
      } else if (part.ref) {
        const bdi = document.createElement('bdi');
        bdi.className = 'ref';
        bdi.dir = 'ltr';
        bdi.textContent = text;
        el.appendChild(bdi);
      } else {
        el.appendChild(document.createTextNode(text));
      }
    }
  }

  // dir is the server's direction for a message (rtl for Urdu), or auto for our own drafts.
  function direction(dir) {
    return dir === 'rtl' || dir === 'ltr' ? dir : 'auto';
  }

  function bubble(from, text, dir, parts, file) {
    const li = document.createElement('li');
    li.className = 'msg ' + (from === 'bot' ? 'msg-bot' : 'msg-visitor');
    li.dir = direction(dir);
    if (file) {
      const f = document.createElement('p');
      f.className = 'file';
      f.dir = 'auto';
      if (Array.isArray(file)) say(f, file);
      else f.textContent = file;
      li.appendChild(f);
    }
    const p = document.createElement('p');
    p.className = 'text';
    p.dir = li.dir;
    if (Array.isArray(parts) && parts.length) fillParts(p, parts);
    else fill(p, text);
    li.appendChild(p);
    return li;
  }

  function setMeta(li, text, at) { // text: a string or an English/Urdu pair
    let m = li.querySelector('.meta');
    if (!m) {
      m = document.createElement(at ? 'time' : 'span');
      m.className = 'meta';
      m.dir = 'auto'; // "09:16 PM" stays in its order inside an Urdu message
      li.appendChild(m);
    }
    if (at) m.setAttribute('datetime', at);
    if (Array.isArray(text)) say(m, text);
    else m.textContent = text;
  }

  function clock(at) {
    const d = new Date(at);
    return isNaN(d) ? '' : d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  }

  // Server messages stay ordered by id; optimistic ones (no data-id yet) stay last.
  function place(li, id) {
    let before = null;
    for (const el of list.children) {
      if (el !== li && (!el.dataset.id || Number(el.dataset.id) > id)) { before = el; break; }
    }
    if (li.parentNode !== list || li.nextElementSibling !== before) list.insertBefore(li, before);
  }

  function addChoices(li, buttons) {
    const box = document.createElement('div');
    box.className = 'choices';
    box.setAttribute('role', 'group');
    for (const b of buttons) {
      const btn = document.createElement('button');
      btn.type = 'button';
      btn.className = 'choice';
      btn.dir = 'auto';
      btn.dataset.value = b.value;
      btn.textContent = b.label;
      btn.addEventListener('click', (e) => choose(li, btn, b, e));
      box.appendChild(btn);
    }
    li.appendChild(box);
  }

  // choose sends a pressed button's value, as the engine expects it. The greeting's buttons
  // also send their label, so the conversation starts in the language the visitor read.
  function choose(li, btn, b, e) {
    for (const c of li.querySelectorAll('.choice')) c.disabled = true;
    btn.classList.add('chosen');
    btn.setAttribute('aria-pressed', 'true');
    const fields = li === greeting ? { choice: b.value, text: b.label } : { choice: b.value };
    submit(fields, b.label, '');
    if (e.detail === 0) input.focus(); // keyboard click: the button just lost focus
  }

  // The greeting: its language buttons show that language's options; nothing is sent.
  function setupGreeting() {
    if (!greeting) return;
    shown.set(0, greeting);
    const langs = greeting.querySelectorAll('.lang');
    for (const btn of langs) {
      btn.addEventListener('click', () => {
        for (const other of langs) other.setAttribute('aria-pressed', String(other === btn));
        for (const box of greeting.querySelectorAll('.choices')) box.hidden = box.dataset.locale !== btn.dataset.locale;
      });
    }
    for (const btn of greeting.querySelectorAll('.choice')) {
      btn.addEventListener('click', (e) => choose(greeting, btn, { value: btn.dataset.value, label: btn.textContent }, e));
    }
  }

  // Only the newest bot message with buttons keeps them usable.
  function disableStaleChoices() {
    let newest = 0;
    for (const [id, li] of shown) {
      if (id > newest && li.classList.contains('msg-bot') && li.querySelector('.choice')) newest = id;
    }
    for (const c of list.querySelectorAll('.msg-bot[data-id] .choice')) {
      if (Number(c.closest('.msg').dataset.id) < newest) c.disabled = true;
    }
  }

  function render(messages) {
    const stick = nearBottom();
    const sorted = messages.filter((m) => m && Number.isFinite(m.id)).sort((a, b) => a.id - b.id);
    let firstNew = null;
    for (const m of sorted) {
      if (m.id > lastId) lastId = m.id;
      if (shown.has(m.id)) continue;
      let li = pending.get(m.id);
      if (li) { // our own message came back: turn the optimistic bubble into the server copy
        pending.delete(m.id);
        li.classList.remove('pending');
        li.dir = direction(m.dir);
        const p = li.querySelector('.text');
        p.dir = li.dir;
        fill(p, m.text);
        const sending = li.querySelector('.meta');
        if (sending) sending.remove();
      } else {
        li = bubble(m.from, m.text, m.dir, m.from === 'bot' ? m.parts : null, m.kind ? (T.kinds[m.kind] || m.kind) : null);
        if (m.from === 'bot' && Array.isArray(m.buttons) && m.buttons.length) addChoices(li, m.buttons);
        if (m.from === 'bot' && !firstNew) firstNew = li;
      }
      li.dataset.id = String(m.id);
      setMeta(li, clock(m.at), m.at);
      place(li, m.id);
      shown.set(m.id, li);
    }
    disableStaleChoices();
    if (stick) reveal(sentOnce ? firstNew : null);
  }

  // reveal scrolls down to the newest message, but never past the top of the first new
  // bot message: a reference followed by a menu stays on screen. A returning visitor's
  // history (nothing sent yet from this page) scrolls to its end.
  function reveal(first) {
    const bottom = scroller.scrollHeight - scroller.clientHeight;
    if (!first) { scroller.scrollTop = bottom; return; }
    const top = scroller.scrollTop + first.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 8;
    scroller.scrollTop = Math.min(bottom, Math.max(top, scroller.scrollTop));
  }

  async function poll() {
    let delay = 1000;
    while (!leaving) {
      kicked = false;
      const ctrl = new AbortController();
      pollCtrl = ctrl;
      const timer = setTimeout(() => ctrl.abort(), POLL_TIMEOUT);
      try {
        const res = await fetch(API + '?after=' + lastId, {
          signal: ctrl.signal, credentials: 'same-origin', cache: 'no-store',
          headers: { Accept: 'application/json' },
        });
        if (!res.ok) throw new Error('poll: status ' + res.status);
        const data = await res.json();
        if (leaving) return;
        if (typeof data.kept === 'boolean') showKept(data.kept);
        render(Array.isArray(data.messages) ? data.messages : []);
        delay = 1000;
        conn.hidden = true;
      } catch (err) {
        if (kicked || leaving) continue; // restarted or left on purpose, not an error
        conn.hidden = false;
        await sleep(delay);
        delay = Math.min(delay * 2, 15000);
      } finally {
        clearTimeout(timer);
        pollCtrl = null;
      }
    }
  }

  // Restart the long poll now, e.g. once the first POST has set the visitor cookie.
  function kick() {
    if (pollCtrl) { kicked = true; pollCtrl.abort(); }
  }

  function submit(fields, text, draft) {
    // Once the visitor has said something, the greeting's options are spent.
    if (greeting) for (const c of greeting.querySelectorAll('.choice')) c.disabled = true;
    const body = JSON.stringify(Object.assign({}, fields, { client_id: randomId(), keep: keepBox.checked }));
    const li = bubble('visitor', text);
    list.appendChild(li);
    scrollDown();
    deliver(li, body, draft);
  }

  // POST one body; a retry sends the same body, so the same client_id, and is stored once.
  async function deliver(li, body, draft) {
    li.classList.remove('failed');
    li.classList.add('pending');
    const old = li.querySelector('.retry');
    if (old) old.remove();
    setMeta(li, T.sending);
    for (let attempt = 0; attempt < POST_TRIES; attempt++) {
      if (attempt) await sleep(500 * 2 ** attempt); // 1 s, 2 s, 4 s, 8 s
      const ctrl = new AbortController();
      const timer = setTimeout(() => ctrl.abort(), POST_TIMEOUT);
      let res, data;
      try {
        res = await fetch(API, {
          method: 'POST', body, signal: ctrl.signal, credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        });
        if (res.ok) data = await res.json().catch(() => ({}));
      } catch (err) {
        continue; // network failure: try the same body again
      } finally {
        clearTimeout(timer);
      }
      if (res.status === 413 || res.status === 400) return rejected(li, res.status, draft);
      if (res.status === 429 || res.status >= 500) continue;
      if (!res.ok) break;
      return accepted(li, data && data.id);
    }
    failed(li, body, draft);
  }

  function accepted(li, id) {
    known = true;
    keepRow.hidden = false;
    if (!sentOnce) { sentOnce = true; kick(); }
    if (!Number.isFinite(id) || shown.has(id)) { li.remove(); return; } // the feed shows it
    pending.set(id, li);
  }

  function rejected(li, status, draft) {
    li.remove();
    showNotice(status === 413 ? T.tooLong : T.bad);
    if (draft && !input.value) { input.value = draft; update(); }
  }

  function failed(li, body, draft) {
    li.classList.remove('pending');
    li.classList.add('failed');
    setMeta(li, '');
    const btn = document.createElement('button');
    btn.type = 'button';
    btn.className = 'retry';
    say(btn, T.retry);
    btn.addEventListener('click', (e) => {
      if (e.detail === 0) input.focus();
      deliver(li, body, draft);
    });
    li.appendChild(btn);
    li.scrollIntoView({ block: 'nearest' });
  }

  // The attachment: sent as multipart through XMLHttpRequest, which alone
  // reports upload progress. The server checks its type by its bytes; the
  // page checks only the size, to spare a long upload that would fail.
  function attach(file) {
    if (!file) return;
    if (file.size > MAX_FILE) { showNotice(T.fileTooBig); return; }
    showNotice(null);
    const caption = input.value.trim();
    input.value = '';
    update();
    const li = bubble('visitor', caption, null, null, file.name);
    list.appendChild(li);
    scrollDown();
    upload(li, file, caption, randomId());
  }

  function upload(li, file, caption, clientId) {
    li.classList.remove('failed');
    li.classList.add('pending');
    const old = li.querySelector('.retry');
    if (old) old.remove();
    setMeta(li, T.uploading);
    const body = new FormData();
    body.append('client_id', clientId);
    body.append('keep', String(keepBox.checked));
    if (caption) body.append('text', caption);
    body.append('file', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', UPLOAD);
    xhr.setRequestHeader('Accept', 'application/json');
    uploadLabel.textContent = file.name;
    progress.value = 0;
    progress.removeAttribute('aria-valuetext');
    uploadBox.hidden = false;
    attachBtn.setAttribute('aria-disabled', 'true');
    fileInput.disabled = true;
    xhr.upload.onprogress = (e) => {
      if (!e.lengthComputable) return;
      const pct = Math.round((100 * e.loaded) / e.total);
      progress.value = pct;
      progress.setAttribute('aria-valuetext', pct + '%');
    };
    const done = () => {
      uploadBox.hidden = true;
      attachBtn.removeAttribute('aria-disabled');
      fileInput.disabled = false;
      fileInput.value = '';
    };
    xhr.onload = () => {
      done();
      let data = {};
      try { data = JSON.parse(xhr.responseText); } catch (e) { /* not JSON */ }
      if (xhr.status === 202) return accepted(li, data.id);
      if (xhr.status === 413 || xhr.status === 415 || xhr.status === 400) {
        li.remove();
        showNotice(xhr.status === 413 ? T.fileTooBig : T.fileType);
        return;
      }
      uploadFailed(li, file, caption, clientId);
    };
    xhr.onerror = xhr.ontimeout = () => { done(); uploadFailed(li, file, caption, clientId); };
    xhr.timeout = 120000;
    xhr.send(body);
  }

  function uploadFailed(li, file, caption, clientId) {
    li.classList.remove('pending');
    li.classList.add('failed');
    setMeta(li, '');
    const btn = document.createElement('button');
    btn.type = 'button';
    btn.className = 'retry';
    say(btn, T.retry);
    btn.addEventListener('click', () => upload(li, file, caption, clientId)); // same client_id: stored once
    li.appendChild(btn);
  }

  fileInput.addEventListener('change', () => attach(fileInput.files && fileInput.files[0]));
  attachBtn.addEventListener('keydown', (e) => {
    if ((e.key === 'Enter' || e.key === ' ') && !fileInput.disabled) { e.preventDefault(); fileInput.click(); }
  });

  function update() {
    sendBtn.disabled = !input.value.trim();
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight + 2, 144) + 'px';
  }

  input.addEventListener('input', () => {
    update();
    if (!notice.hidden) showNotice(null);
  });

  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event('submit', { cancelable: true }));
    }
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = input.value;
    if (!text.trim()) return;
    if (text.length > MAX_LEN) { showNotice(T.tooLong); return; }
    input.value = '';
    update();
    submit({ text }, text, text);
    input.focus();
  });

  // "Keep this chat on this device", shown once there is a chat: the server re-issues the
  // visitor's cookie, for 30 days or for this session only. (Ticked before the first
  // message is stored, it rides with that message.)
  function showKept(kept) {
    known = true;
    keepRow.hidden = false;
    if (keepBox.disabled) return; // a change is on its way
    keepBox.checked = kept;
    keepNote.hidden = !kept;
  }

  keepBox.addEventListener('change', async () => {
    const want = keepBox.checked;
    keepNote.hidden = !want;
    if (!known) return; // sent with the first message
    keepBox.disabled = true;
    try {
      const res = await fetch(KEEP, {
        method: 'POST', credentials: 'same-origin', body: JSON.stringify({ keep: want }),
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      });
      if (!res.ok) throw new Error('keep: status ' + res.status);
    } catch (err) {
      keepBox.checked = !want; // not changed: show what holds
      keepNote.hidden = want;
    } finally {
      keepBox.disabled = false;
    }
  });

  // Quick exit: the link alone works without JavaScript (the server forgets the visitor
  // and sends the browser on). Here the page is emptied first, the poll stopped, and the
  // chat's history entry replaced, so Back does not come back to it.
  function quickExit(e) {
    if (e) e.preventDefault();
    leaving = true;
    if (pollCtrl) pollCtrl.abort();
    document.title = '';
    input.value = '';
    list.textContent = '';
    uploadBox.hidden = true;
    const to = exitLink.href;
    try {
      window.top.location.replace(to); // embedded on an agency's site: leave the whole page
    } catch (err) {
      window.location.replace(to);
    }
  }
  exitLink.addEventListener('click', quickExit);

  setupGreeting();
  update();
  if (window.matchMedia && window.matchMedia('(pointer: fine)').matches) input.focus();
  poll();
})();
