/**
 * The edition's build date: the date of the last commit (so the same commit gives the same bytes),
 * else SOURCE_DATE_EPOCH, else today. Shown in the offline copy and the data exports.
 */
import { execFileSync } from 'node:child_process';

let cached: Date | undefined;

/** Read once per process: every page's Cite box asks, and `git log` costs about 10 ms a call. */
export function buildDate(): Date {
  cached ??= readBuildDate();
  return new Date(cached);
}

function readBuildDate(): Date {
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
