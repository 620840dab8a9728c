import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { applyCsp } from './csp-policy';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('csp step', () => {
  test('allows exactly the inline scripts and styles of the page by hash, right after <meta charset>', () => {
    const tree = fromHtml(
      '<html><head><meta charset="utf-8"><style>a{}</style></head><body><script>go()</script><script src="/x.js"></script></body></html>',
    );
    applyCsp(tree, { wasm: false, offline: false });
    const meta = select('meta[http-equiv="Content-Security-Policy"]', tree)!;
    const policy = String(meta.properties.content);
    expect(policy).toContain(`script-src 'self' ${sha('go()')}`);
    expect(policy).toContain(`style-src 'self' ${sha('a{}')}`);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('wasm-unsafe-eval');
    expect(select('meta[charset] + meta', tree)).toBe(meta);
  });

  test('offline pages allow file: and never WebAssembly; a second run replaces the tag', () => {
    const tree = fromHtml('<html><head><meta charset="utf-8"></head><body></body></html>');
    applyCsp(tree, { wasm: true, offline: false });
    applyCsp(tree, { wasm: false, offline: true });
    const policy = String(
      select('meta[http-equiv="Content-Security-Policy"]', tree)!.properties.content,
    );
    expect(policy).toContain("default-src 'self' file:");
    expect(policy).not.toContain('wasm');
  });
});
