/**
 * The checklist page's script (checklist.js, bundled as a classic script and loaded by checklist
 * pages only): saves what the reader enters in this browser as they type, shows progress, exports
 * and imports CSV (nothing is applied until the reader confirms a clean file), prints and resets.
 */
import {
  answered,
  emptyEntry,
  exportCsv,
  importCsv,
  progress,
  readState,
  type ChecklistRow,
  type ChecklistState,
  type Entry,
} from './checklist-core';

const FIELDS = ['status', 'owner', 'date', 'note'] as const;
const box = document.querySelector<HTMLElement>('[data-checklist]');
if (box) start(box);

function start(box: HTMLElement): void {
  const size = box.dataset.size!;
  const key = `hicp-checklist-${size}`;
  const trs = [...box.querySelectorAll<HTMLTableRowElement>('tr[data-id]')];
  const rows: ChecklistRow[] = trs.map((tr) => {
    const d = tr.dataset;
    return { id: d.id!, practice: +d.practice!, size: d.size!, title: d.title!, url: d.url! };
  });
  const $ = <T extends Element>(sel: string, from: ParentNode = box) => from.querySelector<T>(sel)!;
  const field = (tr: Element, name: string) => $<HTMLInputElement>(`[data-field=${name}]`, tr);
  const report = $<HTMLElement>('#import-report');
  const fileInput = $<HTMLInputElement>('#import-file');

  let state: ChecklistState = {};
  const warn = () => ($<HTMLElement>('[data-storage-warning]').hidden = false);
  try {
    state = readState(localStorage.getItem(key), rows);
  } catch {
    warn();
  }
  const save = () => {
    try {
      localStorage.setItem(key, JSON.stringify(answered(state)));
    } catch {
      warn();
    }
  };

  const update = () => {
    const show = (p: HTMLElement, ids: string[]) => {
      const r = progress(ids, state);
      $<HTMLProgressElement>('progress', p).value = r.percent;
      const parts = [`${r.inPlace} of ${r.total - r.notApplicable} in place (${r.percent}%)`];
      if (r.partly) parts.push(`${r.partly} partly`);
      if (r.missing) parts.push(`${r.missing} missing`);
      if (r.notApplicable) parts.push(`${r.notApplicable} not applicable`);
      $<HTMLElement>('[data-progress-text]', p).textContent = parts.join(', ');
      p.hidden = false;
    };
    show(
      $('.checklist-tools .cl-progress'),
      rows.map((r) => r.id),
    );
    box.querySelectorAll<HTMLElement>('section[data-practice]').forEach((s) =>
      show(
        $('.cl-progress', s),
        rows.filter((r) => r.practice === +s.dataset.practice!).map((r) => r.id),
      ),
    );
  };
  const fill = () => {
    trs.forEach((tr) => {
      const e = state[tr.dataset.id!] ?? emptyEntry();
      FIELDS.forEach((f) => (field(tr, f).value = e[f]));
    });
    update();
  };

  box.addEventListener('input', (event) => {
    const tr = (event.target as Element).closest<HTMLElement>('tr[data-id]');
    if (!tr) return;
    const e = emptyEntry();
    FIELDS.forEach((f) => (e[f] = field(tr, f).value as Entry['status']));
    state[tr.dataset.id!] = e;
    save();
    update();
  });

  // The report of an import: a message, an optional list, optional buttons; read out when shown.
  const say = (text: string, list: string[] = [], buttons: [string, () => void][] = []) => {
    const p = document.createElement('p');
    p.textContent = text;
    const ul = document.createElement('ul');
    list.forEach((item) =>
      ul.append(Object.assign(document.createElement('li'), { textContent: item })),
    );
    const actions = buttons.map(([label, act]) => {
      const b = Object.assign(document.createElement('button'), {
        type: 'button',
        textContent: label,
      });
      b.addEventListener('click', act);
      return b;
    });
    report.replaceChildren(p, ...(list.length ? [ul] : []), ...actions);
    report.className = `import-report ${list.length ? 'has-problems' : ''}`;
  };

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const result = importCsv(await file.text(), rows, size);
    if (!result.ok)
      return say(
        `${file.name} was not imported; nothing has changed. Fix these and import it again:`,
        result.problems,
      );
    const ids = Object.keys(result.entries);
    const changes = ids.filter(
      (id) => JSON.stringify(state[id] ?? emptyEntry()) !== JSON.stringify(result.entries[id]),
    ).length;
    say(
      `${file.name} is ready: ${ids.length} rows, ${changes} of them different from what is saved here. Importing replaces the status, owner, date and note of those sub-practices; the others keep theirs.`,
      [],
      [
        [
          'Apply import',
          () => {
            state = { ...state, ...result.entries };
            save();
            fill();
            say(`Imported ${ids.length} rows from ${file.name}.`);
          },
        ],
        ['Cancel', () => say('Import cancelled; nothing has changed.')],
      ],
    );
  });

  const actions: Record<string, () => void> = {
    export: () => {
      const blob = new Blob([exportCsv(rows, state)], { type: 'text/csv;charset=utf-8' });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      const today = new Date(Date.now() - new Date().getTimezoneOffset() * 60000);
      a.download = `hicp-checklist-${size}-${today.toISOString().slice(0, 10)}.csv`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10000);
    },
    print: () => print(),
    reset: () => {
      if (
        !confirm(
          `Clear every answer on the ${size} checklist from this browser? Export CSV first to keep a copy.`,
        )
      )
        return;
      state = {};
      try {
        localStorage.removeItem(key);
      } catch {
        warn();
      }
      fill();
      say('The checklist is cleared.');
    },
  };
  box
    .querySelectorAll<HTMLButtonElement>('button[data-action]')
    .forEach((b) => b.addEventListener('click', () => actions[b.dataset.action!]!()));

  fill();
  box.classList.add('is-live');
  $<HTMLElement>('.checklist-tools').hidden = false;
  document.querySelectorAll<HTMLElement>('.no-js-note').forEach((n) => (n.hidden = true));
}
