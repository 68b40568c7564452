// Runs a command and measures it: wall time, and the peak resident memory of its whole process tree (sampled from
// /proc every 100 ms; Linux only, reported as 0 elsewhere).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function treeRssKb(root: number): number {
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rssKb(pid);
    stack.push(...childrenOf(pid));
  }
  return total;
}

interface Measured {
  code: number;
  ms: number;
  peakRssMb: number;
  output: string;
}

/** Runs `cmd args` with `env` added, capturing its output (also echoed when `echo`). */
export function measure(cmd: string, args: string[], env: Record<string, string> = {}, echo = false): Promise<Measured> {
  const started = performance.now();
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const onData = (d: Buffer) => {
    output += d.toString();
    if (echo) process.stderr.write(d);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let peak = 0;
  const hasProc = (() => {
    try {
      readdirSync('/proc/self');
      return true;
    } catch {
      return false;
    }
  })();
  const timer = setInterval(() => {
    if (hasProc && child.pid) peak = Math.max(peak, treeRssKb(child.pid));
  }, 100);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code: code ?? 1, ms: performance.now() - started, peakRssMb: Math.round(peak / 1024), output });
    });
  });
}
