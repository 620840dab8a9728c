/** Small wording helpers, so counts read "1 sub-practice" and "2 sub-practices" everywhere. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
