// Jenjang: the Camunda Forms renderer (form-js) in Tasklist writes its own messages and placeholders in English
// ("Field is required.", "Select", "Search") and offers no translation. Civil servants read Bahasa Indonesia
// only, so the known texts are replaced inside forms as the renderer writes them: text nodes and placeholder
// attributes, again whenever the renderer writes the English text anew. Loaded through customScripts in
// config.js. Texts not listed here stay as the renderer wrote them.
const FORM = '.fjs-container';

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
  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    const indonesian = translated(node.data);
    if (indonesian !== null) {
      node.data = indonesian;
    }
  }
  root.querySelectorAll('[placeholder]').forEach((input) => {
    const indonesian = PLACEHOLDERS[input.getAttribute('placeholder')];
    if (indonesian) {
      input.setAttribute('placeholder', indonesian);
    }
  });
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    const target = mutation.target.nodeType === Node.TEXT_NODE ? mutation.target.parentElement : mutation.target;
    const form = target && target.closest ? target.closest(FORM) : null;
    if (form) {
      translateTree(form);
    } else if (target && target.querySelectorAll) {
      target.querySelectorAll(FORM).forEach(translateTree);
    }
  }
}).observe(document.body, {childList: true, subtree: true, characterData: true, attributes: true,
  attributeFilter: ['placeholder']});
