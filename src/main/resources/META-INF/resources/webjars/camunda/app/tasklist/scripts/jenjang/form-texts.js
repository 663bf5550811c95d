// Jenjang: the Camunda Forms renderer (form-js) in Tasklist writes its own messages and placeholders in English
// ("Field is required.", "Select", "Search"), and its date picker (flatpickr) English month and day names; it
// offers no translation. Civil servants read Bahasa Indonesia
// only, so the known texts are replaced inside forms as the renderer writes them: text nodes and placeholder
// attributes, again whenever the renderer writes the English text anew. Loaded through customScripts in
// config.js. Texts not listed here stay as the renderer wrote them.
const FORM = '.fjs-container';
// the date picker's calendar may hang below the form or at the end of the page
const CALENDAR = '.flatpickr-calendar';

const MESSAGES = [
  [/^Field is required\.$/, () => 'Wajib diisi.'],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `Paling sedikit ${n} karakter.`],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `Paling banyak ${n} karakter.`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `Nilai paling kecil ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `Nilai paling besar ${n}.`],
  [/^Field must match pattern (.+)\.$/, (p) => `Isian tidak sesuai pola ${p}.`],
  [/^Field must be a valid email\.$/, () => 'Alamat surel tidak valid.'],
  [/^Field must be a valid\s+international phone number\..*$/, () => 'Nomor telepon internasional tidak valid (mis. +6224123456).'],
  [/^Date must match pattern yyyy-MM-dd$/, () => 'Tanggal harus ditulis tttt-bb-hh (mis. 2026-11-22).'],
  [/^Select$/, () => 'Pilih'],
  [/^No results$/, () => 'Tidak ada hasil'],
  [/^All values selected$/, () => 'Semua pilihan sudah dipilih'],
  [/^Add new$/, () => 'Tambah']
];
const PLACEHOLDERS = {Search: 'Cari', Select: 'Pilih'};
const CALENDAR_WORDS = {
  January: 'Januari', February: 'Februari', March: 'Maret', April: 'April', May: 'Mei', June: 'Juni',
  July: 'Juli', August: 'Agustus', September: 'September', October: 'Oktober', November: 'November',
  December: 'Desember', Sun: 'Min', Mon: 'Sen', Tue: 'Sel', Wed: 'Rab', Thu: 'Kam', Fri: 'Jum', Sat: 'Sab'
};

function translated(text) {
  const trimmed = text.trim();
  for (const [pattern, indonesian] of MESSAGES) {
    const match = pattern.exec(trimmed);
    if (match) {
      return text.replace(trimmed, indonesian(...match.slice(1)));
    }
  }
  return null;
}

function translateTree(root) {
  const calendar = root.matches(CALENDAR);
  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    const word = calendar ? CALENDAR_WORDS[node.data.trim()] : undefined;
    const indonesian = calendar ? (word ? node.data.replace(node.data.trim(), word) : null) : translated(node.data);
    // writing a text changes nothing but still reports a change: only a different text is written, or the
    // observer would wake itself for ever ("April" is "April" in both languages)
    if (indonesian !== null && indonesian !== node.data) {
      node.data = indonesian;
    }
  }
  root.querySelectorAll('[placeholder]').forEach((input) => {
    const indonesian = PLACEHOLDERS[input.getAttribute('placeholder')];
    if (indonesian && indonesian !== input.getAttribute('placeholder')) {
      input.setAttribute('placeholder', indonesian);
    }
  });
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    const target = mutation.target.nodeType === Node.TEXT_NODE ? mutation.target.parentElement : mutation.target;
    if (!target || !target.closest) {
      continue;
    }
    const within = target.closest(`${CALENDAR}, ${FORM}`);
    if (within) {
      translateTree(within);
    }
    target.querySelectorAll(`${CALENDAR}, ${FORM}`).forEach(translateTree);
  }
}).observe(document.body, {childList: true, subtree: true, characterData: true, attributes: true,
  attributeFilter: ['placeholder']});
