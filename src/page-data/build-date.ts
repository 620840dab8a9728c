/**
 * The edition's build date: the date of the last commit (so the same commit gives the same bytes),
 * else SOURCE_DATE_EPOCH, else today. Shown in the offline copy and the data exports.
 */
import { execFileSync } from 'node:child_process';

export function buildDate(): Date {
  if (process.env.SOURCE_DATE_EPOCH) return new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000);
  try {
    const iso = execFileSync('git', ['log', '-1', '--format=%cI'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return new Date(iso);
  } catch {
    return new Date(new Date().toISOString().slice(0, 10));
  }
}
