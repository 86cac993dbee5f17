// Loaded with `node --import`: writes this process's CPU time, wall time and peak memory to fd 3
// when it exits, so the bench measures each command in a process of its own.
import { writeSync } from 'node:fs';

const t0 = performance.now();
process.on('exit', () => {
  const u = process.resourceUsage();
  const line = `${JSON.stringify({ wallMs: performance.now() - t0, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS })}\n`;
  try {
    writeSync(3, line);
  } catch {
    writeSync(2, line);
  }
});
