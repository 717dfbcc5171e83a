// The machine a benchmark ran on, recorded beside its figures: the same code gives very
// different numbers on a laptop and on the shared 2-core box, and the load average says
// how busy the box was with other work while it ran.
import { arch, cpus, loadavg, platform, release, totalmem } from "node:os";

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  ramGiB: number;
  node: string;
  os: string;
  loadAverage: [number, number, number];
}

export function describeMachine(): MachineInfo {
  const [one = 0, five = 0, fifteen = 0] = loadavg();
  return {
    cpuModel: cpus()[0]?.model.trim() ?? "unknown CPU",
    cores: cpus().length,
    ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()} (${arch()})`,
    loadAverage: [one, five, fifteen].map((value) => Math.round(value * 100) / 100) as [number, number, number],
  };
}

export function formatMachine(machine: MachineInfo): string {
  return `${machine.cores} × ${machine.cpuModel}, ${machine.ramGiB} GiB RAM, Node ${machine.node}, ${machine.os}`;
}
