/**
 * The command-line tools are the biggest part of the engine and only the terminal needs them, so the Web Worker
 * loads them on first use. Node and tests get them at once through engine/index.ts, which installs them.
 */
import type { CliBackend } from "./cli/backend";
import type { CliOptions, CliResult } from "./cli/index";

export interface CliModule {
  runCli(backend: CliBackend, commandLine: string, options?: CliOptions): CliResult;
  cliCompletions(backend: CliBackend, partialLine: string): string[];
}

let installed: CliModule | null = null;

export function installCli(module: CliModule): void {
  installed = module;
}

export function cliModule(): CliModule | null {
  return installed;
}

export const CLI_NOT_LOADED = "The command-line tools are still loading; try again in a moment.";
