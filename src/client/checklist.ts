/**
 * The checklist page's script (checklist.js, bundled as a classic script and loaded by checklist
 * pages only): saves what the reader enters in this browser as they type, keeps tabs of the same
 * checklist in step (each value carries when it changed; the newer one wins), says truthfully when
 * the browser refuses to save, shows progress and a filter, exports CSV, prints the assessment or a
 * blank form, and resets. Import and OSCAL export live in checklist-tools.js, loaded on first use.
 */
import {
  FIELDS,
  MAX_BYTES,
  META_FIELDS,
  emptySaved,
  entryOf,
  exportCsv,
  gaps,
  hasAnswers,
  key,
  merge,
  metaKey,
  metaOf,
  progress,
  progressText,
  readSaved,
  set,
  toStored,
  tooBig,
  type ChecklistRow,
  type Saved,
} from './checklist-core';
import type { Tools } from './checklist-tools';
import type { Mode } from './checklist-import';

const script = document.currentScript as HTMLScriptElement | null;
const box = document.querySelector<HTMLElement>('[data-checklist]');
if (box) start(box);

function start(box: HTMLElement): void {
  const size = box.dataset.size!;
  const storageKey = `hicp-checklist-${size}`;
  const trs = [...box.querySelectorAll<HTMLTableRowElement>('tr[data-id]')];
  const rows: ChecklistRow[] = trs.map((tr) => {
    const d = tr.dataset;
    // Without a public address in the build, the row's link as this copy reads it (hosted or file).
    const url = /^https?:/.test(d.url!) ? d.url! : tr.querySelector('a')!.href;
    return {
      id: d.id!,
      practice: +d.practice!,
      size: d.size!,
      title: d.title!,
      url,
      csf: d.csf ?? '',
      csf2: d.csf2 ?? '',
    };
  });
  const $ = <T extends Element>(sel: string, from: ParentNode = document) =>
    from.querySelector<T>(sel)!;
  const field = (tr: Element, name: string) => $<HTMLInputElement>(`[data-field=${name}]`, tr);
  const meta = (name: string) => $<HTMLInputElement>(`[data-meta=${name}]`);
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', ...kids: Node[]) => {
    const e = document.createElement(tag);
    e.textContent = text;
    e.append(...kids);
    return e;
  };
  const button = (label: string, act: () => void) => {
    const b = el('button', label);
    b.type = 'button';
    b.addEventListener('click', act);
    return b;
  };
  const report = $<HTMLElement>('#import-report');
  const warning = $<HTMLElement>('[data-storage-warning]');
  const fileInput = $<HTMLInputElement>('#import-file');
  const today = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60000);
  const day = () => today().toISOString().slice(0, 10);

  // Saving: what is stored is merged in first, so a newer answer from another tab is never lost.
  let saved: Saved = emptySaved();
  let asked = false;
  const read = () => readSaved(localStorage.getItem(storageKey), rows);
  const refused = (e: unknown) => {
    const full = e instanceof DOMException && e.name === 'QuotaExceededError';
    warning.replaceChildren(
      el(
        'p',
        full
          ? 'Not saved: this browser’s storage for this site is full, so it refused your latest answers. They are still on this page. Export them now to keep them, then free some space (for example by clearing other sites’ data).'
          : 'Not saved: this browser does not let this page save (storage is blocked or off). Your answers last until you leave the page. Export them to keep them.',
      ),
      button('Export CSV', () => actions.export!()),
    );
  };
  const save = (): boolean => {
    try {
      saved = merge(read(), saved);
      localStorage.setItem(storageKey, toStored(saved));
      warning.replaceChildren();
      // Ask the browser to keep the answers when storage runs low (once, on the first answer).
      if (!asked && hasAnswers(saved)) {
        asked = true;
        navigator.storage?.persist?.().catch(() => {});
      }
      return true;
    } catch (e) {
      refused(e);
      return false;
    }
  };
  try {
    saved = read();
  } catch (e) {
    refused(e);
  }

  const update = () => {
    const show = (p: HTMLElement, ids: string[]) => {
      const r = progress(ids, saved);
      $<HTMLProgressElement>('progress', p).value = r.percent;
      $<HTMLElement>('[data-progress-text]', p).textContent = progressText(r);
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
    filter();
  };
  // The row's status as an attribute (for the filter) and its "why not applicable" field; the DOM
  // is touched only where something changed, so a first fill of 70 rows costs little.
  const showStatus = (tr: HTMLElement, status: string) => {
    if (tr.dataset.status === status) return;
    tr.dataset.status = status;
    $<HTMLElement>('.cl-reason', tr).hidden = status !== 'not applicable';
  };
  // Puts saved values into the fields that differ (a field being typed in keeps its caret).
  const fill = () => {
    trs.forEach((tr) => {
      const e = entryOf(saved, tr.dataset.id!);
      FIELDS.forEach((f) => {
        const input = field(tr, f);
        if (input.value !== e[f]) input.value = e[f];
      });
      showStatus(tr, e.status);
    });
    const m = metaOf(saved);
    META_FIELDS.forEach((f) => meta(f).value !== m[f] && (meta(f).value = m[f]));
    update();
  };

  // Filter: every row, the gaps, or what is not yet scored. Printing ignores it (CSS).
  const showSelect = $<HTMLSelectElement>('#cl-show');
  let filtered = false;
  const filter = () => {
    const want = showSelect.value;
    if (!want && !filtered) return;
    filtered = !!want;
    let shown = 0;
    trs.forEach((tr) => {
      const s = tr.dataset.status ?? '';
      const on = !want || (want === 'gaps' ? /^(missing|partly in place)$/.test(s) : s === '');
      tr.classList.toggle('cl-off', !on);
      if (on) shown++;
    });
    box
      .querySelectorAll('section[data-practice]')
      .forEach((s) => s.classList.toggle('cl-off', !s.querySelector('tr[data-id]:not(.cl-off)')));
    $('[data-show-count]').textContent = want ? `(${shown} of ${trs.length})` : '';
  };
  showSelect.addEventListener('change', filter);

  box.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    const tr = target.closest<HTMLElement>('tr[data-id]');
    const k = tr
      ? key(tr.dataset.id!, target.dataset.field as (typeof FIELDS)[number])
      : target.dataset.meta && metaKey(target.dataset.meta as (typeof META_FIELDS)[number]);
    if (!k) return;
    saved = set(saved, k, target.value, Date.now());
    save();
    fill();
  });
  // Another tab of this checklist saved: take its newer answers.
  addEventListener('storage', (e) => {
    if (e.key !== storageKey) return;
    saved = merge(saved, readSaved(e.newValue, rows));
    fill();
  });

  // The report of an import: a message, an optional list, buttons; it can be closed.
  const say = (
    text: string | (string | Node)[],
    list: string[] = [],
    ...buttons: HTMLElement[]
  ) => {
    const p = el('p');
    p.append(...(typeof text === 'string' ? [text] : text));
    const ul = el('ul');
    list.forEach((item) => ul.append(el('li', item)));
    const close = button('×', () => say([]));
    close.className = 'cl-close';
    close.setAttribute('aria-label', 'Close this message');
    const empty = typeof text !== 'string' && !text.length;
    report.replaceChildren(...(empty ? [] : [close, p, ...(list.length ? [ul] : []), ...buttons]));
    report.className = `import-report ${list.length && !buttons.length ? 'has-problems' : ''}`;
  };

  // checklist-tools.js: the import reader and the OSCAL writers, loaded beside this script once.
  let loading: Promise<Tools> | undefined;
  const tools = () =>
    (loading ??= new Promise<Tools>((done, fail) => {
      const s = document.createElement('script');
      s.src = new URL('checklist-tools.js', script?.src ?? location.href).href;
      s.onload = () => done((globalThis as { hicpChecklistTools?: Tools }).hicpChecklistTools!);
      s.onerror = () => {
        loading = undefined;
        fail(new Error('checklist-tools.js did not load'));
      };
      document.head.append(s);
    }));

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const refuse = (problems: string[]) =>
      say(
        `${file.name} was not imported; nothing has changed. Fix these and import it again:`,
        problems,
      );
    if (file.size > MAX_BYTES) return refuse([tooBig(file.size)]);
    const t = await tools();
    const text = t.decode(new Uint8Array(await file.arrayBuffer()));
    if (!text.ok) return refuse([text.problem]);
    const result = t.readChecklist(text.text, rows, size, text.encoding);
    if (!result.ok) return refuse(result.problems);

    let mode: Mode = 'fill';
    const preview = () => {
      const { changes } = t.planImport(saved, result, mode, 0);
      const radios = (['fill', 'replace'] as const).map((m) => {
        const input = el('input');
        Object.assign(input, { type: 'radio', name: 'import-mode', value: m, checked: m === mode });
        input.addEventListener('change', () => {
          mode = m;
          preview();
          $<HTMLInputElement>(`input[value=${m}]`, report).focus();
        });
        return el(
          'label',
          '',
          input,
          document.createTextNode(
            m === 'fill'
              ? ' Fill only empty answers (keep everything entered here)'
              : ' Replace answers with the file’s (an empty cell empties the answer)',
          ),
        );
      });
      const lines = t.describeChanges(changes);
      say(
        [
          `${file.name} is ready: ${result.rows} row${result.rows === 1 ? '' : 's'} of this checklist. `,
          ...result.notes.map((n) => `${n} `),
          el('span', '', ...radios.map((r) => el('span', '', r))),
          changes.length
            ? `This changes ${changes.length} answer${changes.length > 1 ? 's' : ''}:`
            : 'This changes nothing here.',
        ],
        lines.length > 50 ? [...lines.slice(0, 50), `…and ${lines.length - 50} more rows.`] : lines,
        button(result.otherSize.length ? 'Import the rows that apply' : 'Apply import', () => {
          const plan = t.planImport(saved, result, mode, Date.now());
          saved = plan.saved;
          const ok = save();
          fill();
          say(
            ok
              ? `Imported from ${file.name}: ${plan.changes.length} answers changed.`
              : `The answers from ${file.name} are on this page but not saved (see the message below). Export them to keep them.`,
          );
        }),
        button('Cancel', () => say('Import cancelled; nothing has changed.')),
      );
      report.querySelector('p')!.lastElementChild?.classList.add('cl-modes');
    };
    preview();
  });

  const download = (text: string, name: string, type: string) => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type }));
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  };
  const oscal = async (kind: 'ar' | 'poam') => {
    const t = await tools();
    const input = {
      size,
      rows,
      saved,
      catalog: $<HTMLAnchorElement>('a[data-oscal=catalog]').href,
      profile: $<HTMLAnchorElement>('a[data-oscal=profile]').href,
      now: new Date(),
    };
    const doc = kind === 'ar' ? t.assessmentResults(input) : t.poam(input);
    if (!doc)
      return say(
        'There is no gap (missing or partly in place) yet, so there is no POA&M to export.',
      );
    const name = kind === 'ar' ? 'assessment-results' : 'poam';
    download(
      `${JSON.stringify(doc, null, 2)}\n`,
      `hicp-${name}-${size}-${day()}.json`,
      'application/json',
    );
  };

  // Printing: the assessment (answers, summary, gaps) or the blank form. Ctrl+P prints the
  // assessment once there are answers.
  const root = document.documentElement;
  const printed = $<HTMLElement>('.cl-report');
  const table = (head: string[], body: string[][]) => {
    const t = el('table');
    const tr = (cells: string[], tag: 'th' | 'td') => el('tr', '', ...cells.map((c) => el(tag, c)));
    t.append(el('thead', '', tr(head, 'th')), el('tbody', '', ...body.map((r) => tr(r, 'td'))));
    return t;
  };
  const buildReport = () => {
    const m = metaOf(saved);
    const p = progress(
      rows.map((r) => r.id),
      saved,
    );
    const gapRows = gaps(rows, saved);
    const answer = (r: ChecklistRow) => {
      const e = entryOf(saved, r.id);
      const more = [
        e.note,
        e.evidence && `Evidence: ${e.evidence}`,
        e.reason && `Why not applicable: ${e.reason}`,
      ];
      return [
        r.id,
        r.title,
        e.status || 'not yet scored',
        e.owner,
        e.date,
        more.filter(Boolean).join('\n'),
      ];
    };
    printed.replaceChildren(
      el('h2', `Assessment: ${m.organization || 'your organization'}, ${size} checklist`),
      el(
        'p',
        [
          m.assessor && `Assessor: ${m.assessor}`,
          m.assessed && `Assessment date: ${m.assessed}`,
          `Printed ${day()}`,
        ]
          .filter(Boolean)
          .join(' · '),
      ),
      el('h3', 'Summary'),
      table(
        ['In place', 'Partly in place', 'Missing', 'Not applicable', 'Not yet scored', 'In all'],
        [[p.inPlace, p.partly, p.missing, p.notApplicable, p.unscored, p.total].map(String)],
      ),
      el('p', progressText(p)),
      el('h3', `Gaps: missing and partly in place (${gapRows.length})`),
      gapRows.length
        ? table(
            ['ID', 'Sub-practice', 'Status', 'Owner', 'Target date', 'Note'],
            gapRows.map(answer),
          )
        : el('p', 'No sub-practice is missing or partly in place.'),
      el('h3', 'All answers'),
      table(['ID', 'Sub-practice', 'Status', 'Owner', 'Target date', 'Note'], rows.map(answer)),
    );
  };
  addEventListener('beforeprint', () => {
    root.dataset.print ??= hasAnswers(saved) ? 'answers' : 'blank';
    buildReport();
  });
  addEventListener('afterprint', () => delete root.dataset.print);
  const printAs = (mode: string) => () => {
    root.dataset.print = mode;
    buildReport();
    print();
  };

  const actions: Record<string, () => void> = {
    export: () =>
      download(
        exportCsv(rows, saved),
        `hicp-checklist-${size}-${day()}.csv`,
        'text/csv;charset=utf-8',
      ),
    ar: () => void oscal('ar'),
    poam: () => void oscal('poam'),
    'print-answers': printAs('answers'),
    'print-blank': printAs('blank'),
    reset: () => {
      if (
        !confirm(
          `Clear every answer on the ${size} checklist from this browser? Export CSV first to keep a copy.`,
        )
      )
        return;
      // A reset is a change like any other: tabs that see it drop what was entered before it.
      saved = { ...emptySaved(), reset: Date.now() };
      save();
      fill();
      say('The checklist is cleared.');
    },
    'file-warning-seen': () => {
      $<HTMLElement>('[data-file-warning]').hidden = true;
      try {
        localStorage.setItem('hicp-file-warning-seen', '1');
      } catch {
        // Not kept: the note shows again next time, which is the safe side.
      }
    },
  };
  box
    .querySelectorAll<HTMLButtonElement>('button[data-action]')
    .forEach((b) => b.addEventListener('click', () => actions[b.dataset.action!]!()));

  // From file://, other local files share this storage: say so once.
  try {
    if (location.protocol === 'file:' && !localStorage.getItem('hicp-file-warning-seen'))
      $<HTMLElement>('[data-file-warning]').hidden = false;
  } catch {
    // No storage at all: nothing is saved, so nothing can be read by other files either.
  }
  fill();
  box.classList.add('is-live');
  $<HTMLElement>('.checklist-tools').hidden = false;
  document.querySelectorAll<HTMLElement>('.no-js-note').forEach((n) => (n.hidden = true));
}
