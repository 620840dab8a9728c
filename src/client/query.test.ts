import { describe, expect, test } from 'vitest';
import {
  correct,
  csfLookups,
  fixTypo,
  oneEditApart,
  sameWord,
  understand,
  vocabularyOf,
  wordsOf,
} from './query';
import { aliasToken, csfAliasToken, csfAliasTokens, csfPageToken } from '../lib/search-contract';

const sub = (id: string) => aliasToken({ kind: 'subPractice', id });

describe('query understanding', () => {
  test('questions keep only their content words', () => {
    expect(understand('what should a small practice do about ransomware')).toEqual({
      words: ['ransomware'],
      exact: [],
      size: 'small',
      // "do": the query asks what to do, so a threat it finds opens at what to do.
      action: true,
    });
    expect(understand('how do I protect against ransomware').words).toEqual([
      'protect',
      'ransomware',
    ]);
    expect(understand('Backups for ransomware?').words).toEqual(['backups', 'ransomware']);
  });

  test('one- and two-letter words are never searched for (they would prefix-match everything)', () => {
    expect(understand('a an on it IT').words).toEqual([]);
    expect(understand('go to IT security').words).toEqual(['security']);
  });

  test('IDs typed any way become one exact lookup', () => {
    for (const q of ['7.M.D', '7md', '7-m-d', '7.m.d', 'what is 7.M.D?', '7_M_D'])
      expect(understand(q).exact, q).toEqual([sub('7.M.D')]);
    expect(understand('7md').words).toEqual([]);
    expect(understand('threat 2').exact).toEqual([aliasToken({ kind: 'threat', number: 2 })]);
    expect(understand('T2').exact).toEqual([aliasToken({ kind: 'threat', number: 2 })]);
    expect(understand('p 4').exact).toEqual([aliasToken({ kind: 'practice', number: 4 })]);
    expect(understand('p7').exact).toEqual([aliasToken({ kind: 'practice', number: 7 })]);
    expect(understand('Practice 4 backups')).toMatchObject({
      exact: [aliasToken({ kind: 'practice', number: 4 })],
      words: ['backups'],
    });
    expect(understand('phishing e-mails').exact).toEqual([]);
  });

  test("NIST CSF codes and categories are exact lookups, any case: the code's pages, then its items", () => {
    const ip4 = ['hicpcsfpageprip4z', 'hicpcsfprip4z'];
    expect(understand('PR.IP-4').exact).toEqual(ip4);
    expect(understand('pr.ip-4').exact).toEqual(ip4);
    expect(understand('PR.IP')).toEqual({
      words: [],
      exact: ['hicpcsfpagepripz', 'hicpcsfpripz'],
      size: undefined,
      prefer: 'csf',
    });
    expect(csfAliasToken('PR.IP-4')).toBe(understand('PR.IP-4').exact[1]);
    expect(csfPageToken('PR.IP-4')).toBe(understand('PR.IP-4').exact[0]);
    // A page carries its code and the code's category, so "PR.IP" finds it too.
    expect(csfAliasTokens('PR.IP-4')).toEqual(['hicpcsfprip4z', 'hicpcsfpripz']);
    // Alias words never prefix one another: PR.IP-1 must not find PR.IP-10.
    expect(csfAliasToken('PR.IP-10').startsWith(csfAliasToken('PR.IP-1'))).toBe(false);
    expect(csfPageToken('PR.IP-10').startsWith(csfPageToken('PR.IP-1'))).toBe(false);
  });

  test('CSF 2.0 codes in any form: dotted, lower case, run together, zero-padded', () => {
    const ds11 = { words: [], exact: ['hicpcsfpageprds11z', 'hicpcsfprds11z'], size: undefined };
    for (const q of ['PR.DS-11', 'pr.ds-11', 'prds11', 'PRDS-11', 'what is PR.DS-11?'])
      expect(understand(q), q).toEqual({ ...ds11, prefer: 'csf' });
    // One element, one word, whichever version writes it: CSF 1.1's DE.CM-1 is CSF 2.0's DE.CM-01.
    expect(csfAliasTokens('DE.CM-01')).toEqual(csfAliasTokens('DE.CM-1'));
    expect(understand('GV.PO-01').exact).toEqual(['hicpcsfpagegvpo1z', 'hicpcsfgvpo1z']);
    expect(understand('gvpo1').exact).toEqual(understand('GV.PO-01').exact);
    // A zero-padded number or GV is CSF 2.0's form: its CSF 2.0 page comes before its CSF 1.1 page.
    expect(understand('GV.PO-01').prefer).toBe('csf2');
    expect(understand('DE.CM-01').prefer).toBe('csf2');
    expect(understand('DE.CM-1').prefer).toBe('csf');
    expect(understand('ransomware').prefer).toBeUndefined();
    // Letters alone are words, not codes: "deep" stays a word.
    expect(csfLookups('deep')).toBeUndefined();
    expect(understand('deep packet').words).toEqual(['deep', 'packet']);
  });

  test('size words set a size preference and are not searched for', () => {
    expect(understand('small practice ransomware')).toEqual({
      words: ['ransomware'],
      exact: [],
      size: 'small',
    });
    expect(understand('large hospital patching').size).toBe('large');
    expect(understand('large hospital patching').words).toEqual(['patching']);
    expect(understand('medium organization backups').size).toBe('medium');
    expect(understand('backups').size).toBeUndefined();
    // Only a size: search for the size word itself rather than nothing.
    expect(understand('small practice').words).toEqual(['small']);
    // Questions about what a size is: the question's verb is not a topic, nor "how big".
    expect(understand('who counts as a small practice')).toEqual({
      words: ['small'],
      exact: [],
      size: 'small',
      sizeQuestion: true,
    });
    expect(understand('how big is a medium organization')).toEqual({
      words: ['medium'],
      exact: [],
      size: 'medium',
      sizeQuestion: true,
    });
  });

  test('a query with nothing left to search says why: too short, or only common words', () => {
    expect(understand('ba')).toMatchObject({ words: [], dropped: 'short' });
    expect(understand('wh')).toMatchObject({ words: [], dropped: 'short' });
    expect(understand('what is the')).toMatchObject({ words: [], dropped: 'common' });
    expect(understand('ransomware').dropped).toBeUndefined();
    expect(understand('7md').dropped).toBeUndefined();
    expect(understand('').dropped).toBeUndefined();
  });

  test('"e-mail" and "wi-fi" are one word each, as both engines index them', () => {
    expect(understand('e-mail phishing').words).toEqual(['email', 'phishing']);
    expect(understand('wi-fi').words).toEqual(['wifi']);
  });
});

describe('typo tolerance', () => {
  test('one edit: change, insert, delete, swap', () => {
    expect(oneEditApart('phising', 'phishing')).toBe(true);
    expect(oneEditApart('phishng', 'phishing')).toBe(true);
    expect(oneEditApart('phihsing', 'phishing')).toBe(true);
    expect(oneEditApart('phashing', 'phishing')).toBe(true);
    expect(oneEditApart('fishing', 'phishing')).toBe(false);
    expect(oneEditApart('phishing', 'phishing')).toBe(false);
  });

  test('corrects words of five letters or more to the most frequent near word', () => {
    const vocab = vocabularyOf(['Phishing attacks', 'Phishing e-mail', 'Patching', 'Backup']);
    expect(correct('phising', vocab)).toBe('phishing');
    expect(correct('patchng', vocab)).toBe('patching');
    expect(correct('backp', vocab)).toBe('backup');
    expect(correct('xyzzyq', vocab)).toBeUndefined();
    expect(correct('bckp', vocab)).toBeUndefined(); // too short to guess
  });
});

describe('ranking helpers', () => {
  test('the same word: the text word starts with the typed word less up to three letters', () => {
    expect(sameWord('backups', 'backup')).toBe(true);
    expect(sameWord('backup', 'backups')).toBe(true);
    expect(sameWord('encryption', 'encrypted')).toBe(true);
    expect(sameWord('mfa', 'mfa')).toBe(true);
    expect(sameWord('mfa', 'mf')).toBe(false);
    expect(sameWord('phishing', 'phone')).toBe(false);
    expect(sameWord('ransomware', 'ransom')).toBe(false);
  });

  test('words of a text: ASCII or not, dashes and quotes split, hyphens also join', () => {
    expect(wordsOf('Back-ups – “MFA” for e‑mail…\u00a0Café 2FA')).toEqual([
      'back',
      'ups',
      'mfa',
      'for',
      'e',
      'mail',
      'café',
      '2fa',
      'backups',
    ]);
    expect(wordsOf('Phishing—and e-mail: 4.M.D')).toEqual([
      'phishing',
      'and',
      'e',
      'mail',
      '4',
      'm',
      'd',
      'email',
    ]);
  });

  test('a typo is fixed only when the word is unknown, not a known word or its start or plural', () => {
    const vocab = vocabularyOf(['Phishing Simulation', 'Backup Strategies', 'Ransomware Attack']);
    expect(fixTypo('phising', vocab)).toBe('phishing');
    expect(fixTypo('ransomeware', vocab)).toBe('ransomware');
    expect(fixTypo('backups', vocab)).toBeUndefined();
    expect(fixTypo('phish', vocab)).toBeUndefined();
    expect(fixTypo('simulation', vocab)).toBeUndefined();
  });
});
