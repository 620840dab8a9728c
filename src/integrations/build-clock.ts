/**
 * Where a build's time goes: the moments Astro's hooks fire (seconds since the process started, so
 * Node, Astro and the content gate before them count too) and, for each post-build step, its wall
 * time and the CPU time of this process (all its threads). `npm run bench` reads the JSON line
 * (TIMINGS_PREFIX) the pipeline prints when HICP_TIMINGS=1.
 */
export const TIMINGS_PREFIX = 'build timings: ';

export interface StepTiming {
  name: string;
  /** Wall-clock milliseconds. */
  ms: number;
  /** CPU milliseconds of this process (user + system, every thread). */
  cpuMs: number;
}

export interface BuildTimings {
  /** Seconds since the process started at which each mark was reached. */
  marks: Record<string, number>;
  steps: StepTiming[];
}

export class BuildClock {
  private readonly marks: Record<string, number> = {};
  private readonly steps: StepTiming[] = [];

  mark(name: string): void {
    this.marks[name] = Math.round(process.uptime() * 1000) / 1000;
  }

  time<T>(name: string, work: () => T): T {
    const [t0, c0] = [performance.now(), process.cpuUsage()];
    const result = work();
    this.record(name, t0, c0);
    return result;
  }

  async timeAsync<T>(name: string, work: () => T | Promise<T>): Promise<T> {
    const [t0, c0] = [performance.now(), process.cpuUsage()];
    const result = await work();
    this.record(name, t0, c0);
    return result;
  }

  json(): string {
    this.mark('end');
    return JSON.stringify({ marks: this.marks, steps: this.steps } satisfies BuildTimings);
  }

  private record(name: string, t0: number, c0: NodeJS.CpuUsage): void {
    const cpu = process.cpuUsage(c0);
    this.steps.push({
      name,
      ms: Math.round(performance.now() - t0),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    });
  }
}
